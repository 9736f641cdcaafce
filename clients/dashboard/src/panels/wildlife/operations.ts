import { graphql } from '../../generated/graphql';

graphql(`
  fragment WildlifeOfDivision on Division {
    code
    wildlifeObservationCount
    natureReserves {
      code
    }
    protectedSpecies(protectionClasses: [NATIONAL_CLASS_I, NATIONAL_CLASS_II]) {
      species {
        code
        name
        nameEn
        protectionClass
      }
      observationCount
      individualCount
    }
  }
`);

export const WildlifeOfDivisionQuery = graphql(`
  query WildlifeOfDivision($code: ID!) {
    division(code: $code) {
      ...WildlifeOfDivision
    }
  }
`);

export const WildlifeOfProvincesQuery = graphql(`
  query WildlifeOfProvinces {
    divisions(level: PROVINCE) {
      ...WildlifeOfDivision
    }
  }
`);

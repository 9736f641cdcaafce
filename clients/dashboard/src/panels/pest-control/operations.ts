import { graphql } from '../../generated/graphql';

graphql(`
  fragment PestOfDivision on Division {
    code
    activePestOccurrenceCount
    pestInfestation {
      area
      occurrenceCount
      bySeverity {
        severity
        area
        occurrenceCount
      }
      byPest {
        pest {
          code
          name
          nameEn
          isQuarantinePest
        }
        area
        occurrenceCount
      }
    }
  }
`);

export const PestOfDivisionQuery = graphql(`
  query PestInfestationOfDivision($code: ID!) {
    division(code: $code) {
      ...PestOfDivision
    }
  }
`);

export const PestOfProvincesQuery = graphql(`
  query PestInfestationOfProvinces {
    divisions(level: PROVINCE) {
      ...PestOfDivision
    }
  }
`);

import { graphql } from '../../generated/graphql';

graphql(`
  fragment ForestOfDivision on Division {
    code
    forestStatistics {
      area
      stockVolume
      subCompartmentCount
      bySpecies {
        species {
          code
          name
          nameEn
        }
        area
        stockVolume
        subCompartmentCount
      }
      byOrigin {
        origin
        area
        stockVolume
        subCompartmentCount
      }
      byAgeClass {
        ageClass
        area
        stockVolume
        subCompartmentCount
      }
      byForestCategory {
        forestCategory
        area
        stockVolume
        subCompartmentCount
      }
      byDivision {
        division {
          code
        }
        area
        stockVolume
        subCompartmentCount
      }
    }
  }
`);

export const ForestOfDivisionQuery = graphql(`
  query ForestResourcesOfDivision($code: ID!) {
    division(code: $code) {
      ...ForestOfDivision
    }
  }
`);

export const ForestOfProvincesQuery = graphql(`
  query ForestResourcesOfProvinces {
    divisions(level: PROVINCE) {
      ...ForestOfDivision
    }
  }
`);

export const TopSubCompartmentsQuery = graphql(`
  query ForestTopSubCompartments($code: ID!, $first: Int!) {
    subCompartments(filter: { divisionCode: $code }, orderBy: { field: STOCK_VOLUME, direction: DESC }, first: $first) {
      totalCount
      edges {
        node {
          id
          code
          area
          stockVolume
          ageClass
          dominantSpecies {
            code
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const ForestryProjectsQuery = graphql(`
  query ForestryProjects {
    forestryProjects {
      code
      name
      nameEn
      completion
      plannedArea
      completedArea
      divisions {
        code
      }
    }
  }
`);

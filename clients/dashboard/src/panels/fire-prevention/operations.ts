import { graphql } from '../../generated/graphql';

/** The last day anything under the division was rated: ratings are issued daily, not always yet for today. */
export const LatestFireDangerDayQuery = graphql(`
  query LatestFireDangerDay($code: ID) {
    fireDangerRatings(filter: { divisionCode: $code }, orderBy: { field: DATE, direction: DESC }, first: 1) {
      edges {
        node {
          date
        }
      }
    }
  }
`);

export const FireSituationQuery = graphql(`
  query FireSituation($code: ID, $date: Date, $first: Int!) {
    highestFireDanger(divisionCode: $code, date: $date) {
      date
      level
      ratings {
        division {
          code
          name
          nameEn
        }
        weatherIndex
      }
    }
    activeFireIncidents(divisionCode: $code, first: $first) {
      totalCount
      edges {
        node {
          id
          place
          longitude
          latitude
          status
          severity
          burnedArea
          reportedAt
          division {
            code
            name
            nameEn
          }
        }
      }
    }
  }
`);

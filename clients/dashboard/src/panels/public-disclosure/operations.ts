import { graphql } from '../../generated/graphql';

export const OnlineApprovalQuery = graphql(`
  query OnlineApproval($first: Int!) {
    licensingStatistics {
      submitted
      inProgress
      onTimeRate
      overdueInProgress
    }
    overdueLicenceApplications(first: $first) {
      totalCount
      edges {
        node {
          id
          receiptNumber
          item {
            code
            name
            nameEn
          }
          deadline {
            workingDaysOverdue
          }
        }
      }
    }
  }
`);

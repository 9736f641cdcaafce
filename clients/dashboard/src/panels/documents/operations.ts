import { graphql } from '../../generated/graphql';

export const OfficeOversightQuery = graphql(`
  query OfficeOversight($provinceCode: ID, $range: OfficeMonthRangeInput!) {
    supervisionOverview(provinceCode: $provinceCode) {
      openCount
      overdueCount
      byLevel {
        level
        count
      }
    }
    informationReportCompliance(provinceCode: $provinceCode, range: $range) {
      month
      expectedUnitCount
      reportedUnitCount
      complianceRate
    }
  }
`);

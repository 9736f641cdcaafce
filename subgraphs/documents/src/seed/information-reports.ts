import type { Random } from '@forestry/subgraph-runtime';
import { addDays, addMonths, monthStart } from '../domain/calendar.js';
import type { ProvinceCode } from '../domain/departments.js';
import { atBeijingTime, DEMO_MONTHS, DEMO_NOW } from './demo-calendar.js';
import { signature, type DepartmentStaff } from './people.js';
import type { Places } from './places.js';
import { REPORT_TOPICS_OF_AFFILIATED_UNIT, TOPICS } from './topics-data.js';
import { officeUnits } from './units-data.js';

export interface InformationReportSeed {
  id: string;
  unitCode: string;
  month: string;
  isZeroReport: boolean;
  reporter: string;
  filedAt: Date;
  items: { id: string; title: string; content: string; filedAt: Date }[];
}

/**
 * Every unit's monthly information reports. Most units report every month, some miss a month
 * now and then; reporting on the last month is still open at the demo's "now", so many units
 * have not reported on it yet.
 */
export function generateInformationReports(
  random: Random,
  staff: Record<ProvinceCode, DepartmentStaff>,
  places: Places,
): InformationReportSeed[] {
  const reports: InformationReportSeed[] = [];
  for (const unit of officeUnits) {
    const topic = TOPICS.find((entry) => entry.leadOrgCode === (REPORT_TOPICS_OF_AFFILIATED_UNIT[unit.orgCode] ?? unit.orgCode))!;
    const reliability = random.real(0.88, 0.99);
    const zeroShare = unit.kind === 'AFFILIATED_UNIT' ? 0.3 : 0.15;
    const officer = signature(staff[unit.provinceCode].units.get(unit.code)!.informationOfficer);
    const counties = places.counties(unit.provinceCode);
    for (const month of DEMO_MONTHS) {
      // Filed in the last week of the month or the first days of the next, before the deadline.
      const filedAt = atBeijingTime(addDays(monthStart(addMonths(month, 1)), random.int(-7, 4)), random.int(9, 17), random.int(0, 59));
      if (random.next() > reliability || filedAt >= DEMO_NOW) continue;
      const isZeroReport = random.next() < zeroShare;
      reports.push({
        id: random.uuid(),
        unitCode: unit.code,
        month,
        isZeroReport,
        reporter: officer,
        filedAt,
        items: isZeroReport
          ? []
          : Array.from({ length: random.int(1, 4) }, () => ({
              id: random.uuid(),
              title: random.pick(topic.reportItems).replace('{county}', random.pick(counties).name),
              content: `${random.pick(topic.sentences)}${random.pick(topic.sentences)}`,
              filedAt,
            })),
      });
    }
  }
  return reports;
}

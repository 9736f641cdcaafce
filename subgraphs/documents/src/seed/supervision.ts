import type { Random } from '@forestry/subgraph-runtime';
import { addDays, beijingDay, isoDay, isWorkingDay, nthWorkingDayAfter } from '../domain/calendar.js';
import { PROVINCE_CODES, type ProvinceCode } from '../domain/departments.js';
import { escalationStatus, levelReachedOn, unrecordedLevels } from '../domain/supervision.js';
import type { SupervisionLevel } from '../generated/prisma/enums.js';
import { atBeijingTime, DEMO_MONTHS, DEMO_NOW, workingDaysOf } from './demo-calendar.js';
import type { DocumentSeed } from './documents.js';
import { signature, type DepartmentStaff } from './people.js';
import { TOPICS } from './topics-data.js';
import { unitCode } from './units-data.js';

export interface SupervisionTaskSeed {
  id: string;
  title: string;
  requirement: string;
  responsibleUnitCode: string;
  sourceDocumentId: string | null;
  assignedBy: string;
  assignedAt: Date;
  deadline: Date;
  completedAt: Date | null;
  completionReport: string | null;
  escalationLevel: SupervisionLevel | null;
  escalations: { id: string; level: SupervisionLevel; reachedOn: Date; recordedAt: Date }[];
}

/** How tasks end: most on time, some late and escalated, a few very late. */
const OUTCOMES = [
  ['ON_TIME', 60],
  ['LATE', 27],
  ['VERY_LATE', 13],
] as const;

/** Working days past the deadline at which late and very late tasks are completed. */
const LATENESS = { LATE: [1, 15], VERY_LATE: [16, 60] } as const;

function nextWorkingDay(day: Date): Date {
  return isWorkingDay(day) ? day : nthWorkingDayAfter(day, 1);
}

/**
 * Supervision tasks of both departments, each with the escalations a daily run would have
 * recorded by the demo's "now" under the escalation rule.
 */
export function generateSupervisionTasks(
  random: Random,
  staff: Record<ProvinceCode, DepartmentStaff>,
  documents: readonly DocumentSeed[],
): SupervisionTaskSeed[] {
  const tasks: SupervisionTaskSeed[] = [];
  for (const provinceCode of PROVINCE_CODES) {
    const people = staff[provinceCode];
    for (const month of DEMO_MONTHS) {
      const candidates = documents.filter(
        (document) => document.provinceCode === provinceCode && isoDay(document.registeredAt).startsWith(month),
      );
      for (let count = random.int(12, 16); count > 0; count -= 1) {
        const assignedAt = atBeijingTime(random.pick(workingDaysOf(month)), random.int(9, 17), random.int(0, 59));
        const earlier = candidates.filter((document) => document.registeredAt < assignedAt);
        const source = earlier.length > 0 && random.next() < 0.6 ? random.pick(earlier) : null;
        const topic = TOPICS.find((entry) => entry.leadOrgCode === source?.topicOrgCode) ?? random.pick(TOPICS);
        const responsibleUnitCode = source?.leadUnitCode ?? unitCode(provinceCode, topic.leadOrgCode);
        const deadline = nextWorkingDay(addDays(beijingDay(assignedAt), random.int(7, 40)));

        const outcome = random.weighted(OUTCOMES);
        const completionDay =
          outcome === 'ON_TIME'
            ? addDays(deadline, -random.int(0, 6))
            : nthWorkingDayAfter(deadline, random.int(LATENESS[outcome][0], LATENESS[outcome][1]));
        const completedAt = new Date(
          Math.max(atBeijingTime(completionDay, random.int(10, 17)).getTime(), assignedAt.getTime() + 3_600_000),
        );
        // Tasks that will only be completed after the demo's "now" are still open.
        const task = { deadline, completedAt: completedAt <= DEMO_NOW ? completedAt : null };

        // A daily run at 8:00 records each level on the working day it is reached.
        const escalations = unrecordedLevels(null, escalationStatus(task, DEMO_NOW).level)
          .map((level) => ({ id: random.uuid(), level, reachedOn: levelReachedOn(deadline, level) }))
          .map((escalation) => ({ ...escalation, recordedAt: atBeijingTime(escalation.reachedOn, 8) }))
          .filter((escalation) => escalation.recordedAt <= DEMO_NOW);

        tasks.push({
          id: random.uuid(),
          title: source ? `落实《${source.title}》` : `抓好${topic.subject}重点任务落实`,
          requirement: `${random.pick(topic.sentences)}请于${isoDay(deadline)}前报送办理情况。`,
          responsibleUnitCode,
          sourceDocumentId: source?.id ?? null,
          assignedBy: signature(random.next() < 0.7 ? random.pick(people.deputyDirectors) : people.officeDirector),
          assignedAt,
          deadline,
          completedAt: task.completedAt,
          completionReport: task.completedAt ? `已按要求办结。${random.pick(topic.sentences)}` : null,
          escalationLevel: escalations.at(-1)?.level ?? null,
          escalations,
        });
      }
    }
  }
  return tasks;
}

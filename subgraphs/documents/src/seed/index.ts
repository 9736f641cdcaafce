import { createRandom } from '@forestry/subgraph-runtime';
import { monthStart } from '../domain/calendar.js';
import { documentSearchTokens } from '../domain/search-text.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { generateDocuments, type DocumentSeed } from './documents.js';
import { generateInformationReports, type InformationReportSeed } from './information-reports.js';
import { generateMeetings, type MeetingSeed } from './meetings.js';
import { generatePeople } from './people.js';
import { loadPlaces } from './places.js';
import { generateSupervisionTasks, type SupervisionTaskSeed } from './supervision.js';
import { officeUnits, type OfficeUnitSeed } from './units-data.js';

export { DEMO_NOW } from './demo-calendar.js';

export interface OfficeDemoData {
  units: readonly OfficeUnitSeed[];
  documents: DocumentSeed[];
  meetings: MeetingSeed[];
  supervisionTasks: SupervisionTaskSeed[];
  informationReports: InformationReportSeed[];
}

/** The deterministic demo data of both offices: the same seed gives the same data everywhere. */
export function generateOfficeData(seed = 2026): OfficeDemoData {
  const random = createRandom(seed);
  const places = loadPlaces();
  const staff = generatePeople(random);
  const documents = generateDocuments({ random, places, staff });
  return {
    units: officeUnits,
    documents,
    meetings: generateMeetings(random, staff),
    supervisionTasks: generateSupervisionTasks(random, staff, documents),
    informationReports: generateInformationReports(random, staff, places),
  };
}

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Loads the demo data into an empty documents database. */
export async function seedDocuments(db: PrismaClient): Promise<void> {
  const { units, documents, meetings, supervisionTasks, informationReports } = generateOfficeData();
  await db.$transaction(
    async (tx) => {
      await tx.officeUnit.createMany({ data: [...units] });
      await inBatches(documents, (batch) =>
        tx.officeDocument.createMany({
          data: batch.map(({ steps, archive: _archive, routedUnitCodes: _routed, topicOrgCode: _topic, ...document }) => ({
            ...document,
            ...documentSearchTokens(document),
            updatedAt: steps.at(-1)!.decidedAt,
          })),
        }),
      );
      // The implicit routing table has no model of its own: connect each unit's documents at once.
      for (const unit of units) {
        const routed = documents.filter((document) => document.routedUnitCodes.includes(unit.code));
        if (routed.length > 0) {
          await tx.officeUnit.update({
            where: { code: unit.code },
            data: { routedDocuments: { connect: routed.map((document) => ({ id: document.id })) } },
          });
        }
      }
      await inBatches(
        documents.flatMap((document) => document.steps.map((step) => ({ ...step, documentId: document.id }))),
        (batch) => tx.officeDocumentStepRecord.createMany({ data: batch }),
      );
      await inBatches(
        documents.flatMap((document) => (document.archive ? [{ ...document.archive, documentId: document.id }] : [])),
        (batch) => tx.archiveRecord.createMany({ data: batch }),
      );
      await inBatches(meetings, (batch) =>
        tx.officeMeeting.createMany({ data: batch.map(({ agenda: _agenda, attendees: _attendees, ...meeting }) => meeting) }),
      );
      await inBatches(
        meetings.flatMap((meeting) => meeting.agenda.map((item) => ({ ...item, meetingId: meeting.id }))),
        (batch) => tx.officeMeetingAgendaItem.createMany({ data: batch }),
      );
      await inBatches(
        meetings.flatMap((meeting) => meeting.attendees.map((attendee) => ({ ...attendee, meetingId: meeting.id }))),
        (batch) => tx.officeMeetingAttendee.createMany({ data: batch }),
      );
      await inBatches(supervisionTasks, (batch) =>
        tx.supervisionTask.createMany({ data: batch.map(({ escalations: _escalations, ...task }) => task) }),
      );
      await inBatches(
        supervisionTasks.flatMap((task) => task.escalations.map((escalation) => ({ ...escalation, taskId: task.id }))),
        (batch) => tx.supervisionEscalation.createMany({ data: batch }),
      );
      await inBatches(informationReports, (batch) =>
        tx.informationReport.createMany({
          data: batch.map(({ items: _items, month, ...report }) => ({ ...report, month: monthStart(month) })),
        }),
      );
      await inBatches(
        informationReports.flatMap((report) => report.items.map((item) => ({ ...item, reportId: report.id }))),
        (batch) => tx.informationReportItem.createMany({ data: batch }),
      );
    },
    { timeout: 300_000 },
  );
}

import type { Random } from '@forestry/subgraph-runtime';
import { archiveNumber, archiveSeriesPrefix } from '../domain/archives.js';
import { addDays, beijingDay } from '../domain/calendar.js';
import { FORESTRY_DEPARTMENTS, PROVINCE_CODES, type ProvinceCode } from '../domain/departments.js';
import { outgoingDocumentNumber, WORKFLOW_STEPS } from '../domain/document-workflow.js';
import type {
  ArchiveRetentionPeriod,
  OfficeDocumentClassification,
  OfficeDocumentDecision,
  OfficeDocumentDirection,
  OfficeDocumentStep,
  OfficeDocumentUrgency,
} from '../generated/prisma/enums.js';
import { atBeijingTime, DEMO_MONTHS, DEMO_NOW, workingDaysOf } from './demo-calendar.js';
import { signature, type DepartmentStaff } from './people.js';
import { sample, type Places } from './places.js';
import { ADDRESSEES, CLOSINGS, COUNTY_BUREAU, TOPICS, type DocumentTopic } from './topics-data.js';
import { officeUnits, unitCode } from './units-data.js';

export interface StepRecordSeed {
  id: string;
  step: OfficeDocumentStep;
  decision: OfficeDocumentDecision;
  actor: string;
  comment: string | null;
  decidedAt: Date;
}

export interface ArchiveSeed {
  id: string;
  archiveNumber: string;
  year: number;
  retentionPeriod: ArchiveRetentionPeriod;
  archivedBy: string;
  archivedAt: Date;
}

export interface DocumentSeed {
  id: string;
  direction: OfficeDocumentDirection;
  provinceCode: ProvinceCode;
  documentNumber: string | null;
  title: string;
  issuingBody: string;
  documentDate: Date | null;
  classification: OfficeDocumentClassification;
  urgency: OfficeDocumentUrgency;
  body: string;
  leadUnitCode: string;
  routedUnitCodes: string[];
  currentStep: OfficeDocumentStep;
  completedAt: Date | null;
  divisionCodes: string[];
  subCompartmentIds: string[];
  registeredAt: Date;
  steps: StepRecordSeed[];
  archive: ArchiveSeed | null;
  /** The topic's lead organisation code, for tasks and meetings that follow from the document. */
  topicOrgCode: string;
}

const CLASSIFICATIONS: readonly (readonly [OfficeDocumentClassification, number])[] = [
  ['PUBLIC', 35],
  ['INTERNAL', 55],
  ['SECRET', 7],
  ['CONFIDENTIAL', 3],
];

/** Hours between two steps, by urgency: 特急 within hours, 平件 within days. */
const STEP_HOURS: Record<OfficeDocumentUrgency, readonly [number, number]> = {
  EXTRA_URGENT: [1, 6],
  URGENT: [3, 24],
  ROUTINE: [6, 80],
};

const REJECTION_REASONS = [
  '请补充具体工作要求后重新报送',
  '文字表述需进一步规范',
  '请会同相关处室修改完善',
  '数据需与统计口径核对一致',
];

const RETENTION: readonly (readonly [ArchiveRetentionPeriod, number])[] = [
  ['PERMANENT', 25],
  ['THIRTY_YEARS', 45],
  ['TEN_YEARS', 30],
];

/** Documents completed before this date are mostly archived by the demo's "now". */
const ARCHIVED_UNTIL = new Date('2026-09-01T00:00:00Z');

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => values[key] ?? `{${key}}`);
}

function numbered(sentences: readonly string[]): string[] {
  const ordinals = ['一', '二', '三', '四', '五'];
  return sentences.map((sentence, index) => `${ordinals[index]}、${sentence}`);
}

interface Context {
  random: Random;
  places: Places;
  staff: Record<ProvinceCode, DepartmentStaff>;
}

const unitNames = new Map(officeUnits.map((unit) => [unit.code, unit.name]));

/** Incoming documents' 文号: each sender numbers its documents in sequence within a year. */
function numberer(random: Random) {
  const last = new Map<string, number>();
  return (series: string) => {
    const sequence = (last.get(series) ?? random.int(1, 20)) + random.int(1, 4);
    last.set(series, sequence);
    return `${series}${sequence}号`;
  };
}

/** An instant outside office hours (8:00–18:00 Beijing time) moves into the next office day. */
function duringOfficeHours(instant: Date, random: Random): Date {
  const hour = (instant.getUTCHours() + 8) % 24;
  if (hour >= 8 && hour < 18) return instant;
  const day = beijingDay(instant);
  return atBeijingTime(hour < 8 ? day : addDays(day, 1), random.int(8, 17), random.int(0, 59));
}

function generateDocument(
  { random, places, staff }: Context,
  incomingNumber: (series: string) => string,
  provinceCode: ProvinceCode,
  month: string,
  direction: OfficeDocumentDirection,
): DocumentSeed {
  const department = FORESTRY_DEPARTMENTS[provinceCode];
  const people = staff[provinceCode];
  const monthIndex = Number(month.slice(5)) - 1;
  const topic = random.weighted(TOPICS.map((entry): readonly [DocumentTopic, number] => [entry, entry.monthlyWeights[monthIndex]!]));
  const registeredAt = atBeijingTime(random.pick(workingDaysOf(month)), random.int(8, 16), random.int(0, 59));
  const year = String(registeredAt.getUTCFullYear());

  const titleTemplate = random.pick(direction === 'OUTGOING' ? topic.outgoingTitles : topic.incomingTitles);
  const counties =
    topic.concerns === 'NOTHING'
      ? []
      : sample(random, topic.concerns === 'SUB_COMPARTMENTS' ? places.forestCounties(provinceCode) : places.counties(provinceCode), random.int(1, 3));
  const county = counties[0];
  const values = {
    year,
    province: department.province,
    p: department.abbreviation,
    department: department.name,
    county: county?.name ?? '',
    countyShort: county?.name.slice(0, 1) ?? '',
  };
  const title = fill(titleTemplate, values);
  const sender = direction === 'OUTGOING'
    ? null
    : titleTemplate.includes('{county}')
      ? COUNTY_BUREAU
      : random.pick(topic.senders.filter((candidate) => candidate !== COUNTY_BUREAU));
  const issuingBody = sender ? fill(sender.name, values) : department.name;

  const subCompartments = counties.flatMap((entry) =>
    topic.concerns === 'SUB_COMPARTMENTS' ? sample(random, places.subCompartmentsIn(entry.code), random.int(1, 2)) : [],
  );
  const divisionCodes = [
    ...counties.map((entry) => entry.code),
    ...(county?.parentCode && random.next() < 0.15 ? [county.parentCode] : []),
  ];
  const body = [
    direction === 'OUTGOING' ? ADDRESSEES.outgoing : fill(ADDRESSEES.incoming, values),
    random.pick(topic.sentences),
    ...numbered(sample(random, topic.sentences, 3)),
    ...(counties.length > 0 ? [`涉及地区：${counties.map((entry) => entry.name).join('、')}。`] : []),
    ...(subCompartments.length > 0
      ? [
          `涉及小班：${subCompartments
            .map((sub) => `${sub.code}（${places.speciesName(sub.dominantSpeciesCode)}，${sub.area}公顷）`)
            .join('、')}。`,
        ]
      : []),
    random.pick(direction === 'OUTGOING' ? CLOSINGS.outgoing : CLOSINGS.incoming),
  ].join('\n');

  const urgency: OfficeDocumentUrgency =
    random.next() < topic.urgentShare ? (random.next() < 0.3 ? 'EXTRA_URGENT' : 'URGENT') : 'ROUTINE';
  const leadUnitCode = unitCode(provinceCode, topic.leadOrgCode);
  const routedUnitCodes = random.next() < 0.15
    ? []
    : sample(random, topic.routedOrgCodes, random.int(1, topic.routedOrgCodes.length))
        .filter((orgCode) => orgCode !== topic.leadOrgCode)
        .map((orgCode) => unitCode(provinceCode, orgCode));

  const lead = people.units.get(leadUnitCode)!;
  const clerk = random.pick(people.clerks);
  const deputy = random.pick(people.deputyDirectors);
  const countersigner = routedUnitCodes[0] ? people.units.get(routedUnitCodes[0])!.head : people.officeDirector;
  const actors: Record<OfficeDocumentStep, { actor: string; comment: string | null }> = {
    DRAFT: { actor: signature(lead.staff), comment: null },
    REVIEW: { actor: signature(lead.head), comment: '核稿无误' },
    COUNTERSIGN: { actor: signature(countersigner), comment: '同意' },
    SIGN_OFF: { actor: signature(random.next() < 0.2 ? people.director : deputy), comment: '同意印发' },
    ISSUE: { actor: signature(clerk), comment: null },
    REGISTER: { actor: signature(clerk), comment: null },
    PROPOSE: { actor: signature(people.officeDirector), comment: `拟请${unitNames.get(leadUnitCode)}办理` },
    ASSIGN: { actor: signature(deputy), comment: '请按拟办意见办理' },
    HANDLE: { actor: signature(lead.head), comment: '已按要求办理' },
    CLOSE: { actor: signature(clerk), comment: '已办结' },
  };

  const steps = WORKFLOW_STEPS[direction];
  const records: StepRecordSeed[] = [
    { id: random.uuid(), step: steps[0]!, decision: 'COMPLETED', ...actors[steps[0]!], decidedAt: registeredAt },
  ];
  const rejectAt = random.next() < 0.12 ? random.int(1, steps.length - 1) : -1;
  // Some documents wait weeks at one step (a leader away, a unit slow to countersign).
  const stallAt = random.next() < 0.1 ? random.int(1, steps.length - 1) : -1;
  let pending = 1;
  let time = registeredAt;
  while (pending < steps.length) {
    const hours = random.int(...STEP_HOURS[urgency]) + (pending === stallAt ? random.int(10, 45) * 24 : 0);
    time = duringOfficeHours(new Date(time.getTime() + hours * 3_600_000 + random.int(0, 59) * 60_000), random);
    if (time > DEMO_NOW) break;
    const step = steps[pending]!;
    if (pending === rejectAt && !records.some((record) => record.decision === 'REJECTED')) {
      records.push({ id: random.uuid(), step, decision: 'REJECTED', actor: actors[step].actor, comment: random.pick(REJECTION_REASONS), decidedAt: time });
      pending -= 1;
    } else {
      records.push({ id: random.uuid(), step, decision: 'COMPLETED', ...actors[step], decidedAt: time });
      pending += 1;
    }
  }
  const completed = pending === steps.length;

  return {
    id: random.uuid(),
    direction,
    provinceCode,
    // An outgoing document is numbered when issued, in order of issue (see below).
    documentNumber: sender ? incomingNumber(`${fill(sender.numberPrefix, values)}〔${year}〕`) : null,
    title,
    issuingBody,
    documentDate: direction === 'INCOMING' ? addDays(beijingDay(registeredAt), -random.int(1, 10)) : null,
    classification: random.weighted(CLASSIFICATIONS),
    urgency,
    body,
    leadUnitCode,
    routedUnitCodes,
    currentStep: completed ? steps.at(-1)! : steps[pending]!,
    completedAt: completed ? records.at(-1)!.decidedAt : null,
    divisionCodes,
    subCompartmentIds: subCompartments.map((sub) => sub.id),
    registeredAt,
    steps: records,
    archive: null,
    topicOrgCode: topic.leadOrgCode,
  };
}

/** Numbers the issued outgoing documents in order of issue within each department and year. */
function numberIssuedDocuments(documents: DocumentSeed[]): void {
  const issued = documents
    .filter((document) => document.direction === 'OUTGOING' && document.completedAt)
    .sort((a, b) => a.completedAt!.getTime() - b.completedAt!.getTime());
  const outgoingSequence = new Map<string, number>();
  for (const document of issued) {
    const issuedOn = beijingDay(document.completedAt!);
    const series = `${document.provinceCode}|${issuedOn.getUTCFullYear()}`;
    const sequence = (outgoingSequence.get(series) ?? 0) + 1;
    outgoingSequence.set(series, sequence);
    document.documentNumber = outgoingDocumentNumber(document.provinceCode, issuedOn.getUTCFullYear(), sequence);
    document.documentDate = issuedOn;
  }
}

/** Files most documents completed well before the demo's "now", numbered in filing order per series. */
function archive(documents: DocumentSeed[], { random, staff }: Context): void {
  const candidates = documents
    .filter((document) => document.completedAt && document.completedAt < ARCHIVED_UNTIL && random.next() < 0.85)
    .map((document) => ({ document, archivedAt: atBeijingTime(addDays(beijingDay(document.completedAt!), random.int(5, 40)), 10) }))
    .filter(({ archivedAt }) => archivedAt < DEMO_NOW)
    .sort((a, b) => a.archivedAt.getTime() - b.archivedAt.getTime());
  const filed = new Map<string, number>();
  for (const { document, archivedAt } of candidates) {
    const parts = {
      fondsCode: FORESTRY_DEPARTMENTS[document.provinceCode].fondsCode,
      year: beijingDay(document.completedAt!).getUTCFullYear(),
      retentionPeriod: random.weighted(RETENTION),
      orgCode: document.leadUnitCode.split('-')[1]!,
    };
    const prefix = archiveSeriesPrefix(parts);
    const sequence = (filed.get(prefix) ?? 0) + 1;
    filed.set(prefix, sequence);
    document.archive = {
      id: random.uuid(),
      archiveNumber: archiveNumber(parts, sequence),
      year: parts.year,
      retentionPeriod: parts.retentionPeriod,
      archivedBy: signature(random.pick(staff[document.provinceCode].clerks)),
      archivedAt,
    };
  }
}

/** The incoming and outgoing documents of both departments over the demo months. */
export function generateDocuments(context: Context): DocumentSeed[] {
  const { random } = context;
  const documents: DocumentSeed[] = [];
  for (const provinceCode of PROVINCE_CODES) {
    const incomingNumber = numberer(random);
    for (const month of DEMO_MONTHS) {
      const incoming = random.int(22, 30);
      const outgoing = random.int(14, 20);
      for (let index = 0; index < incoming + outgoing; index += 1) {
        documents.push(generateDocument(context, incomingNumber, provinceCode, month, index < incoming ? 'INCOMING' : 'OUTGOING'));
      }
    }
  }
  numberIssuedDocuments(documents);
  archive(documents, context);
  return documents.sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.id.localeCompare(b.id));
}

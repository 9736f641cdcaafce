import type { Random } from '@forestry/subgraph-runtime';
import { addDays, beijingDay, monthRange } from '../domain/calendar.js';
import { FORESTRY_DEPARTMENTS, PROVINCE_CODES, type ProvinceCode } from '../domain/departments.js';
import type { OfficeMeetingKind } from '../generated/prisma/enums.js';
import { atBeijingTime, DEMO_NOW, workingDaysOf } from './demo-calendar.js';
import { signature, type DepartmentStaff, type Person } from './people.js';
import { sample } from './places.js';
import { TOPICS } from './topics-data.js';
import { officeUnits, unitCode } from './units-data.js';

export interface MeetingSeed {
  id: string;
  title: string;
  kind: OfficeMeetingKind;
  organizerUnitCode: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  minutes: string | null;
  minutesRecordedBy: string | null;
  minutesRecordedAt: Date | null;
  createdAt: Date;
  agenda: { id: string; position: number; topic: string; presenter: string | null }[];
  attendees: { id: string; name: string; position: string; unitCode: string | null }[];
}

/** Meetings run until the end of the year: the last two months are still ahead of the demo's "now". */
const MEETING_MONTHS = monthRange('2025-01', '2026-12');

/** The subject of the topic a unit leads, if it leads one. */
function subjectOf(orgCode: string): string | undefined {
  return TOPICS.find((topic) => topic.leadOrgCode === orgCode)?.subject;
}

const ROOMS: Record<OfficeMeetingKind, string> = {
  PARTY_GROUP: '党组会议室',
  DIRECTOR_GENERAL_OFFICE: '第一会议室',
  THEMATIC: '第二会议室',
  VIDEO_CONFERENCE: '视频会议室',
};

/** A month's meetings of one department, in the order they are held. */
const MONTHLY_PLAN: readonly OfficeMeetingKind[] = [
  'PARTY_GROUP',
  'DIRECTOR_GENERAL_OFFICE',
  'THEMATIC',
  'VIDEO_CONFERENCE',
  'DIRECTOR_GENERAL_OFFICE',
  'THEMATIC',
];

function attendee(random: Random, person: Person, unitCodeOf: string | null) {
  return { id: random.uuid(), name: person.name, position: person.position, unitCode: unitCodeOf };
}

/** The meetings of both departments: party group, director-general's office, thematic and video meetings. */
export function generateMeetings(random: Random, staff: Record<ProvinceCode, DepartmentStaff>): MeetingSeed[] {
  const meetings: MeetingSeed[] = [];
  for (const provinceCode of PROVINCE_CODES) {
    const department = FORESTRY_DEPARTMENTS[provinceCode];
    const people = staff[provinceCode];
    const office = unitCode(provinceCode, 'BGS');
    const departments = officeUnits.filter((unit) => unit.provinceCode === provinceCode && unit.kind === 'DEPARTMENT');
    const held = new Map<OfficeMeetingKind, number>();
    for (const month of MEETING_MONTHS) {
      const days = sample(random, workingDaysOf(month), MONTHLY_PLAN.length).sort((a, b) => a.getTime() - b.getTime());
      const year = month.slice(0, 4);
      if (month.endsWith('-01')) held.clear();
      MONTHLY_PLAN.forEach((kind, index) => {
        const topic = random.pick(TOPICS);
        const { subject } = topic;
        const organizerUnitCode = kind === 'PARTY_GROUP' || kind === 'DIRECTOR_GENERAL_OFFICE' ? office : unitCode(provinceCode, topic.leadOrgCode);
        const organizer = people.units.get(organizerUnitCode)!;
        const number = (held.get(kind) ?? 0) + 1;
        held.set(kind, number);
        const title = {
          PARTY_GROUP: `党组会议（${year}年第${number}次）`,
          DIRECTOR_GENERAL_OFFICE: `厅长办公会议（${year}年第${number}次）`,
          THEMATIC: `${subject}专题会议`,
          VIDEO_CONFERENCE: `全省${subject}视频会议`,
        }[kind];
        const morning = random.next() < 0.6;
        const startsAt = atBeijingTime(days[index]!, morning ? 9 : 14, morning ? 0 : 30);
        const endsAt = new Date(startsAt.getTime() + random.int(4, 5) * 30 * 60_000);
        const chair = kind === 'THEMATIC' ? random.pick(people.deputyDirectors) : people.director;
        const reporting = sample(random, departments, random.int(1, 3));

        const agenda = [
          kind === 'PARTY_GROUP' ? '传达学习上级有关会议和文件精神' : `通报${subject}进展情况`,
          ...reporting.map((unit) => `听取${unit.name}关于${subjectOf(unit.orgCode) ?? subject}的汇报`),
          `研究部署下一阶段${subject}`,
        ].map((agendaTopic, position) => ({
          id: random.uuid(),
          position: position + 1,
          topic: agendaTopic,
          presenter: position > 0 && position <= reporting.length ? signature(people.units.get(reporting[position - 1]!.code)!.head) : null,
        }));

        const leaders = kind === 'THEMATIC' ? [chair] : [people.director, ...people.deputyDirectors];
        const heads = [...new Set([organizerUnitCode, ...reporting.map((unit) => unit.code)])];
        const attendees = [
          ...leaders.map((person) => attendee(random, person, null)),
          ...(kind === 'PARTY_GROUP' ? [attendee(random, people.partySecretary, office)] : []),
          ...heads.map((code) => attendee(random, people.units.get(code)!.head, code)),
          ...(kind === 'THEMATIC' ? [attendee(random, organizer.staff, organizerUnitCode)] : []),
        ];

        const recorder = kind === 'PARTY_GROUP' ? people.partySecretary : people.officeDirector;
        const minutesRecordedAt = atBeijingTime(addDays(beijingDay(endsAt), random.int(1, 3)), 16);
        const hasMinutes = minutesRecordedAt < DEMO_NOW && random.next() < 0.95;
        meetings.push({
          id: random.uuid(),
          title,
          kind,
          organizerUnitCode,
          location: `${department.name}${ROOMS[kind]}`,
          startsAt,
          endsAt,
          minutes: hasMinutes
            ? `会议由${signature(chair)}主持。会议${agenda.map((item) => item.topic).join('；')}。` +
              `会议要求，${random.pick(topic.sentences)}`
            : null,
          minutesRecordedBy: hasMinutes ? signature(recorder) : null,
          minutesRecordedAt: hasMinutes ? minutesRecordedAt : null,
          // Meetings still ahead were scheduled before the demo's "now" too.
          createdAt: new Date(Math.min(atBeijingTime(addDays(beijingDay(startsAt), -random.int(3, 10)), 10).getTime(), DEMO_NOW.getTime())),
          agenda,
          attendees,
        });
      });
    }
  }
  return meetings;
}

import type { Random } from '@forestry/subgraph-runtime';
import { addDays, calendarDay, chinaTime, daysBetween } from '../domain/calendar.js';
import type { FireDutyRole } from '../generated/prisma/enums.js';
import { divisionByCode } from './geography.js';
import { personName } from './names.js';

export interface FireOfficeSeed {
  code: string;
  name: string;
  divisionCode: string;
}

export interface DutyOfficerSeed {
  id: string;
  name: string;
  title: string;
  role: FireDutyRole;
  officeCode: string;
}

export interface DutyShiftSeed {
  id: string;
  officeCode: string;
  startsAt: Date;
  endsAt: Date;
  leaderId: string;
  staffIds: string[];
}

const LEADER_TITLES = ['主任', '副主任', '副主任'] as const;
const STAFF_TITLES = ['科长', '副科长', '主任科员', '一级科员', '科员', '科员'] as const;
/** Shifts hand over at 08:00 every day (24小时值班). */
const HANDOVER_HOUR = 8;
/** The roster covers the autumn season and the two weeks after it. */
const ROSTER_FIRST_DAY = calendarDay(2026, 9, 15);
const ROSTER_LAST_DAY = calendarDay(2026, 11, 30);

/**
 * The provincial and prefectural fire command offices, each with three leaders and six staff
 * who take 24-hour shifts in turn: a leader every third day, two staff each day.
 */
export function generateDutyRoster(random: Random, prefectureCodes: readonly string[]) {
  const divisionCodes = ['230000', '220000', ...prefectureCodes];
  const offices: FireOfficeSeed[] = divisionCodes.map((divisionCode) => ({
    code: `FO${divisionCode}`,
    name: `${divisionByCode.get(divisionCode)!.name}森林草原防灭火指挥部办公室`,
    divisionCode,
  }));
  const officers: DutyOfficerSeed[] = [];
  const shifts: DutyShiftSeed[] = [];
  for (const office of offices) {
    const people = (role: FireDutyRole, titles: readonly string[]) =>
      titles.map((title) => {
        const officer = { id: random.uuid(), name: personName(random), title, role, officeCode: office.code };
        officers.push(officer);
        return officer;
      });
    const leaders = people('LEADER', LEADER_TITLES);
    const staff = people('STAFF', STAFF_TITLES);
    daysBetween(ROSTER_FIRST_DAY, ROSTER_LAST_DAY).forEach((day, index) => {
      shifts.push({
        id: random.uuid(),
        officeCode: office.code,
        startsAt: chinaTime(day, HANDOVER_HOUR),
        endsAt: chinaTime(addDays(day, 1), HANDOVER_HOUR),
        leaderId: leaders[index % leaders.length]!.id,
        staffIds: [staff[(2 * index) % staff.length]!.id, staff[(2 * index + 1) % staff.length]!.id],
      });
    });
  }
  return { offices, officers, shifts };
}

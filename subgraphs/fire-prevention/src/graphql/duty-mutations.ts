import { conflictError, parseInput } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { scheduleFireDutyShiftInput } from '../domain/duty-rules.js';
import { Prisma } from '../generated/prisma/client.js';
import { invalidField } from './arguments.js';
import { checkJurisdiction } from './jurisdiction.js';

const ScheduleFireDutyShiftInput = builder.inputType('ScheduleFireDutyShiftInput', {
  description: 'A shift of an office: a leader on duty and one to six staff, all of that office, for at most 24 hours.',
  fields: (t) => ({
    officeCode: t.id({ required: true }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    leaderId: t.id({ required: true, description: 'An officer of the office with the LEADER role (带班领导).' }),
    staffIds: t.idList({ required: true, description: '值班员.' }),
  }),
});

builder.mutationFields((t) => ({
  scheduleFireDutyShift: t.prismaField({
    type: 'FireDutyShift',
    description: 'Puts a shift on the duty roster (排班). Nobody can be on two shifts that overlap: that is a CONFLICT.',
    args: { input: t.arg({ type: ScheduleFireDutyShiftInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const shift = parseInput(scheduleFireDutyShiftInput, input);
      const people = [shift.leaderId, ...shift.staffIds];
      const scheduled = await context.db.$transaction(async (tx) => {
        const office = await tx.fireOffice.findUnique({ where: { code: shift.officeCode } });
        if (!office) throw invalidField('input.officeCode', `fire office ${shift.officeCode} does not exist`);
        checkJurisdiction(context.viewer, office.divisionCode);
        // Locking the people (in a fixed order) makes two concurrent schedules for one person take
        // turns, so that the second sees the first's shift in the overlap check below.
        await tx.$queryRaw`SELECT "id" FROM "FireDutyOfficer" WHERE "id" IN (${Prisma.join(people)}) ORDER BY "id" FOR UPDATE`;
        const officers = await tx.fireDutyOfficer.findMany({ where: { id: { in: people } } });
        const byId = new Map(officers.map((officer) => [officer.id, officer]));
        const leader = byId.get(shift.leaderId);
        if (!leader || leader.officeCode !== office.code) throw invalidField('input.leaderId', `is not an officer of ${office.name}`);
        if (leader.role !== 'LEADER') throw invalidField('input.leaderId', `${leader.name} does not lead shifts (role ${leader.role})`);
        shift.staffIds.forEach((id, index) => {
          if (byId.get(id)?.officeCode !== office.code) throw invalidField(`input.staffIds.${index}`, `is not an officer of ${office.name}`);
        });
        const overlapping = await tx.fireDutyShift.findMany({
          where: {
            startsAt: { lt: shift.endsAt },
            endsAt: { gt: shift.startsAt },
            OR: [{ leaderId: { in: people } }, { staff: { some: { id: { in: people } } } }],
          },
          include: { staff: { select: { id: true } } },
          orderBy: { startsAt: 'asc' },
        });
        if (overlapping.length > 0) {
          const busy = people.filter((id) => overlapping.some((other) => other.leaderId === id || other.staff.some((member) => member.id === id)));
          throw conflictError(
            `${busy.map((id) => byId.get(id)!.name).join(', ')} already on duty between ${shift.startsAt.toISOString()} and ${shift.endsAt.toISOString()}`,
            { officerIds: busy, shiftIds: overlapping.map((other) => other.id) },
          );
        }
        return tx.fireDutyShift.create({
          data: {
            officeCode: office.code,
            startsAt: shift.startsAt,
            endsAt: shift.endsAt,
            leaderId: shift.leaderId,
            staff: { connect: shift.staffIds.map((id) => ({ id })) },
          },
        });
      });
      // Read back after the commit: the selected relations load in parallel, which the
      // transaction's single connection could only queue.
      return context.db.fireDutyShift.findUniqueOrThrow({ ...query, where: { id: scheduled.id } });
    },
  }),
}));

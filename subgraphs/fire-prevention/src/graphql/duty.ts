import { checkPageSize } from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import { atOrUnder, given, MAX_PAGE_SIZE } from './arguments.js';
import { FireDutyRoleEnum } from './enums.js';
import { DivisionRef } from './federation.js';

builder.prismaObject('FireOffice', {
  description: '森林草原防灭火指挥部办公室: the fire command office of a province or prefecture, which keeps the duty roster.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    division: t.field({ type: DivisionRef, resolve: (office) => ({ code: office.divisionCode }) }),
    officers: t.relation('officers', { query: { orderBy: [{ role: 'asc' }, { name: 'asc' }, { id: 'asc' }] } }),
  }),
});

builder.prismaObject('FireDutyOfficer', {
  description: 'A person on an office\'s duty roster.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    title: t.exposeString('title', { description: '职务.' }),
    role: t.expose('role', { type: FireDutyRoleEnum, description: 'Whether the person leads shifts (带班领导) or staffs them (值班员).' }),
    office: t.relation('office'),
  }),
});

builder.prismaObject('FireDutyShift', {
  description: '值班班次: a duty shift of an office, with the leader on duty and the staff.',
  fields: (t) => ({
    id: t.exposeID('id'),
    office: t.relation('office'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    leader: t.relation('leader', { description: '带班领导.' }),
    staff: t.relation('staff', { description: '值班员.', query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] } }),
  }),
});

const FireDutyShiftFilter = builder.inputType('FireDutyShiftFilter', {
  fields: (t) => ({
    officeCode: t.id(),
    divisionCode: t.id({ description: 'Offices of this division and everything under it.' }),
    officerId: t.id({ description: 'Shifts this person leads or staffs.' }),
    from: t.field({ type: 'DateTime', description: 'Shifts that end after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Shifts that start before this instant.' }),
  }),
});

function whereOf(filter: typeof FireDutyShiftFilter.$inferInput | null | undefined): Prisma.FireDutyShiftWhereInput {
  if (!filter) return {};
  const officerId = given(filter.officerId) ? String(filter.officerId) : undefined;
  return {
    AND: [
      given(filter.officeCode) ? { officeCode: String(filter.officeCode) } : {},
      { office: atOrUnder(filter.divisionCode, 'filter.divisionCode') },
      officerId ? { OR: [{ leaderId: officerId }, { staff: { some: { id: officerId } } }] } : {},
      given(filter.from) ? { endsAt: { gt: filter.from } } : {},
      given(filter.to) ? { startsAt: { lt: filter.to } } : {},
    ],
  };
}

builder.queryFields((t) => ({
  fireOffices: t.prismaField({
    type: ['FireOffice'],
    description: 'The fire command offices at or under a division if given, by code.',
    args: { divisionCode: t.arg.id() },
    resolve: (query, _root, args, context) =>
      context.db.fireOffice.findMany({
        ...query,
        where: atOrUnder(args.divisionCode),
        orderBy: { code: 'asc' },
      }),
  }),
  fireDutyShifts: t.prismaConnection({
    type: 'FireDutyShift',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'The duty roster: shifts matching a filter, earliest first.',
    args: { filter: t.arg({ type: FireDutyShiftFilter }) },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireDutyShift.count({ where: whereOf(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireDutyShift.findMany({
        ...query,
        where: whereOf(args.filter),
        orderBy: [{ startsAt: 'asc' }, { officeCode: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  fireOnDuty: t.prismaField({
    type: ['FireDutyShift'],
    description: '当前值班: the shifts under way at `asOf` (default: now) in the offices at or under a division if given, by office.',
    args: {
      asOf: t.arg({ type: 'DateTime' }),
      divisionCode: t.arg.id(),
    },
    resolve: (query, _root, args, context: Context) => {
      const asOf = args.asOf ?? context.loaders.requestedAt;
      return context.db.fireDutyShift.findMany({
        ...query,
        where: {
          startsAt: { lte: asOf },
          endsAt: { gt: asOf },
          office: atOrUnder(args.divisionCode),
        },
        orderBy: [{ officeCode: 'asc' }, { startsAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

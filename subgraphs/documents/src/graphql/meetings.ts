import { checkPageSize, conflictError, notFoundError, parseInput, type FieldProblem } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import { meetingMinutes, meetingSchedule } from '../domain/meetings.js';
import type { Prisma } from '../generated/prisma/client.js';
import { OfficeMeetingKindEnum } from './enums.js';
import { MAX_PAGE_SIZE } from './pagination.js';
import { checkReferences } from './references.js';

builder.prismaObject('OfficeMeetingAgendaItem', {
  description: '议程: one item of a meeting’s agenda.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order on the agenda, from 1.' }),
    topic: t.exposeString('topic'),
    presenter: t.exposeString('presenter', { nullable: true, description: '汇报人.' }),
  }),
});

builder.prismaObject('OfficeMeetingAttendee', {
  description: '参会人员.',
  fields: (t) => ({
    name: t.exposeString('name'),
    position: t.exposeString('position', { description: '职务, e.g. 副厅长.' }),
    unit: t.relation('unit', { nullable: true }),
  }),
});

builder.prismaObject('OfficeMeeting', {
  description: '会议管理: a meeting with its agenda, attendees and, once held, its minutes.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    kind: t.expose('kind', { type: OfficeMeetingKindEnum }),
    organizerUnit: t.relation('organizerUnit', { description: '承办单位.' }),
    location: t.exposeString('location'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    agenda: t.relation('agendaItems', { query: { orderBy: { position: 'asc' } } }),
    attendees: t.relation('attendees', { query: { orderBy: [{ unitCode: 'asc' }, { name: 'asc' }] } }),
    minutes: t.exposeString('minutes', { nullable: true, description: '会议纪要, once recorded.' }),
    minutesRecordedBy: t.exposeString('minutesRecordedBy', { nullable: true }),
    minutesRecordedAt: t.expose('minutesRecordedAt', { type: 'DateTime', nullable: true }),
  }),
});

const OfficeMeetingFilter = builder.inputType('OfficeMeetingFilter', {
  fields: (t) => ({
    provinceCode: t.id({ description: 'Meetings organised by units of this province’s department.' }),
    organizerUnitCode: t.id(),
    kind: t.field({ type: OfficeMeetingKindEnum }),
    location: t.string(),
    startsFrom: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    startsBefore: t.field({ type: 'DateTime', description: 'Exclusive.' }),
  }),
});

function meetingWhere(filter: typeof OfficeMeetingFilter.$inferInput | null | undefined): Prisma.OfficeMeetingWhereInput {
  if (!filter) return {};
  return {
    ...(filter.provinceCode ? { organizerUnit: { provinceCode: String(filter.provinceCode) } } : {}),
    ...(filter.organizerUnitCode ? { organizerUnitCode: String(filter.organizerUnitCode) } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.location ? { location: filter.location } : {}),
    ...(filter.startsFrom || filter.startsBefore
      ? {
          startsAt: {
            ...(filter.startsFrom ? { gte: filter.startsFrom } : {}),
            ...(filter.startsBefore ? { lt: filter.startsBefore } : {}),
          },
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  officeMeeting: t.prismaField({
    type: 'OfficeMeeting',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.officeMeeting.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  officeMeetings: t.prismaConnection({
    type: 'OfficeMeeting',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Meetings matching a filter, by start time.',
    args: {
      filter: t.arg({ type: OfficeMeetingFilter }),
      startsAtOrder: t.arg({ type: SortDirection, defaultValue: 'ASC' }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.officeMeeting.count({ where: meetingWhere(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.officeMeeting.findMany({
        ...query,
        where: meetingWhere(args.filter),
        orderBy: [{ startsAt: args.startsAtOrder === 'DESC' ? 'desc' : 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

const MeetingAgendaItemInput = builder.inputType('OfficeMeetingAgendaItemInput', {
  fields: (t) => ({
    topic: t.string({ required: true }),
    presenter: t.string(),
  }),
});

const MeetingAttendeeInput = builder.inputType('OfficeMeetingAttendeeInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    position: t.string({ required: true, description: '职务.' }),
    unitCode: t.id(),
  }),
});

const ScheduleMeetingInput = builder.inputType('ScheduleMeetingInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    kind: t.field({ type: OfficeMeetingKindEnum, required: true }),
    organizerUnitCode: t.id({ required: true }),
    location: t.string({ required: true, description: 'The room; a room holds one meeting at a time.' }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'In the future.' }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    agenda: t.field({ type: [MeetingAgendaItemInput], required: true }),
    attendees: t.field({ type: [MeetingAttendeeInput], required: true }),
  }),
});

const RecordMeetingMinutesInput = builder.inputType('RecordMeetingMinutesInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    minutes: t.string({ required: true }),
    recordedBy: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  scheduleMeeting: t.prismaField({
    type: 'OfficeMeeting',
    description: '安排会议: schedules a meeting in a room that is free for its whole duration.',
    args: { input: t.arg({ type: ScheduleMeetingInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const meeting = parseInput(meetingSchedule, input);
      return context.db.$transaction(async (tx) => {
        const unitCodes = [meeting.organizerUnitCode, ...meeting.attendees.flatMap((attendee) => attendee.unitCode ?? [])];
        const known = new Set(
          (await tx.officeUnit.findMany({ where: { code: { in: unitCodes } }, select: { code: true } })).map((unit) => unit.code),
        );
        const problems: FieldProblem[] = [
          ...(known.has(meeting.organizerUnitCode) ? [] : [{ field: 'input.organizerUnitCode', message: 'unknown unit' }]),
          ...meeting.attendees.flatMap((attendee, index) =>
            attendee.unitCode && !known.has(attendee.unitCode)
              ? [{ field: `input.attendees.${index}.unitCode`, message: 'unknown unit' }]
              : [],
          ),
        ];
        checkReferences(problems);
        // Serialises bookings of the same room, so two overlapping requests cannot both pass the check.
        await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${meeting.location}))`;
        const clash = await tx.officeMeeting.findFirst({
          where: { location: meeting.location, startsAt: { lt: meeting.endsAt }, endsAt: { gt: meeting.startsAt } },
          select: { id: true, title: true },
        });
        if (clash) {
          throw conflictError(`${meeting.location} is already booked for 「${clash.title}」 at that time`, {
            conflictingMeetingId: clash.id,
          });
        }
        const { agenda, attendees, ...details } = meeting;
        return tx.officeMeeting.create({
          ...query,
          data: {
            ...details,
            agendaItems: { create: agenda.map((item, index) => ({ ...item, position: index + 1 })) },
            attendees: { create: attendees },
          },
        });
      });
    },
  }),
  recordMeetingMinutes: t.prismaField({
    type: 'OfficeMeeting',
    description: '会议纪要: records the minutes of a meeting once it has started; minutes are recorded once.',
    args: { input: t.arg({ type: RecordMeetingMinutesInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const data = parseInput(meetingMinutes, input);
      return context.db.$transaction(async (tx) => {
        const meeting = await tx.officeMeeting.findUnique({ where: { id: data.meetingId } });
        if (!meeting) throw notFoundError('OfficeMeeting', data.meetingId);
        const now = new Date();
        if (meeting.startsAt > now) throw conflictError(`Meeting ${meeting.id} has not started; its minutes cannot be recorded yet`);
        const { count } = await tx.officeMeeting.updateMany({
          where: { id: meeting.id, minutes: null },
          data: { minutes: data.minutes, minutesRecordedBy: data.recordedBy, minutesRecordedAt: now },
        });
        if (count === 0) throw conflictError(`The minutes of meeting ${meeting.id} are already recorded`);
        return tx.officeMeeting.findUniqueOrThrow({ ...query, where: { id: meeting.id } });
      });
    },
  }),
}));

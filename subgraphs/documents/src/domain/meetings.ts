import { z } from 'zod';
import { OfficeMeetingKind } from '../generated/prisma/enums.js';
import { id, optionalText, text } from './validation.js';

/** No meeting of the office runs longer than a working day. */
export const MAX_MEETING_HOURS = 12;

export const meetingSchedule = z
  .object({
    title: text(200),
    kind: z.enum(OfficeMeetingKind),
    organizerUnitCode: id,
    location: text(100),
    startsAt: z.date().refine((instant) => instant > new Date(), 'must be in the future'),
    endsAt: z.date(),
    agenda: z
      .array(z.object({ topic: text(200), presenter: optionalText(50) }))
      .min(1, 'must have at least one item')
      .max(30, 'must have at most 30 items'),
    attendees: z
      .array(z.object({ name: text(50), position: text(50), unitCode: id.nullish().transform((value) => value ?? null) }))
      .min(1, 'must have at least one attendee')
      .max(300, 'must have at most 300 attendees'),
  })
  .superRefine((meeting, context) => {
    const hours = (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 3_600_000;
    if (hours <= 0) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    else if (hours > MAX_MEETING_HOURS) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: `must be at most ${MAX_MEETING_HOURS} hours after startsAt` });
    }
    const seen = new Set<string>();
    meeting.attendees.forEach((attendee, index) => {
      const key = `${attendee.name}|${attendee.unitCode ?? ''}`;
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['attendees', index, 'name'], message: 'is listed twice' });
      seen.add(key);
    });
  });

export const meetingMinutes = z.object({
  meetingId: id,
  minutes: text(20_000),
  recordedBy: text(50),
});

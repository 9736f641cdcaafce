import { z } from 'zod';

/** A duty shift lasts at most a day and a night (24小时值班). */
const MAX_SHIFT_HOURS = 24;
const MAX_SHIFT_STAFF = 6;

export const scheduleFireDutyShiftInput = z
  .object({
    officeCode: z.string().min(1),
    startsAt: z.date(),
    endsAt: z.date(),
    leaderId: z.uuid(),
    staffIds: z.array(z.uuid()).min(1, 'needs at least one person on duty').max(MAX_SHIFT_STAFF),
  })
  .superRefine((shift, issues) => {
    const hours = (shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000;
    if (hours <= 0) issues.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    if (hours > MAX_SHIFT_HOURS) {
      issues.addIssue({ code: 'custom', path: ['endsAt'], message: `a shift lasts at most ${MAX_SHIFT_HOURS} hours` });
    }
    if (new Set(shift.staffIds).size !== shift.staffIds.length) {
      issues.addIssue({ code: 'custom', path: ['staffIds'], message: 'lists a person twice' });
    }
    if (shift.staffIds.includes(shift.leaderId)) {
      issues.addIssue({ code: 'custom', path: ['staffIds'], message: 'cannot include the leader on duty' });
    }
  });

import { z } from 'zod';
import type { MailboxLetterCategory } from '../generated/prisma/enums.js';
import { deadlineOf, type Deadline } from './deadlines.js';
import { department, officer, personName, phoneNumber, text } from './input-fields.js';
import { chinaDateOf, type LocalDate, addWorkingDays, workingDaysBetween } from '@forestry/subgraph-runtime/calendar';

/** The department's published commitment: every letter is answered within 15 working days. */
export const MAILBOX_REPLY_LIMIT_DAYS = 15;

export const MAILBOX_CATEGORIES = ['CONSULTATION', 'SUGGESTION', 'COMPLAINT', 'REPORT', 'PRAISE'] as const satisfies readonly MailboxLetterCategory[];

export const mailboxLetterSubmission = z.object({
  category: z.enum(MAILBOX_CATEGORIES),
  subject: text(4, 80),
  body: text(10, 5000),
  writerName: personName,
  writerPhone: phoneNumber,
  writerEmail: z.email('must be an e-mail address').nullish(),
  publicationConsent: z.boolean(),
});

export const mailboxReply = z.object({ officer, department, body: text(10, 5000), publish: z.boolean() });

/** Why a letter may not be published with its reply, or null. */
export function publicationProblem(letter: { category: MailboxLetterCategory; publicationConsent: boolean }): string | null {
  // Reports name people and places; publishing them would expose the writer.
  if (letter.category === 'REPORT') return 'reports (举报) are never published';
  if (!letter.publicationConsent) return 'the writer did not agree to publication';
  return null;
}

/** Where a letter stands against the reply commitment on `today`. */
export function mailboxDeadline(letter: { submittedAt: Date; repliedAt: Date | null }, today: LocalDate): Deadline {
  return deadlineOf(
    {
      startedOn: chinaDateOf(letter.submittedAt),
      limitDays: MAILBOX_REPLY_LIMIT_DAYS,
      pausedDays: 0,
      stoppedOn: letter.repliedAt && chinaDateOf(letter.repliedAt),
    },
    today,
  );
}

/** Working days a reply took, as the statistics average it. */
export function replyWorkingDays(submittedAt: Date, repliedAt: Date): number {
  return workingDaysBetween(chinaDateOf(submittedAt), chinaDateOf(repliedAt));
}

export function mailboxDueDate(submittedAt: Date): LocalDate {
  return addWorkingDays(chinaDateOf(submittedAt), MAILBOX_REPLY_LIMIT_DAYS);
}

import { z } from 'zod';
import type { DisclosureReplyType, DisclosureRequestStatus } from '../generated/prisma/enums.js';
import { deadlineOf, type Deadline } from './deadlines.js';
import { identifierProblem, officer, personName, phoneNumber, text } from './input-fields.js';
import { chinaDateOf, type LocalDate, addWorkingDays } from '@forestry/subgraph-runtime/calendar';

/**
 * 政府信息公开条例 (2019) 第三十三条: a request is answered within 20 working days of receipt;
 * with the approval of the disclosure office's head the period may be extended once, by at
 * most another 20 working days, and the requester is told.
 */
export const DISCLOSURE_REPLY_LIMIT_DAYS = 20;
export const MAX_EXTENSION_DAYS = 20;

export function disclosureDueDate(receivedAt: Date): LocalDate {
  return addWorkingDays(chinaDateOf(receivedAt), DISCLOSURE_REPLY_LIMIT_DAYS);
}

export const disclosureRequestSubmission = z
  .object({
    requesterKind: z.enum(['CITIZEN', 'LEGAL_PERSON', 'OTHER_ORGANISATION']),
    requesterName: text(2, 60),
    requesterIdNumber: z.string().trim().toUpperCase(),
    contactPhone: phoneNumber,
    contactEmail: z.email('must be an e-mail address').nullish(),
    description: text(10, 2000),
    deliveryMethod: z.enum(['PAPER', 'EMAIL', 'ONLINE', 'ON_SITE']),
  })
  .superRefine((input, issues) => {
    const problem = identifierProblem(input.requesterKind === 'CITIZEN', input.requesterIdNumber);
    if (problem) issues.addIssue({ code: 'custom', path: ['requesterIdNumber'], message: problem });
    if (input.deliveryMethod === 'EMAIL' && !input.contactEmail) {
      issues.addIssue({ code: 'custom', path: ['contactEmail'], message: 'is required for delivery by e-mail' });
    }
  });

export const disclosureExtension = z.object({
  officer,
  reason: text(5, 500),
  workingDays: z.int().min(1).max(MAX_EXTENSION_DAYS, `may extend by at most ${MAX_EXTENSION_DAYS} working days`),
});

/** How far ahead the due-soon list looks, in working days. */
export const dueSoonWindow = z.int().min(0).max(60);

/** 第三十六条: a refusal, a partial disclosure or a referral elsewhere states its reason. */
export const REPLY_TYPES_WITH_REASON: readonly DisclosureReplyType[] = ['PARTIALLY_DISCLOSED', 'NOT_DISCLOSED', 'NOT_THIS_AUTHORITY'];

export const disclosureReply = z
  .object({
    officer: personName,
    replyType: z.enum(['ALREADY_PUBLISHED', 'DISCLOSED', 'PARTIALLY_DISCLOSED', 'NOT_DISCLOSED', 'NOT_EXIST', 'NOT_THIS_AUTHORITY', 'REPEATED_REQUEST']),
    body: text(5, 5000),
    reason: text(5, 1000).nullish(),
  })
  .superRefine((input, issues) => {
    if (REPLY_TYPES_WITH_REASON.includes(input.replyType) && !input.reason) {
      issues.addIssue({ code: 'custom', path: ['reason'], message: `is required for a ${input.replyType} reply` });
    }
  });

/** Why a request cannot be extended on `today`, or null: once, while pending, before the period ends. */
export function extensionProblem(
  request: { status: DisclosureRequestStatus; extendedAt: Date | null; dueDate: LocalDate },
  today: LocalDate,
): string | null {
  if (request.status !== 'PENDING') return 'the request has already been answered';
  if (request.extendedAt) return 'the reply period has already been extended once';
  if (today > request.dueDate) return `the reply period ended on ${request.dueDate}; it can only be extended before it ends`;
  return null;
}

/** Where a request stands against its reply period on `today`. */
export function disclosureDeadline(
  request: { receivedAt: Date; extensionWorkingDays: number | null; repliedAt: Date | null },
  today: LocalDate,
): Deadline {
  return deadlineOf(
    {
      startedOn: chinaDateOf(request.receivedAt),
      limitDays: DISCLOSURE_REPLY_LIMIT_DAYS + (request.extensionWorkingDays ?? 0),
      pausedDays: 0,
      stoppedOn: request.repliedAt && chinaDateOf(request.repliedAt),
    },
    today,
  );
}

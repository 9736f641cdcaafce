import { describe, expect, it } from 'vitest';
import { disclosureDeadline, extensionProblem } from '../src/domain/disclosure-request-rules.js';
import { isResidentIdNumber, isUnifiedSocialCreditCode } from '../src/domain/identity-numbers.js';
import {
  clockOnAcceptance,
  clockOnResumption,
  clockStoppedAfter,
  handlingWorkingDays,
  promisedDueDate,
  statutoryDeadline,
  transitionProblem,
  type LicenceAction,
} from '../src/domain/licence-workflow.js';
import { chinaInstant } from '@forestry/subgraph-runtime/calendar';
import { publicationProblem } from '../src/domain/mailbox-rules.js';
import { noticePublication, phaseOf, solicitationPublication } from '../src/domain/publication-rules.js';
import type { LicenceApplicationStatus } from '../src/generated/prisma/enums.js';

describe('the application state machine', () => {
  const allowed: [LicenceAction, LicenceApplicationStatus[]][] = [
    ['accept', ['SUBMITTED']],
    ['rejectAtIntake', ['SUBMITTED']],
    ['startReview', ['ACCEPTED']],
    ['requestSupplement', ['SUBMITTED', 'UNDER_REVIEW']],
    ['receiveSupplement', ['SUPPLEMENT_REQUESTED']],
    ['decide', ['UNDER_REVIEW']],
    ['deliverFeedback', ['APPROVED', 'DENIED']],
  ];
  const statuses: LicenceApplicationStatus[] = [
    'SUBMITTED', 'ACCEPTED', 'REJECTED_AT_INTAKE', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'DENIED', 'COMPLETED',
  ];

  it.each(allowed)('allows %s only from %j', (action, from) => {
    for (const status of statuses) {
      expect(transitionProblem(status, action) === null).toBe(from.includes(status));
    }
  });

  it('leaves nothing to do once an application is completed or refused at intake', () => {
    for (const [action] of allowed) {
      expect(transitionProblem('COMPLETED', action)).toMatch(/only from/);
      expect(transitionProblem('REJECTED_AT_INTAKE', action)).toMatch(/only from/);
    }
  });
});

describe('the statutory clock of an application', () => {
  const item = { statutoryLimitDays: 20, promisedLimitDays: 10 };
  const acceptedAt = chinaInstant('2026-09-18', '10:00');

  it('starts at acceptance with the item’s limits', () => {
    expect(clockOnAcceptance(item, acceptedAt)).toEqual({ statutoryLimitDays: 20, promisedLimitDays: 10, dueDate: '2026-10-22' });
  });

  it('stops after the last working day counted and resumes with the due date moved back', () => {
    // Requested on a Saturday: Friday was the last day counted.
    expect(clockStoppedAfter(chinaInstant('2026-10-17', '09:00'))).toBe('2026-10-16');
    const resumed = clockOnResumption(
      { acceptedAt, statutoryLimitDays: 20, pausedWorkingDays: 0, clockStoppedAfter: '2026-10-16' },
      chinaInstant('2026-10-21', '15:00'),
    );
    // 19, 20 and 21 October did not count.
    expect(resumed).toEqual({ pausedDays: 3, pausedWorkingDays: 3, dueDate: '2026-10-27' });
  });

  it('reports the deadline while paused without counting the pause, and after a decision up to the decision', () => {
    const timing = {
      acceptedAt,
      statutoryLimitDays: 20,
      promisedLimitDays: 10,
      pausedWorkingDays: 3,
      clockStoppedAfter: null,
      decidedAt: chinaInstant('2026-10-29', '11:00'),
    };
    expect(statutoryDeadline(timing, '2027-03-01')).toMatchObject({ dueDate: '2026-10-27', workingDaysUsed: 22, workingDaysOverdue: 2, stopped: true });
    expect(handlingWorkingDays(timing, timing.decidedAt)).toBe(22);
    expect(promisedDueDate(timing)).toBe('2026-10-13');
    const paused = { ...timing, pausedWorkingDays: 0, clockStoppedAfter: '2026-10-16', decidedAt: null };
    expect(statutoryDeadline(paused, '2026-12-01')).toMatchObject({ workingDaysUsed: 16, workingDaysOverdue: 0, stopped: true });
  });

  it('does not exist before acceptance', () => {
    const timing = { acceptedAt: null, statutoryLimitDays: null, promisedLimitDays: null, pausedWorkingDays: 0, clockStoppedAfter: null, decidedAt: null };
    expect(statutoryDeadline(timing, '2026-11-02')).toBeNull();
    expect(promisedDueDate(timing)).toBeNull();
  });
});

describe('identity numbers', () => {
  it('accepts identity card numbers with a valid check character and birth date only', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isResidentIdNumber('110105194913310023')).toBe(false);
    expect(isResidentIdNumber('11010519491231002')).toBe(false);
  });

  it('accepts unified social credit codes with a valid check character only', () => {
    expect(isUnifiedSocialCreditCode('91330100716105852F')).toBe(true);
    expect(isUnifiedSocialCreditCode('914403001922038216')).toBe(true);
    expect(isUnifiedSocialCreditCode('914403001922038217')).toBe(false);
    expect(isUnifiedSocialCreditCode('91440300192203821I')).toBe(false);
  });
});

describe('disclosure requests', () => {
  it('are due 20 working days after receipt, plus the extension', () => {
    const receivedAt = chinaInstant('2026-09-18', '16:00');
    expect(disclosureDeadline({ receivedAt, extensionWorkingDays: null, repliedAt: null }, '2026-10-09').dueDate).toBe('2026-10-22');
    expect(disclosureDeadline({ receivedAt, extensionWorkingDays: 20, repliedAt: null }, '2026-10-09').dueDate).toBe('2026-11-19');
  });

  it('can be extended once, while pending, up to the due date', () => {
    const request = { status: 'PENDING' as const, extendedAt: null, dueDate: '2026-10-22' };
    expect(extensionProblem(request, '2026-10-22')).toBeNull();
    expect(extensionProblem(request, '2026-10-23')).toMatch(/ended on 2026-10-22/);
    expect(extensionProblem({ ...request, extendedAt: new Date() }, '2026-10-01')).toMatch(/once/);
    expect(extensionProblem({ ...request, status: 'REPLIED' }, '2026-10-01')).toMatch(/answered/);
  });
});

describe('publication rules', () => {
  it('publishes a mailbox letter only with the writer’s consent, and never a report', () => {
    expect(publicationProblem({ category: 'CONSULTATION', publicationConsent: true })).toBeNull();
    expect(publicationProblem({ category: 'CONSULTATION', publicationConsent: false })).toMatch(/did not agree/);
    expect(publicationProblem({ category: 'REPORT', publicationConsent: true })).toMatch(/never published/);
  });

  const notice = { kind: 'PLANNING', title: '林地保护利用规划调整方案公示', body: '现将调整方案予以公示，广泛听取意见。', department: 'FOREST_RESOURCES', objectionContact: '电话 0451-82620032' };

  it('wants a notice period of at least 5 working days, starting today or later', () => {
    const rules = noticePublication('2026-09-28');
    // 28, 29, 30 September and 8 October: four working days around National Day.
    expect(rules.safeParse({ ...notice, periodStart: '2026-09-28', periodEnd: '2026-10-08' }).error?.issues[0]).toMatchObject({ path: ['periodEnd'] });
    expect(rules.safeParse({ ...notice, periodStart: '2026-09-28', periodEnd: '2026-10-09' }).success).toBe(true);
    expect(rules.safeParse({ ...notice, periodStart: '2026-09-27', periodEnd: '2026-10-09' }).error?.issues[0]).toMatchObject({ path: ['periodStart'] });
    expect(rules.safeParse({ ...notice, periodStart: '2026-10-09', periodEnd: '2026-10-08' }).error?.issues[0]).toMatchObject({ path: ['periodEnd'] });
  });

  it('wants opinions taken for at least 30 days', () => {
    const rules = solicitationPublication('2026-11-02');
    const draft = { title: '《林木采伐管理办法（征求意见稿）》', summary: '现将征求意见稿全文公布，公开征求意见。', department: 'FOREST_RESOURCES' };
    expect(rules.safeParse({ ...draft, opensOn: '2026-11-02', closesOn: '2026-12-01' }).success).toBe(true);
    expect(rules.safeParse({ ...draft, opensOn: '2026-11-02', closesOn: '2026-11-30' }).error?.issues[0]).toMatchObject({ path: ['closesOn'] });
  });

  it('places a date in a period with both ends included', () => {
    expect(phaseOf('2026-11-02', '2026-11-09', '2026-11-01')).toBe('UPCOMING');
    expect(phaseOf('2026-11-02', '2026-11-09', '2026-11-02')).toBe('OPEN');
    expect(phaseOf('2026-11-02', '2026-11-09', '2026-11-09')).toBe('OPEN');
    expect(phaseOf('2026-11-02', '2026-11-09', '2026-11-10')).toBe('CLOSED');
  });
});

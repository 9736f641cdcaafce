import { conflictError, notFoundError, parseInput, PUBLIC, userInputError } from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import {
  applicationSubmission,
  decisionInput,
  feedbackInput,
  intakeRejection,
  officerStep,
  subjectProblems,
  supplementRequest,
} from '../domain/licence-application-rules.js';
import {
  clockOnAcceptance,
  clockOnResumption,
  clockStoppedAfter,
  handlingWorkingDays,
  MAX_INTAKE_SUPPLEMENTS,
  transitionProblem,
  type LicenceAction,
} from '../domain/licence-workflow.js';
import { fromDateValue, toDateValue } from '@forestry/subgraph-runtime/calendar';
import type { LicenceApplication, Prisma } from '../generated/prisma/client.js';
import type { LicenceApplicationStatus } from '../generated/prisma/enums.js';
import { LicenceApplicantKindEnum, LicenceDecisionEnum, LicenceFeedbackChannelEnum } from './enums.js';
import { LicenceApplicationPublicStatusRef } from './licence-applications.js';
import { LICENCE_APPLICATION_STATUS_CHANGED, type LicenceApplicationStatusChanged } from './licence-application-events.js';
import { nextNumber } from './numbering.js';

const SubmitApplicationInput = builder.inputType('SubmitLicenceApplicationInput', {
  description: 'An online application. Name exactly what the item concerns: see `LicensingItem.subject`.',
  fields: (t) => ({
    itemCode: t.id({ required: true }),
    applicantKind: t.field({ type: LicenceApplicantKindEnum, required: true }),
    applicantName: t.string({ required: true, description: 'Person or organisation name.' }),
    applicantIdNumber: t.string({
      required: true,
      description: 'Resident identity card number (person) or unified social credit code (organisation).',
    }),
    contactName: t.string({ description: 'Required for an organisation; a person is their own contact.' }),
    contactPhone: t.string({ required: true }),
    summary: t.string({ required: true, description: '申请事项: what is applied for, e.g. species, volume, route.' }),
    subCompartmentId: t.id(),
    speciesCode: t.string({ description: 'Kebab-case scientific name, e.g. cervus-nippon.' }),
    divisionCode: t.id({ description: 'County-level GB/T 2260 code.' }),
  }),
});

const OfficerInput = builder.inputType('LicenceOfficerInput', {
  fields: (t) => ({ officer: t.string({ required: true, description: '经办人.' }) }),
});

const RejectAtIntakeInput = builder.inputType('RejectLicenceApplicationInput', {
  fields: (t) => ({
    officer: t.string({ required: true }),
    reason: t.string({ required: true, description: '不予受理的理由, told to the applicant.' }),
  }),
});

const RequestSupplementInput = builder.inputType('RequestLicenceSupplementInput', {
  fields: (t) => ({
    officer: t.string({ required: true }),
    missingMaterials: t.stringList({ required: true, description: 'Everything missing, listed at once (一次性告知).' }),
  }),
});

const DecideInput = builder.inputType('DecideLicenceApplicationInput', {
  fields: (t) => ({
    officer: t.string({ required: true }),
    decision: t.field({ type: LicenceDecisionEnum, required: true }),
    reason: t.string({ description: 'Required for a denial (行政许可法 第三十八条).' }),
  }),
});

const DeliverFeedbackInput = builder.inputType('DeliverLicenceFeedbackInput', {
  fields: (t) => ({
    officer: t.string({ required: true }),
    channel: t.field({ type: LicenceFeedbackChannelEnum, required: true }),
  }),
});

type Transaction = Prisma.TransactionClient;

interface StepOutcome {
  status: LicenceApplicationStatus;
  data?: Prisma.LicenceApplicationUncheckedUpdateManyInput;
  note?: string;
}

/**
 * Takes one workflow step in a transaction: the application must exist and be in a status the
 * action starts from; the step is recorded in the history with its officer. Once committed, the
 * application's followers hear of its new status.
 */
async function step(
  context: Context,
  query: { include?: Prisma.LicenceApplicationInclude; select?: Prisma.LicenceApplicationSelect },
  receiptNumber: string,
  action: LicenceAction,
  stepOfficer: string,
  perform: (tx: Transaction, application: LicenceApplication, now: Date) => Promise<StepOutcome> | StepOutcome,
) {
  const { changed, status } = await context.db.$transaction(async (tx) => {
    const application = await tx.licenceApplication.findUnique({ where: { receiptNumber } });
    if (!application) throw notFoundError('LicenceApplication', receiptNumber);
    const problem = transitionProblem(application.status, action);
    if (problem) throw conflictError(`Application ${receiptNumber}: ${problem}`, { status: application.status });
    const now = new Date();
    const { status, data, note } = await perform(tx, application, now);
    // The status guard makes concurrent steps on one application serialise: the later one finds the status moved on.
    const { count } = await tx.licenceApplication.updateMany({
      where: { id: application.id, status: application.status },
      data: { ...data, status },
    });
    if (count === 0) throw conflictError(`Application ${receiptNumber} was changed concurrently; read it again`);
    await tx.licenceApplicationEvent.create({ data: { applicationId: application.id, status, at: now, officer: stepOfficer, note } });
    return { changed: await tx.licenceApplication.findUniqueOrThrow({ ...query, where: { id: application.id } }), status };
  });
  await context.events.publish(LICENCE_APPLICATION_STATUS_CHANGED, { receiptNumber, status } satisfies LicenceApplicationStatusChanged);
  return changed;
}

builder.mutationFields((t) => ({
  submitApplication: t.prismaField({
    ...PUBLIC,
    type: LicenceApplicationPublicStatusRef,
    description: '网上申请: files an application and returns its receipt number, with which its status can be followed.',
    args: { input: t.arg({ type: SubmitApplicationInput, required: true }) },
    resolve: (query, _root, args, context) => {
      const input = parseInput(applicationSubmission, args.input);
      return context.db.$transaction(async (tx) => {
        const item = await tx.licensingItem.findUnique({ where: { code: input.itemCode } });
        if (!item) {
          throw userInputError(`Licensing item ${input.itemCode} does not exist`, [{ field: 'input.itemCode', message: 'does not exist' }]);
        }
        const problems = subjectProblems(item.subject, input).map(({ path, message }) => ({ field: `input.${path}`, message }));
        if (problems.length > 0) {
          throw userInputError(`Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
        }
        const now = new Date();
        return tx.licenceApplication.create({
          ...query,
          data: {
            receiptNumber: await nextNumber(tx, 'licenceApplication', now),
            itemCode: item.code,
            status: 'SUBMITTED',
            applicantKind: input.applicantKind,
            applicantName: input.applicantName,
            applicantIdNumber: input.applicantIdNumber,
            contactName: input.contactName ?? input.applicantName,
            contactPhone: input.contactPhone,
            summary: input.summary,
            subCompartmentId: input.subCompartmentId ?? null,
            speciesCode: input.speciesCode ?? null,
            divisionCode: input.divisionCode ?? null,
            submittedAt: now,
            events: { create: { status: 'SUBMITTED', at: now } },
          },
        });
      });
    },
  }),

  acceptApplication: t.prismaField({
    type: 'LicenceApplication',
    description: '受理: accepts a submitted application; the statutory clock starts and the due date is set.',
    args: {
      receiptNumber: t.arg.string({ required: true, description: '受理编号.' }),
      input: t.arg({ type: OfficerInput, required: true }),
    },
    resolve: (query, _root, args, context) => {
      const { officer: by } = parseInput(officerStep, args.input);
      return step(context, query, args.receiptNumber, 'accept', by, async (tx, application, now) => {
        const item = await tx.licensingItem.findUniqueOrThrow({ where: { code: application.itemCode } });
        const clock = clockOnAcceptance(item, now);
        return { status: 'ACCEPTED', data: { ...clock, acceptedAt: now, dueDate: toDateValue(clock.dueDate) } };
      });
    },
  }),

  rejectApplicationAtIntake: t.prismaField({
    type: 'LicenceApplication',
    description: '不予受理: refuses a submitted application at intake, with the reason the applicant is told.',
    args: {
      receiptNumber: t.arg.string({ required: true, description: '受理编号.' }),
      input: t.arg({ type: RejectAtIntakeInput, required: true }),
    },
    resolve: (query, _root, args, context) => {
      const input = parseInput(intakeRejection, args.input);
      return step(context, query, args.receiptNumber, 'rejectAtIntake', input.officer, () => ({
        status: 'REJECTED_AT_INTAKE',
        data: { intakeRejectionReason: input.reason },
        note: input.reason,
      }));
    },
  }),

  startApplicationReview: t.prismaField({
    type: 'LicenceApplication',
    description: '审查: the handling department takes up an accepted application.',
    args: {
      receiptNumber: t.arg.string({ required: true, description: '受理编号.' }),
      input: t.arg({ type: OfficerInput, required: true }),
    },
    resolve: (query, _root, args, context) => {
      const { officer: by } = parseInput(officerStep, args.input);
      return step(context, query, args.receiptNumber, 'startReview', by, (_tx, _application, now) => ({
        status: 'UNDER_REVIEW',
        data: { reviewStartedAt: now },
      }));
    },
  }),

  requestSupplement: t.prismaField({
    type: 'LicenceApplication',
    description:
      '补正: asks the applicant for missing materials. At intake this may happen once and the clock has not started; ' +
      'during review the statutory clock stops until the materials arrive.',
    args: {
      receiptNumber: t.arg.string({ required: true, description: '受理编号.' }),
      input: t.arg({ type: RequestSupplementInput, required: true }),
    },
    resolve: (query, _root, args, context) => {
      const input = parseInput(supplementRequest, args.input);
      return step(context, query, args.receiptNumber, 'requestSupplement', input.officer, async (tx, application, now) => {
        const stage = application.status === 'SUBMITTED' ? 'INTAKE' : 'REVIEW';
        if (stage === 'INTAKE') {
          const earlier = await tx.licenceSupplementRequest.count({ where: { applicationId: application.id, stage } });
          if (earlier >= MAX_INTAKE_SUPPLEMENTS) {
            throw conflictError(
              `Application ${application.receiptNumber}: the intake has already listed the missing materials once (一次性告知)`,
            );
          }
        }
        await tx.licenceSupplementRequest.create({
          data: { applicationId: application.id, stage, missingMaterials: input.missingMaterials, requestedAt: now },
        });
        return {
          status: 'SUPPLEMENT_REQUESTED',
          data: stage === 'REVIEW' ? { clockStoppedAfter: toDateValue(clockStoppedAfter(now)) } : {},
          note: input.missingMaterials.join('；'),
        };
      });
    },
  }),

  receiveSupplement: t.prismaField({
    type: 'LicenceApplication',
    description: '补正材料已收到: the application returns to intake or review; a review clock resumes with its due date moved back.',
    args: {
      receiptNumber: t.arg.string({ required: true, description: '受理编号.' }),
      input: t.arg({ type: OfficerInput, required: true }),
    },
    resolve: (query, _root, args, context) => {
      const { officer: by } = parseInput(officerStep, args.input);
      return step(context, query, args.receiptNumber, 'receiveSupplement', by, async (tx, application, now) => {
        const supplement = await tx.licenceSupplementRequest.findFirstOrThrow({
          where: { applicationId: application.id, receivedAt: null },
        });
        if (supplement.stage === 'INTAKE') {
          await tx.licenceSupplementRequest.update({ where: { id: supplement.id }, data: { receivedAt: now } });
          return { status: 'SUBMITTED' };
        }
        const resumed = clockOnResumption(
          {
            acceptedAt: application.acceptedAt!,
            statutoryLimitDays: application.statutoryLimitDays!,
            pausedWorkingDays: application.pausedWorkingDays,
            clockStoppedAfter: fromDateValue(application.clockStoppedAfter!),
          },
          now,
        );
        await tx.licenceSupplementRequest.update({
          where: { id: supplement.id },
          data: { receivedAt: now, pausedWorkingDays: resumed.pausedDays },
        });
        return {
          status: 'UNDER_REVIEW',
          data: { clockStoppedAfter: null, pausedWorkingDays: resumed.pausedWorkingDays, dueDate: toDateValue(resumed.dueDate) },
        };
      });
    },
  }),

  decideApplication: t.prismaField({
    type: 'LicenceApplication',
    description: '审批决定: approves or denies an application under review; the clock stops. A denial states its reason.',
    args: {
      receiptNumber: t.arg.string({ required: true, description: '受理编号.' }),
      input: t.arg({ type: DecideInput, required: true }),
    },
    resolve: (query, _root, args, context) => {
      const input = parseInput(decisionInput, args.input);
      return step(context, query, args.receiptNumber, 'decide', input.officer, (_tx, application, now) => ({
        status: input.decision,
        data: {
          decision: input.decision,
          decisionReason: input.reason ?? null,
          decidedAt: now,
          handlingWorkingDays: handlingWorkingDays(
            { acceptedAt: application.acceptedAt!, pausedWorkingDays: application.pausedWorkingDays },
            now,
          ),
        },
        note: input.reason ?? undefined,
      }));
    },
  }),

  deliverFeedback: t.prismaField({
    type: 'LicenceApplication',
    description: '办结/反馈: the decision has reached the applicant; the application is completed.',
    args: {
      receiptNumber: t.arg.string({ required: true, description: '受理编号.' }),
      input: t.arg({ type: DeliverFeedbackInput, required: true }),
    },
    resolve: (query, _root, args, context) => {
      const input = parseInput(feedbackInput, args.input);
      return step(context, query, args.receiptNumber, 'deliverFeedback', input.officer, (_tx, _application, now) => ({
        status: 'COMPLETED',
        data: { completedAt: now, feedbackChannel: input.channel },
      }));
    },
  }),
}));

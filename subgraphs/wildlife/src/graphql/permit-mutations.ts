import { conflictError, notFoundError, parseInput, type Viewer } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import {
  authorityProblem,
  effectiveStatus,
  permitActionInput,
  permitApplication,
  permitDecision,
  permitNumber,
  permitNumberPrefix,
  permitUse,
  speciesProblems,
  transition,
  useRefusal,
  type PermitAction,
} from '../domain/permit-rules.js';
import { requiredApprovalAuthority } from '../domain/species.js';
import type { Prisma, WildlifePermit } from '../generated/prisma/client.js';
import type { WildlifePermitStatus } from '../generated/prisma/enums.js';
import { WildlifeApprovalAuthorityEnum, WildlifePermitDecisionEnum, WildlifePermitKindEnum } from './enums.js';
import { invalidInput } from './invalid-input.js';
import { checkJurisdiction, checkProvincialLevel } from './jurisdiction.js';

const ApplyForWildlifePermitInput = builder.inputType('ApplyForWildlifePermitInput', {
  description: '许可申请: an application for a permit over a quantity of one protected species.',
  fields: (t) => ({
    kind: t.field({ type: WildlifePermitKindEnum, required: true }),
    holderName: t.string({ required: true }),
    holderCreditCode: t.string({ required: true, description: '统一社会信用代码 (18 characters).' }),
    holderDivisionCode: t.id({ required: true, description: 'County-level GB/T 2260 code where the holder is registered.' }),
    speciesCode: t.id({ required: true }),
    quantity: t.int({ required: true }),
    unit: t.string({ required: true, description: 'Counting unit, e.g. 只, 头, 株.' }),
    purpose: t.string({ required: true }),
    validFrom: t.field({ type: 'DateTime', required: true }),
    validUntil: t.field({
      type: 'DateTime',
      required: true,
      description: 'At most 90 days after validFrom for transport, 365 for utilisation, 5 years for breeding.',
    }),
  }),
});

const DecideWildlifePermitInput = builder.inputType('DecideWildlifePermitInput', {
  fields: (t) => ({
    decision: t.field({ type: WildlifePermitDecisionEnum, required: true }),
    authority: t.field({
      type: WildlifeApprovalAuthorityEnum,
      required: true,
      description: 'The deciding authority; class-I species can only be approved by the national administration.',
    }),
    decidedBy: t.string({ required: true }),
    note: t.string({ description: 'Required to reject: the grounds of the refusal.' }),
  }),
});

const WildlifePermitActionInput = builder.inputType('WildlifePermitActionInput', {
  fields: (t) => ({
    actor: t.string({ required: true }),
    reason: t.string({ description: 'Required to suspend or revoke.' }),
  }),
});

const RecordWildlifePermitUseInput = builder.inputType('RecordWildlifePermitUseInput', {
  fields: (t) => ({
    quantity: t.int({ required: true }),
    usedAt: t.field({ type: 'DateTime', description: 'When the use took place (default: now).' }),
    recordedBy: t.string({ required: true }),
    note: t.string(),
  }),
});

type Transaction = Prisma.TransactionClient;

/** The permit to act on, which must exist and belong to a holder in the viewer's jurisdiction. */
async function findPermit(tx: Transaction, id: string | number, viewer: Viewer): Promise<WildlifePermit> {
  const permit = await tx.wildlifePermit.findUnique({ where: { id: String(id) } });
  if (!permit) throw notFoundError('WildlifePermit', String(id));
  checkJurisdiction(viewer, permit.holderDivisionCode);
  return permit;
}

/** The status `action` leads to, or CONFLICT when the lifecycle forbids it. */
function nextStatus(action: PermitAction, permit: WildlifePermit, now: Date): WildlifePermitStatus {
  const result = transition(action, permit, now);
  if ('refusal' in result) throw conflictError(result.refusal, { status: effectiveStatus(permit, now) });
  return result.to;
}

/** Moves a permit to a new status and records the change; a concurrent change makes it CONFLICT. */
async function move(
  tx: Transaction,
  permit: WildlifePermit,
  to: WildlifePermitStatus,
  event: { at: Date; actor: string; note: string | null },
  data: Prisma.WildlifePermitUpdateManyMutationInput = {},
): Promise<void> {
  const { count } = await tx.wildlifePermit.updateMany({ where: { id: permit.id, status: permit.status }, data: { ...data, status: to } });
  if (count === 0) throw conflictError(`Permit ${permit.id} was changed concurrently; read it again`);
  await tx.wildlifePermitEvent.create({ data: { permitId: permit.id, fromStatus: permit.status, toStatus: to, ...event } });
}

/** Numbers run per register and year; the unique index refuses a concurrent duplicate. */
async function nextPermitNumber(tx: Transaction, permit: WildlifePermit, now: Date): Promise<string> {
  const prefix = permitNumberPrefix(permit.decidingAuthority!, permit.holderDivisionCode, now);
  const issued = await tx.wildlifePermit.count({ where: { permitNumber: { startsWith: prefix } } });
  return permitNumber(prefix, issued + 1);
}

builder.mutationFields((t) => ({
  applyForWildlifePermit: t.prismaField({
    type: 'WildlifePermit',
    description: '申请野生动植物行政许可: files an application; the approving authority follows from the species.',
    args: { input: t.arg({ type: ApplyForWildlifePermitInput, required: true }) },
    resolve: (query, _root, { input }, context) => {
      const now = new Date();
      const application = parseInput(permitApplication(now), {
        ...input,
        holderDivisionCode: String(input.holderDivisionCode),
        speciesCode: String(input.speciesCode),
      });
      checkJurisdiction(context.viewer, application.holderDivisionCode);
      return context.db.$transaction(async (tx) => {
        const species = await tx.wildlifeSpecies.findUnique({ where: { code: application.speciesCode } });
        if (!species) throw invalidInput([{ field: 'input.speciesCode', message: `unknown species ${application.speciesCode}` }]);
        const problems = speciesProblems(application.kind, species);
        if (problems.length > 0) throw invalidInput(problems);
        const permit = await tx.wildlifePermit.create({
          data: {
            ...application,
            remainingQuantity: application.quantity,
            requiredAuthority: requiredApprovalAuthority(species.protectionClass)!,
            appliedAt: now,
            events: { create: { toStatus: 'APPLIED', at: now, actor: application.holderName } },
          },
        });
        return tx.wildlifePermit.findUniqueOrThrow({ ...query, where: { id: permit.id } });
      });
    },
  }),
  decideWildlifePermit: t.prismaField({
    type: 'WildlifePermit',
    description: '审批: approves or rejects an application. A rejection must give its grounds.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: DecideWildlifePermitInput, required: true }),
    },
    resolve: (query, _root, { id, input }, context) => {
      const decision = parseInput(permitDecision, { ...input, note: input.note ?? null });
      checkProvincialLevel(context.viewer);
      return context.db.$transaction(async (tx) => {
        const now = new Date();
        const permit = await findPermit(tx, id, context.viewer);
        const to = nextStatus(decision.decision, permit, now);
        const problem = decision.decision === 'APPROVE' ? authorityProblem(decision.authority, permit.requiredAuthority) : undefined;
        if (problem) throw invalidInput([{ field: 'input.authority', message: problem }]);
        await move(
          tx,
          permit,
          to,
          { at: now, actor: decision.decidedBy, note: decision.note },
          { decidingAuthority: decision.authority, decidedBy: decision.decidedBy, decidedAt: now, decisionNote: decision.note },
        );
        return tx.wildlifePermit.findUniqueOrThrow({ ...query, where: { id: permit.id } });
      });
    },
  }),
}));

const ACTIONS: readonly { field: string; action: Exclude<PermitAction, 'APPROVE' | 'REJECT'>; description: string }[] = [
  { field: 'issueWildlifePermit', action: 'ISSUE', description: '发证: issues an approved permit and assigns its number.' },
  { field: 'suspendWildlifePermit', action: 'SUSPEND', description: '暂停: suspends an issued permit; a reason is required.' },
  { field: 'reinstateWildlifePermit', action: 'REINSTATE', description: '恢复: reinstates a suspended permit that has not expired.' },
  { field: 'revokeWildlifePermit', action: 'REVOKE', description: '撤销: revokes an issued or suspended permit; a reason is required. Final.' },
];

for (const { field, action, description } of ACTIONS) {
  builder.mutationField(field, (t) =>
    t.prismaField({
      type: 'WildlifePermit',
      description,
      args: {
        id: t.arg.id({ required: true }),
        input: t.arg({ type: WildlifePermitActionInput, required: true }),
      },
      resolve: (query, _root, { id, input }, context) => {
        const { actor, reason } = parseInput(permitActionInput(action), { ...input, reason: input.reason ?? null });
        checkProvincialLevel(context.viewer);
        return context.db.$transaction(async (tx) => {
          const now = new Date();
          const permit = await findPermit(tx, id, context.viewer);
          const to = nextStatus(action, permit, now);
          const issue = action === 'ISSUE' ? { issuedAt: now, permitNumber: await nextPermitNumber(tx, permit, now) } : {};
          await move(tx, permit, to, { at: now, actor, note: reason }, issue);
          return tx.wildlifePermit.findUniqueOrThrow({ ...query, where: { id: permit.id } });
        });
      },
    }),
  );
}

builder.mutationField('recordWildlifePermitUse', (t) =>
  t.prismaField({
    type: 'WildlifePermit',
    description:
      '核销: records a use of part of an issued permit’s quantity. Refused for a permit that is not in force ' +
      '(expired, suspended, revoked…) or for more than the remaining quantity.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: RecordWildlifePermitUseInput, required: true }),
    },
    resolve: (query, _root, { id, input }, context) => {
      const now = new Date();
      const use = parseInput(permitUse(now), { ...input, usedAt: input.usedAt ?? now, note: input.note ?? null });
      return context.db.$transaction(async (tx) => {
        const permit = await findPermit(tx, id, context.viewer);
        const refusal = useRefusal(permit, use.quantity, use.usedAt, now);
        if (refusal) {
          throw conflictError(refusal, { status: effectiveStatus(permit, now), remainingQuantity: permit.remainingQuantity });
        }
        // Guarded decrement: two uses recorded at once can never take the remainder below zero.
        const { count } = await tx.wildlifePermit.updateMany({
          where: { id: permit.id, status: 'ISSUED', validUntil: { gt: now }, remainingQuantity: { gte: use.quantity } },
          data: { remainingQuantity: { decrement: use.quantity } },
        });
        if (count === 0) throw conflictError(`Permit ${permit.id} was changed concurrently; read it again`);
        await tx.wildlifePermitUse.create({ data: { ...use, permitId: permit.id } });
        return tx.wildlifePermit.findUniqueOrThrow({ ...query, where: { id: permit.id } });
      });
    },
  }),
);

import { AUDIT_CHANGE_KINDS, checkPageSize, userInputError, type AuditChange, type AuditOutcome } from '@forestry/subgraph-runtime';
import { builder, labelledEnum } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';

const ADMINISTRATORS = { authScopes: { admin: true } } as const;
// Connection plumbing is normally shared with the public contract; the audit log's is not.
const PRIVATE = { tag: [] as string[] };
const MAX_PAGE_SIZE = 200;

const AuditOutcomeEnum = labelledEnum('AuditOutcome', 'How a mutation request ended.', {
  ACCEPTED: '受理: ran without errors; its changes are committed',
  REJECTED: '拒绝: refused for a reason the caller can act on (invalid input, forbidden, not found, conflict…)',
  FAILED: '失败: failed unexpectedly (INTERNAL_SERVER_ERROR)',
} satisfies Record<AuditOutcome, string>);

const AuditChangeKindEnum = builder.enumType('AuditChangeKind', {
  values: AUDIT_CHANGE_KINDS,
});

const AuditActorRef = builder.objectRef<{
  subject: string | null;
  role: string;
  department: string | null;
  divisionCode: string | null;
}>('AuditActor');
AuditActorRef.implement({
  description: 'Who made the request, as the gateway authenticated them.',
  ...ADMINISTRATORS,
  fields: (t) => ({
    subject: t.exposeString('subject', { nullable: true, description: 'The user id; null for the public.' }),
    role: t.exposeString('role', { description: 'public, partner, staff, leader or admin.' }),
    department: t.exposeString('department', { nullable: true, description: 'The department of a staff member.' }),
    divisionCode: t.exposeString('divisionCode', { nullable: true, description: 'The jurisdiction; null for the whole platform.' }),
  }),
});

const AuditChangeRef = builder.objectRef<AuditChange>('AuditChange');
AuditChangeRef.implement({
  description: 'A row a committed transaction of the request wrote, before and after.',
  ...ADMINISTRATORS,
  fields: (t) => ({
    model: t.exposeString('model', { description: 'The department’s data model, e.g. FireIncident.' }),
    kind: t.expose('kind', { type: AuditChangeKindEnum }),
    recordId: t.exposeString('recordId', { nullable: true, description: 'The primary key; `/`-joined when composite.' }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'The row before; null when created.' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: 'The row after; null when deleted.' }),
  }),
});

builder.prismaObject('AuditEntry', {
  description: '审计记录: one mutation request to one department. Personal identity data is redacted.',
  ...ADMINISTRATORS,
  fields: (t) => ({
    id: t.exposeID('id'),
    department: t.exposeString('department', { description: 'The subgraph that served the request, or `gateway` for a mutation the gateway refused itself.' }),
    requestId: t.exposeString('requestId', { description: 'Correlates the entry with the logs of the request.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When the request arrived.' }),
    actor: t.field({
      type: AuditActorRef,
      resolve: (entry) => ({
        subject: entry.actorSubject,
        role: entry.actorRole,
        department: entry.actorDepartment,
        divisionCode: entry.actorDivisionCode,
      }),
    }),
    operationName: t.exposeString('operationName', { nullable: true }),
    fields: t.exposeStringList('fields', { description: 'The mutation fields requested.' }),
    variables: t.expose('variables', { type: 'JSON' }),
    arguments: t.expose('arguments', {
      type: 'JSON',
      description: 'Each mutation field’s arguments with the variables substituted, by response key.',
    }),
    outcome: t.expose('outcome', { type: AuditOutcomeEnum }),
    errorCodes: t.exposeStringList('errorCodes', { description: 'The `extensions.code` of every error returned.' }),
    changes: t.field({
      type: [AuditChangeRef],
      description: 'What the request’s committed transactions wrote; a refused or failed mutation commits nothing.',
      resolve: (entry) => entry.changes as unknown as AuditChange[],
    }),
    complete: t.exposeBoolean('complete', {
      description: 'False when the request ended before recording its outcome (its process stopped): the changes are still those committed.',
    }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  description: 'All given conditions must hold.',
  fields: (t) => ({
    department: t.string({ description: 'The subgraph that served the request, e.g. fire-prevention, or `gateway`.' }),
    actor: t.string({ description: 'The user id (subject) of the caller.' }),
    outcome: t.field({ type: AuditOutcomeEnum }),
    operationName: t.string(),
    from: t.field({ type: 'DateTime', description: 'Requests at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Requests before this instant.' }),
  }),
});

function whereOf(filter: typeof AuditLogFilter.$inferInput | null | undefined): Prisma.AuditEntryWhereInput {
  if (!filter) return {};
  if (filter.from && filter.to && filter.from > filter.to) {
    throw userInputError('`from` must not be after `to`', [{ field: 'filter.from', message: 'must not be after filter.to' }]);
  }
  return {
    ...(filter.department ? { department: filter.department } : {}),
    ...(filter.actor ? { actorSubject: filter.actor } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.operationName ? { operationName: filter.operationName } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

builder.queryField('auditLog', (t) =>
  t.prismaConnection(
    {
      type: 'AuditEntry',
      cursor: 'id',
      defaultSize: 20,
      maxSize: MAX_PAGE_SIZE,
      ...ADMINISTRATORS,
      description: '审计日志: every mutation attempt in every department, newest first. Administrators only.',
      args: { filter: t.arg({ type: AuditLogFilter }) },
      totalCount: (_root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.auditEntry.count({ where: whereOf(args.filter) });
      },
      resolve: (query, _root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.auditEntry.findMany({ ...query, where: whereOf(args.filter), orderBy: [{ at: 'desc' }, { id: 'desc' }] });
      },
    },
    PRIVATE,
    PRIVATE,
  ),
);


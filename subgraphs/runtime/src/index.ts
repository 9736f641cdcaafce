export {
  allOf,
  anyOf,
  grantedScopes,
  requirementOf,
  satisfies,
  scopesOf,
  type AuthScope,
  type AuthScopes,
  type Requirement,
} from './authorization/scopes.js';
export { requirementsStated, requirementStated } from './authorization/stated.js';
export { createSubgraphBuilder, FEDERATION, PUBLIC, type CommonScalars, type SubgraphBuilderTypes } from './builder.js';
export {
  AUDIT_CHANGE_KINDS,
  AUDIT_OUTCOMES,
  AUDIT_SUBGRAPH,
  auditDeliveryFromEnv,
  auditEntrySchema,
  auditErrorCodes,
  AuditRelay,
  mutationEntryHeader,
  type AuditChange,
  type AuditControl,
  type AuditDeliveryOptions,
  type AuditEntryRecord,
  type AuditOutbox,
  type AuditOutcome,
  type OutboxRow,
} from './audit/index.js';
export type { SubgraphContext } from './context.js';
export {
  databaseLocationFromEnv,
  environmentPrefix,
  openDatabase,
  type ClientOptions,
  type Database,
  type DatabaseLocation,
  type PrismaClientLike,
} from './database.js';
export {
  ErrorCode,
  checkPageSize,
  conflictError,
  forbiddenError,
  notFoundError,
  parseInput,
  userInputError,
  type FieldProblem,
} from './errors.js';
export { createRandom, type Random } from './random.js';
export {
  ANONYMOUS,
  CLEARANCES,
  divisionPrefix,
  internalTokenSecret,
  ROLES,
  signServiceCredential,
  signViewer,
  verifyServiceCredential,
  verifyViewer,
  VIEWER_HEADER,
  withinJurisdiction,
  type Clearance,
  type Role,
  type Viewer,
} from './identity.js';
export { groupedLoader, keyedLoader } from './loaders.js';
export { createLogger, type Logger } from './logger.js';
export { requestLogPlugin } from './request-log.js';
export { applyMigrations, type SqlSession } from './migrations.js';
export { REQUEST_ID_HEADER, runSubgraph, startSubgraph, type RunningSubgraph, type StartOptions } from './server.js';
export {
  annotateActiveSpan,
  graphqlTracingPlugin,
  injectTraceContext,
  SpanAttribute,
  startTracing,
  traceHttpRequests,
  tracingEnabled,
  type Tracing,
  type TracingOptions,
} from './tracing.js';
export { twoDecimals } from './validation.js';
export { defineSubgraph, type SubgraphDefinition } from './subgraph.js';
export { eventIterator, type EventBus, type SubgraphEvents } from './events/bus.js';
export { EVENT_SEQUENCE_EXTENSION, type SubscriptionConnectionParams } from './events/subscriptions.js';

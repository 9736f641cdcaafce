import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import type { z } from 'zod';

/** Machine-readable codes carried in `extensions.code` of every error the platform returns. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The subgraph lost its database for the moment (a dropped connection, a restarting server): retry. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  /** Dotted path of the offending input field, e.g. `input.area`. */
  field: string;
  message: string;
}

export function userInputError(message: string, problems: FieldProblem[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, problems } });
}

export function notFoundError(typeName: string, key: string): GraphQLError {
  return new GraphQLError(`${typeName} ${key} does not exist`, {
    extensions: { code: ErrorCode.NOT_FOUND, typeName, key },
  });
}

export function forbiddenError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function conflictError(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
}

/**
 * Validates a mutation input against its schema and returns the parsed value, or throws one
 * BAD_USER_INPUT error that lists every problem, so a client can fix them all at once.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  path = 'input',
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    field: [path, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw userInputError(
    `Invalid ${path}: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`,
    problems,
  );
}

const knownCodes = new Set<string>(Object.values(ErrorCode));
const passThroughCodes = new Set([
  ...knownCodes,
  // Apollo Server's own request-level codes.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** What the driver adapter said, whether Prisma wrapped its error or it surfaced as is. */
function driverCause(error: unknown): { kind?: string; code?: unknown; originalCode?: unknown } | undefined {
  const adapterError = (error as { meta?: { driverAdapterError?: unknown } } | null)?.meta?.driverAdapterError ?? error;
  return (adapterError as { cause?: { kind?: string; code?: unknown; originalCode?: unknown } } | null)?.cause;
}

/** The SQLSTATE PostgreSQL gave, if it gave one. */
function sqlState(error: unknown): string | undefined {
  const cause = driverCause(error);
  const state = cause?.originalCode ?? (cause?.kind === 'postgres' ? cause.code : undefined);
  return typeof state === 'string' ? state : undefined;
}

const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// Can't reach, timed out reaching, server closed the connection, no connection free in the pool.
const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
// node-postgres's own words for a connection that died under it.
const LOST_CONNECTION = /^(Connection terminated|Client has encountered a connection error|Client was closed)/;

/**
 * The database went away under the request: connection exceptions (SQLSTATE class 08), the
 * server shutting connections down (57P01–57P03), or the driver finding its socket dead.
 */
function databaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state && (state.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(state))) return true;
  const kind = driverCause(error)?.kind;
  if (kind && UNREACHABLE_KINDS.has(kind)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNREACHABLE_PRISMA_CODES.has(code)) return true;
  return error instanceof Error && LOST_CONNECTION.test(error.message);
}

/** Errors the caller caused, raised by Prisma, PostgreSQL or Pothos without a platform code, mapped to one. */
function fromDatabaseError(error: unknown): GraphQLError | undefined {
  // Pothos refuses malformed cursors and ids this way.
  if (error instanceof PothosValidationError) return userInputError(error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2002') return conflictError('A record with the same unique key already exists');
  if (code === 'P2025') return new GraphQLError('Record not found', { extensions: { code: ErrorCode.NOT_FOUND } });
  if (code === 'P2003') return userInputError('A referenced record does not exist');
  if (code === 'P2000') return userInputError('A value is too long for the field it goes into');
  if (code === 'P2020') return userInputError('A value is out of range for the field it goes into');
  // Class 22, data exception: a value the database cannot take (bad encoding, out of range, malformed).
  if (sqlState(error)?.startsWith('22')) return userInputError('A value cannot be stored as sent');
  return undefined;
}

/**
 * Apollo Server `formatError`: errors with a platform code pass through; database errors the
 * caller caused are translated; anything else is logged and replaced by a generic message so
 * that SQL, stack traces and host names never leave the process.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThroughCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const translated = fromDatabaseError(original);
  if (translated) {
    return { message: translated.message, path: formatted.path, extensions: translated.extensions };
  }
  log(original);
  if (databaseUnavailable(original)) {
    return {
      message: 'The database is unavailable for the moment; retry',
      path: formatted.path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Connection arguments past the maximum page size are refused rather than silently cut. */
export function checkPageSize(args: { first?: number | null; last?: number | null }, maxSize: number): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > maxSize)) {
      throw userInputError(`\`${name}\` must be between 0 and ${maxSize}`, [{ field: name, message: `must be between 0 and ${maxSize}` }]);
    }
  }
}

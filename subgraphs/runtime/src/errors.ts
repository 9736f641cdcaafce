import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { z } from 'zod';

/** Machine-readable codes carried in `extensions.code` of every error the platform returns. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
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

/** Prisma's known request errors that are the caller's fault, mapped to platform codes. */
function fromDatabaseError(error: unknown): GraphQLError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2002') return conflictError('A record with the same unique key already exists');
  if (code === 'P2025') return new GraphQLError('Record not found', { extensions: { code: ErrorCode.NOT_FOUND } });
  if (code === 'P2003') return userInputError('A referenced record does not exist');
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

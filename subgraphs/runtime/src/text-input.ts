import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode, type FieldProblem } from './errors.js';

/**
 * NUL, which PostgreSQL text cannot hold, and lone UTF-16 surrogates, which are not Unicode
 * (Prisma's engine cannot even read a query carrying one). With the `u` flag a well-formed
 * surrogate pair is one code point, so only a lone half matches `\p{Cs}`.
 */
const UNSTORABLE = /[\0\p{Cs}]/u;

export function textProblem(value: string): string | undefined {
  const match = UNSTORABLE.exec(value);
  if (!match) return undefined;
  return match[0] === '\0' ? 'contains a NUL character' : 'contains a lone UTF-16 surrogate, which is not Unicode text';
}

function collectProblems(value: unknown, path: string, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) problems.push({ field: path, message: problem });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectProblems(item, `${path}.${index}`, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectProblems(item, path ? `${path}.${key}` : key, problems);
  }
}

// Apollo Server reuses the parsed document of a query it has seen: its literals are checked once.
const literalProblemsByDocument = new WeakMap<DocumentNode, FieldProblem[]>();

function literalProblems(document: DocumentNode): FieldProblem[] {
  let problems = literalProblemsByDocument.get(document);
  if (!problems) {
    const found: FieldProblem[] = [];
    visit(document, {
      StringValue(node) {
        const problem = textProblem(node.value);
        if (problem) found.push({ field: `line ${node.loc?.startToken.line ?? '?'}`, message: problem });
      },
    });
    literalProblemsByDocument.set(document, (problems = found));
  }
  return problems;
}

/**
 * Refuses, before anything runs, text that no column can store as sent: otherwise the database
 * throws mid-request and the caller gets an internal error instead of a clear BAD_USER_INPUT.
 */
export function textInputPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problems: FieldProblem[] = [];
          collectProblems(request.variables ?? {}, '', problems);
          problems.push(...literalProblems(document));
          if (problems.length > 0) {
            // A refusal before execution: HTTP 400, which Apollo Server would otherwise answer as 500.
            throw new GraphQLError(`Invalid text: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, problems, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

import { apiSchemaOf, readSchemaFile } from '@forestry/schema';
import { requirementsStated, satisfies, type Viewer } from '@forestry/subgraph-runtime';
import { viewers } from '@forestry/subgraph-runtime/testing';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { startTestStack, type TestStack } from '../src/testing.js';
import { rootFieldRequests } from './schema-probes.js';

// The supergraph states each root field's rule with @authenticated or @requiresScopes; the
// subgraphs enforce the rules. Every query and mutation field, asked by every role through the
// gateway, must be refused exactly when the stated rule says so.

let stack: TestStack;
beforeAll(async () => {
  // Every field once per role: more requests from the public than its rate limit allows in a minute.
  stack = await startTestStack({ limits: { ...DEFAULT_LIMITS, publicRequestsPerMinute: 10_000 } });
});
afterAll(() => stack?.stop());

const supergraph = await readSchemaFile('supergraph');
const stated = requirementsStated(supergraph);
const requests = rootFieldRequests(buildSchema(apiSchemaOf(supergraph)));
const departments = ['forest-resources', 'wildlife', 'fire-prevention', 'pest-control', 'documents', 'public-disclosure'];

const roles: [string, Viewer | null][] = [
  ['the public', null],
  ['a partner', viewers.partner],
  ...departments.map((department): [string, Viewer] => [`${department} staff`, viewers.staff(department)]),
  ['a leader', viewers.leader],
  ['an administrator', viewers.admin],
];

type Error = { message: string; path?: (string | number)[]; extensions?: { code?: string } };

/** Refused for who the caller is: by a field rule, or (for the public) absent from the public contract. */
function refusedForCaller(field: string, errors: Error[] | undefined): boolean {
  return (errors ?? []).some(
    (error) =>
      (['UNAUTHENTICATED', 'FORBIDDEN'].includes(error.extensions?.code ?? '') && error.path?.length === 1 && error.path[0] === field) ||
      (error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && error.message.includes(`Cannot query field "${field}"`)),
  );
}

describe('the rules the supergraph states', () => {
  it('cover every query and mutation field', () => {
    expect(requests.length).toBeGreaterThan(100);
    expect(requests.filter((request) => !stated.has(`${request.operation === 'query' ? 'Query' : 'Mutation'}.${request.field}`))).toEqual([]);
  });

  it.each(roles)('are the rules the subgraphs enforce for %s', async (_role, viewer) => {
    const disagreements: string[] = [];
    for (const request of requests) {
      const coordinate = `${request.operation === 'query' ? 'Query' : 'Mutation'}.${request.field}`;
      const allowed = satisfies(viewer ?? viewers.anonymous, stated.get(coordinate)!);
      const { errors } = await stack.request(request.document, request.variables, viewer);
      const refused = refusedForCaller(request.field, errors);
      if (refused === allowed) {
        disagreements.push(`${coordinate}: stated ${allowed ? 'allowed' : 'refused'}, was ${refused ? 'refused' : 'allowed'} (${errors?.[0]?.message ?? 'no error'})`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

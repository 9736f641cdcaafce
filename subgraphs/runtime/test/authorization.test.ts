import { createRequire } from 'node:module';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  allOf,
  createSubgraphBuilder,
  FEDERATION,
  grantedScopes,
  PUBLIC,
  requirementsStated,
  satisfies,
  scopesOf,
  type Requirement,
  type SubgraphContext,
  type Viewer,
} from '../src/index.js';
import { viewers } from '../src/testing.js';

// The federation plugin builds with graphql's CommonJS copy; executing needs that same copy.
const { execute } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

type Context = SubgraphContext<unknown, unknown>;
const noModels = { datamodel: { models: {} } } as never;

/** A department's schema with one field per kind of rule the platform uses. */
function departmentSchema(): GraphQLSchema {
  const { builder } = createSubgraphBuilder<{}, Context>({ subgraph: 'fire-prevention', datamodel: noModels });
  const Ledger = builder.objectRef<{ id: string }>('Ledger').implement({
    authScopes: { admin: true },
    fields: (t) => ({ id: t.exposeID('id') }),
  });
  builder.queryFields((t) => ({
    notices: t.string({ ...PUBLIC, resolve: () => 'open' }),
    incidents: t.string({ resolve: () => 'members' }),
    reporterPhone: t.string({ authScopes: { internal: true }, resolve: () => 'internal' }),
    briefing: t.string({ authScopes: { $any: { leader: true, departmentStaff: true } }, resolve: () => 'briefing' }),
    ledger: t.field({ type: Ledger, authScopes: { $all: { internal: true, leader: true } }, resolve: () => ({ id: '1' }) }),
  }));
  builder.mutationField('reportFire', (t) => t.boolean({ resolve: () => true }));
  return builder.toSubGraphSchema(FEDERATION);
}

const roles: Record<string, Viewer> = {
  public: viewers.anonymous,
  partner: viewers.partner,
  'staff of the department': viewers.staff('fire-prevention'),
  'staff of another department': viewers.staff('wildlife'),
  leader: viewers.leader,
  admin: viewers.admin,
};

describe('the scopes of each role', () => {
  it('are granted by role, and staff scopes name the department', () => {
    expect(grantedScopes(viewers.anonymous)).toEqual([]);
    expect(grantedScopes(viewers.partner)).toEqual([]);
    expect(grantedScopes(viewers.staff('pest-control'))).toEqual(['internal', 'staff:pest-control']);
    expect(grantedScopes(viewers.leader)).toEqual(['internal', 'leader']);
    expect(grantedScopes(viewers.admin)).toEqual(['internal', 'leader', 'admin']);
  });

  it('decide what Pothos checks in a department', () => {
    const table = Object.fromEntries(Object.entries(roles).map(([role, viewer]) => [role, scopesOf(viewer, 'fire-prevention')]));
    expect(table).toEqual({
      public: { public: true, member: false, internal: false, leader: false, admin: false, departmentStaff: false },
      partner: { public: true, member: true, internal: false, leader: false, admin: false, departmentStaff: false },
      'staff of the department': { public: true, member: true, internal: true, leader: false, admin: false, departmentStaff: true },
      'staff of another department': { public: true, member: true, internal: true, leader: false, admin: false, departmentStaff: false },
      leader: { public: true, member: true, internal: true, leader: true, admin: false, departmentStaff: false },
      admin: { public: true, member: true, internal: true, leader: true, admin: true, departmentStaff: true },
    });
  });
});

describe('federation directives stating the rules', () => {
  const schema = departmentSchema();
  const rules = requirementsStated(printSubgraphSchema(schema));

  it('state each field’s rule, with the root type’s default, in the simplest form', () => {
    expect(Object.fromEntries([...rules].filter(([, rule]) => rule !== null))).toEqual({
      'Query.incidents': [[]],
      'Query.reporterPhone': [['internal']],
      'Query.briefing': [['leader'], ['staff:fire-prevention'], ['admin']],
      'Query.ledger': [['internal', 'leader']],
      Ledger: [['admin']],
      'Mutation.reportFire': [['staff:fire-prevention'], ['admin']],
    });
    expect(rules.get('Query.notices')).toBeNull();
  });

  it('link the two directives from the federation spec', () => {
    expect(printSubgraphSchema(schema)).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[[^\]]*"@authenticated"[^\]]*"@requiresScopes"/);
  });

  // What the directives state must be what the subgraph enforces, for every role and field.
  const fields = ['notices', 'incidents', 'reporterPhone', 'briefing', 'ledger { id }'];
  it.each(Object.entries(roles))('agree with what the subgraph lets %s do', async (_role, viewer) => {
    const context = { requestId: 'test', viewer, subgraph: 'fire-prevention', db: null, loaders: {}, events: null } as unknown as Context;
    for (const [operation, selection, rule] of [
      ...fields.map((field) => ['query', field, rules.get(`Query.${field.split(' ')[0]}`)] as const),
      ['mutation', 'reportFire', rules.get('Mutation.reportFire')] as const,
    ]) {
      const result = await execute({ schema, document: parse(`${operation} { ${selection} }`), contextValue: context });
      const nested = selection.startsWith('ledger') ? allOf(rule!, rules.get('Ledger')!) : rule!;
      expect({ selection, allowed: !result.errors }).toEqual({ selection, allowed: satisfies(viewer, nested) });
    }
  });
});

describe('rules that cannot be stated', () => {
  it('fail the build instead of leaving the supergraph silent', () => {
    const { builder } = createSubgraphBuilder<{}, Context>({ subgraph: 'wildlife', datamodel: noModels });
    builder.queryField('computed', (t) => t.string({ authScopes: () => true, resolve: () => 'x' }));
    expect(() => builder.toSubGraphSchema(FEDERATION)).toThrow(/Query\.computed: authScopes must be a static map/);
  });
});

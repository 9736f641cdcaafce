import { readdir, readFile } from 'node:fs/promises';
import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import {
  buildClientSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
  type IntrospectionQuery,
  type SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import firePrevention from '../src/index.js';

let subgraph: TestSubgraph<unknown>;
let schema: GraphQLSchema;
beforeAll(async () => {
  subgraph = await startTestSubgraph(firePrevention);
  // The schema as clients see it, built with this module's copy of graphql.
  schema = buildClientSchema((await subgraph.request<IntrospectionQuery>(getIntrospectionQuery())).data!);
});
afterAll(() => subgraph?.stop());

const examplesDir = new URL('../../../clients/examples/', import.meta.url);
const examples = (await readdir(examplesDir)).filter((file) => file.startsWith('fire-prevention-')).sort();

/**
 * The part of an operation this subgraph serves: fields of other subgraphs (a division's name,
 * a sub-compartment's species) are left to the gateway and removed here.
 */
function ownPart(operation: string): string {
  const typeInfo = new TypeInfo(schema);
  const pruned = visit(
    parse(operation),
    visitWithTypeInfo(typeInfo, {
      Field: () => (typeInfo.getFieldDef() ? undefined : null),
    }),
  );
  return print(
    visit(pruned, {
      SelectionSet: {
        leave: (node): SelectionSetNode =>
          node.selections.length > 0 ? node : { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] },
      },
    }),
  );
}

/** What the gateway's example test requires: no empty list anywhere, no null at the top. */
function expectRealData(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    expect(value.length, `${path} is an empty list`).toBeGreaterThan(0);
    value.forEach((item, index) => expectRealData(item, `${path}[${index}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) expectRealData(child, `${path}.${key}`);
  }
}

describe('clients/examples of fire prevention', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('%s finds data in the demo data', async (file) => {
    const operation = await readFile(new URL(file, examplesDir), 'utf8');
    const own = ownPart(operation);
    expect(own).not.toBe(print(parse(operation)));
    const { data, errors } = await subgraph.request(own);
    expect(errors).toBeUndefined();
    for (const [field, value] of Object.entries(data ?? {})) {
      expect(value, `${field} is null`).not.toBeNull();
      expectRealData(value, field);
    }
  });
});

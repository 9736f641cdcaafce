import { ROUTER_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';
import { Kind, parse, type ConstDirectiveNode, type FieldDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSchemaFile, supergraphForApolloGateway } from '../src/index.js';

const supergraph = await readSchemaFile('supergraph');
const document = parse(supergraph);

function directive(node: { directives?: readonly ConstDirectiveNode[] }, name: string): ConstDirectiveNode | undefined {
  return node.directives?.find((candidate) => candidate.name.value === name);
}

function stringArgument(node: ConstDirectiveNode | undefined, name: string): string | undefined {
  const value = node?.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING || value?.kind === Kind.ENUM ? value.value : undefined;
}

const isPublic = (field: FieldDefinitionNode) =>
  field.directives?.some((candidate) => candidate.name.value === 'tag' && stringArgument(candidate, 'name') === 'public') ?? false;
const isGuarded = (field: FieldDefinitionNode) => !!(directive(field, 'authenticated') ?? directive(field, 'requiresScopes'));

/** The subgraph names by their join__Graph value, e.g. FIRE_PREVENTION → fire-prevention. */
const subgraphNames = new Map(
  document.definitions.flatMap((definition) =>
    definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph'
      ? (definition.values ?? []).map((value) => [value.name.value, stringArgument(directive(value, 'join__graph'), 'name')!] as const)
      : [],
  ),
);

const rootFields = document.definitions.flatMap((definition) =>
  definition.kind === Kind.OBJECT_TYPE_DEFINITION && ['Query', 'Mutation', 'Subscription'].includes(definition.name.value)
    ? (definition.fields ?? []).map((field) => ({ coordinate: `${definition.name.value}.${field.name.value}`, field }))
    : [],
);

describe('the supergraph states who may use each root field', () => {
  it('has root fields to check', () => {
    expect(rootFields.length).toBeGreaterThan(100);
  });

  it('guards every root field that is not public, and no public one', () => {
    const unstated = rootFields.filter(({ field }) => isPublic(field) === isGuarded(field)).map(({ coordinate }) => coordinate);
    expect(unstated).toEqual([]);
  });

  it('names the owning department in every staff scope', () => {
    const mismatched = rootFields.flatMap(({ coordinate, field }) => {
      const scopes = directive(field, 'requiresScopes')?.arguments?.[0]?.value;
      if (!scopes || scopes.kind !== Kind.LIST) return [];
      const owner = subgraphNames.get(stringArgument(directive(field, 'join__field'), 'graph') ?? '');
      const staff = scopes.values.flatMap((alternative) =>
        alternative.kind === Kind.LIST ? alternative.values.flatMap((scope) => (scope.kind === Kind.STRING && scope.value.startsWith('staff:') ? [scope.value] : [])) : [],
      );
      return staff.filter((scope) => scope !== `staff:${owner}`).map((scope) => `${coordinate} (${owner}): ${scope}`);
    });
    expect(mismatched).toEqual([]);
  });

  it('is a supergraph Apollo Router accepts, with the security features it enforces', () => {
    expect(() => Supergraph.build(supergraph, { supportedFeatures: ROUTER_SUPPORTED_SUPERGRAPH_FEATURES })).not.toThrow();
  });

  it('is read by Apollo’s JavaScript gateway with those features as metadata only', () => {
    expect(() => Supergraph.build(supergraph)).toThrow(/is for: SECURITY but is unsupported/);
    const readable = Supergraph.build(supergraphForApolloGateway(supergraph));
    expect(readable.schema.toAST().definitions.length).toBeGreaterThan(0);
  });
});

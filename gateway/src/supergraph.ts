import { Kind, parse } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** The subgraphs a supergraph was composed from, with the URLs recorded at composition. */
export function subgraphsOf(supergraphSdl: string): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const argument = (name: string) => {
        const node = graph?.arguments?.find((arg) => arg.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : undefined;
      };
      const name = argument('name');
      const url = argument('url');
      if (name && url) endpoints.push({ name, url });
    }
  }
  return endpoints;
}

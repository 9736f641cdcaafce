import { Kind, parse, print, visit, type DirectiveNode } from 'graphql';

/**
 * The security features the supergraph states but the subgraphs enforce, field by field, with
 * the caller's scopes: `@authenticated` and `@requiresScopes` (see the runtime's authorization).
 */
const ENFORCED_BY_SUBGRAPHS = /^https:\/\/specs\.apollo\.dev\/(authenticated|requiresScopes)\/v\d+\.\d+$/;

function isEnforcedBySubgraphs(link: DirectiveNode): boolean {
  const url = link.arguments?.find((argument) => argument.name.value === 'url')?.value;
  return link.name.value === 'link' && url?.kind === Kind.STRING && ENFORCED_BY_SUBGRAPHS.test(url.value);
}

/**
 * The supergraph as Apollo's JavaScript gateway, query planner and API-schema tools read it.
 * They refuse any `for: SECURITY` feature they do not enforce themselves; these rules are enforced
 * by the subgraphs, so the gateway reads them as metadata: the same schema, with the links'
 * purpose dropped. Engines that do enforce them (Apollo Router) read the checked-in file as it is.
 */
export function supergraphForApolloGateway(supergraphSdl: string): string {
  const document = visit(parse(supergraphSdl), {
    Directive: (directive) =>
      isEnforcedBySubgraphs(directive)
        ? { ...directive, arguments: directive.arguments?.filter((argument) => argument.name.value !== 'for') }
        : undefined,
  });
  return print(document);
}

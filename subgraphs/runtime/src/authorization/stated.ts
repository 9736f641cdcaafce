import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import { ANYONE, AUTHENTICATED, type Requirement } from './scopes.js';

/** The rule `@authenticated` or `@requiresScopes` states on a schema element; `ANYONE` without either. */
export function requirementStated(directives: readonly ConstDirectiveNode[] | undefined): Requirement {
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') return AUTHENTICATED;
    if (directive.name.value !== 'requiresScopes') continue;
    const scopes = directive.arguments?.find((argument) => argument.name.value === 'scopes')?.value;
    if (scopes?.kind !== Kind.LIST) throw new Error('@requiresScopes needs a list of scope lists');
    return scopes.values.map((alternative) =>
      alternative.kind === Kind.LIST ? alternative.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : [])) : [],
    );
  }
  return ANYONE;
}

/**
 * Every rule a schema (a subgraph's or the supergraph) states, by type (`AuditEntry`) and by field
 * (`Query.auditLog`), as the requirements a caller's scopes are checked against.
 */
export function requirementsStated(sdl: string): Map<string, Requirement> {
  const rules = new Map<string, Requirement>();
  for (const definition of parse(sdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    rules.set(definition.name.value, requirementStated(definition.directives));
    for (const field of definition.fields ?? []) rules.set(`${definition.name.value}.${field.name.value}`, requirementStated(field.directives));
  }
  return rules;
}

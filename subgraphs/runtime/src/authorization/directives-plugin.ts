import SchemaBuilder, { BasePlugin, PothosSchemaError, type PothosOutputFieldConfig, type PothosTypeConfig, type SchemaTypes } from '@pothos/core';
import { allOf, ANYONE, anyOf, requirementOf, type AuthScope, type Requirement } from './scopes.js';

const pluginName = 'authorizationDirectives' as const;

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      authorizationDirectives: AuthorizationDirectivesPlugin<Types>;
    }
    interface SchemaBuilderOptions<Types extends SchemaTypes> {
      /** The subgraph the schema belongs to: department-bound scopes name it. */
      authorizationDirectives?: { subgraph: string };
    }
  }
}

function hasFields(typeConfig: PothosTypeConfig): boolean {
  return typeConfig.graphqlKind === 'Object' || typeConfig.graphqlKind === 'Interface';
}

function isRoot(typeConfig: PothosTypeConfig): boolean {
  return typeConfig.kind === 'Query' || typeConfig.kind === 'Mutation' || typeConfig.kind === 'Subscription';
}

/** The config with the federation option that states `requirement`; unchanged when anyone may pass. */
function withStated<Config extends { pothosOptions: object }>(config: Config, requirement: Requirement): Config {
  if (requirement === ANYONE) return config;
  const stated = requirement.some((alternative) => alternative.length === 0) ? { authenticated: true } : { requiresScopes: requirement };
  // The federation plugin reads these options; the unions of config kinds make the spread untyped.
  return { ...config, pothosOptions: { ...config.pothosOptions, ...stated } } as Config;
}

/** A type's scope rule: scope-auth adds `authScopes` to object and interface options only. */
function scopeRuleOf(options: object): unknown {
  return (options as { authScopes?: unknown }).authScopes;
}

type ScopeMap = Partial<Record<AuthScope | '$any' | '$all' | '$granted', unknown>>;

/**
 * Publishes the scope rules Pothos checks as Apollo Federation's `@authenticated` and
 * `@requiresScopes`, so that the supergraph states the rules the subgraphs enforce, for its
 * readers and for engines that enforce them at the edge. A root field states its root type's rule
 * (unless it skips it) with its own; any other type states its rule once, on the type. Listed
 * after the federation plugin, so that its hooks run first and federation prints what they state.
 */
export class AuthorizationDirectivesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (!hasFields(typeConfig) || isRoot(typeConfig)) return typeConfig;
    return withStated(typeConfig, this.#requirementOf(scopeRuleOf(typeConfig.pothosOptions), typeConfig.name));
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType);
    if (!hasFields(parent)) return fieldConfig;
    const field = fieldConfig.pothosOptions as { authScopes?: unknown; skipTypeScopes?: boolean; grantScopes?: unknown };
    const where = `${fieldConfig.parentType}.${fieldConfig.name}`;
    if (field.grantScopes) throw new PothosSchemaError(`${where}: grantScopes cannot be stated in the supergraph`);
    let requirement = this.#requirementOf(field.authScopes, where);
    if (isRoot(parent)) {
      if (!field.skipTypeScopes) requirement = allOf(requirement, this.#requirementOf(scopeRuleOf(parent.pothosOptions), parent.name));
    } else if (field.skipTypeScopes && scopeRuleOf(parent.pothosOptions) !== undefined) {
      throw new PothosSchemaError(`${where}: a field cannot skip the scopes its type states in the supergraph`);
    }
    return withStated(fieldConfig, requirement);
  }

  #requirementOf(authScopes: unknown, where: string): Requirement {
    if (authScopes === undefined) return ANYONE;
    if (typeof authScopes !== 'object' || authScopes === null) {
      // A computed rule cannot be stated in the schema; data-dependent checks belong in the resolver.
      throw new PothosSchemaError(`${where}: authScopes must be a static map of scopes so that the supergraph can state it`);
    }
    return this.#mapRequirement(authScopes as ScopeMap, 'any', where);
  }

  /** Pothos reads a scope map as any of its entries, `$all` as all of them, `$any` as any. */
  #mapRequirement(scopes: ScopeMap, combine: 'any' | 'all', where: string): Requirement {
    const parts = Object.entries(scopes).map(([scope, value]): Requirement => {
      if (scope === '$any' || scope === '$all') return this.#mapRequirement(value as ScopeMap, scope === '$any' ? 'any' : 'all', where);
      if (value !== true || scope === '$granted') throw new PothosSchemaError(`${where}: only scopes set to true can be stated in the supergraph (${scope})`);
      return requirementOf(scope as AuthScope, this.#subgraph());
    });
    if (parts.length === 0) throw new PothosSchemaError(`${where}: an empty scope map lets nobody in`);
    return parts.reduce(combine === 'any' ? anyOf : allOf);
  }

  #subgraph(): string {
    const subgraph = this.builder.options.authorizationDirectives?.subgraph;
    if (!subgraph) throw new PothosSchemaError('authorizationDirectives.subgraph must name the subgraph');
    return subgraph;
  }
}

SchemaBuilder.registerPlugin(pluginName, AuthorizationDirectivesPlugin);

export default pluginName;

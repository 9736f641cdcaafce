import type { Viewer } from '../identity.js';

/**
 * The scopes fields are guarded by. Query fields default to `member`, mutations to
 * `departmentStaff`; a field is open to the public only when it says so (see `PUBLIC`).
 */
export interface AuthScopes {
  /** Anyone, including anonymous callers. */
  public: boolean;
  /** Any authenticated caller: partners, staff, leaders, administrators. */
  member: boolean;
  /** People inside the forestry administration (not partners). */
  internal: boolean;
  leader: boolean;
  admin: boolean;
  /** Staff of the department this subgraph belongs to (and administrators): they write here. */
  departmentStaff: boolean;
}
export type AuthScope = keyof AuthScopes;

/**
 * What a rule asks of the caller, in the form of Apollo Federation's `@requiresScopes`: any one
 * of the alternatives, each a set of token scopes that must all be granted. `ANYONE` lets the
 * public in; an empty alternative asks for an authenticated caller and nothing more (`@authenticated`).
 */
export type Requirement = readonly (readonly string[])[] | typeof ANYONE;
export const ANYONE = null;
export const AUTHENTICATED: Requirement = [[]];

/** The token scope that makes a staff member one of a department's writers. */
export function staffScope(department: string): string {
  return `staff:${department}`;
}

/**
 * Each of the platform's scopes as the token scopes it stands for: the one vocabulary that both
 * the subgraphs' checks and the supergraph's `@authenticated`/`@requiresScopes` are made of.
 */
export function requirementOf(scope: AuthScope, subgraph: string): Requirement {
  switch (scope) {
    case 'public':
      return ANYONE;
    case 'member':
      return AUTHENTICATED;
    case 'internal':
      return [['internal']];
    case 'leader':
      return [['leader']];
    case 'admin':
      return [['admin']];
    case 'departmentStaff':
      return [[staffScope(subgraph)], ['admin']];
  }
}

/**
 * The token scopes a caller holds, by role: what a token's `scope` claim lists for engines that
 * enforce the supergraph's `@requiresScopes` themselves.
 */
export function grantedScopes(viewer: Pick<Viewer, 'role' | 'department'>): string[] {
  switch (viewer.role) {
    case 'public':
    case 'partner':
      return [];
    case 'staff':
      return viewer.department ? ['internal', staffScope(viewer.department)] : ['internal'];
    case 'leader':
      return ['internal', 'leader'];
    case 'admin':
      return ['internal', 'leader', 'admin'];
  }
}

export function satisfies(viewer: Viewer, requirement: Requirement): boolean {
  return satisfiedBy(viewer.role === 'public' ? null : new Set(grantedScopes(viewer)), requirement);
}

/** Whether the scopes of an authenticated caller (null for the public) meet a requirement. */
function satisfiedBy(granted: ReadonlySet<string> | null, requirement: Requirement): boolean {
  if (requirement === ANYONE) return true;
  return granted !== null && requirement.some((alternative) => alternative.every((scope) => granted.has(scope)));
}

/** Which of the platform's scopes a caller has in a subgraph: what Pothos checks each field against, once per request. */
export function scopesOf(viewer: Viewer, subgraph: string): AuthScopes {
  const granted = viewer.role === 'public' ? null : new Set(grantedScopes(viewer));
  const has = (scope: AuthScope) => satisfiedBy(granted, requirementOf(scope, subgraph));
  return {
    public: has('public'),
    member: has('member'),
    internal: has('internal'),
    leader: has('leader'),
    admin: has('admin'),
    departmentStaff: has('departmentStaff'),
  };
}

/** Either requirement (an `OR`), in its simplest form. */
export function anyOf(a: Requirement, b: Requirement): Requirement {
  if (a === ANYONE || b === ANYONE) return ANYONE;
  return simplest([...a, ...b]);
}

/** Both requirements (an `AND`), in its simplest form. */
export function allOf(a: Requirement, b: Requirement): Requirement {
  if (a === ANYONE) return b;
  if (b === ANYONE) return a;
  return simplest(a.flatMap((left) => b.map((right) => [...left, ...right])));
}

/** Drops repeated scopes and alternatives that ask for more than another one does, keeping the order given. */
function simplest(alternatives: readonly (readonly string[])[]): Requirement {
  const distinct = alternatives.map((alternative) => [...new Set(alternative)]);
  return distinct.filter(
    (alternative, index) =>
      !distinct.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.every((scope) => alternative.includes(scope)) &&
          // Of two equal alternatives, the first stays.
          (other.length < alternative.length || otherIndex < index),
      ),
  );
}

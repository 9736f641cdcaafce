/** Personal data (names, identity numbers, contacts) stays inside the forestry administration. */
export const INTERNAL_ONLY = { authScopes: { internal: true } } as const;

/**
 * Connection options that put a public list's edges and nodes into the public contract. (Its
 * `pageInfo`, `cursor` and `totalCount` fields are generated without options.)
 */
export const PUBLIC_CONNECTION = { edgesField: { tag: 'public' } } as const;
export const PUBLIC_EDGE = { nodeField: { tag: 'public' } } as const;

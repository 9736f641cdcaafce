import { useSyncExternalStore } from 'react';

/** The roles a development token can be issued for (the gateway's ROLES less the anonymous public). */
export const SIGN_IN_ROLES = ['leader', 'staff', 'partner', 'admin'] as const;
export type SignInRole = (typeof SIGN_IN_ROLES)[number];
export type Role = SignInRole | 'public';
const ROLES: readonly Role[] = [...SIGN_IN_ROLES, 'public'];

/** Departments are the subgraphs; staff tokens name one. */
export const DEPARTMENTS = [
  'forest-resources',
  'wildlife',
  'fire-prevention',
  'pest-control',
  'documents',
  'public-disclosure',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export interface DevelopmentTokenRequest {
  role: SignInRole;
  department?: Department;
  division?: string;
}

export interface SessionState {
  token: string | null;
  /** Why the last session ended, when it did not end by signing out. */
  expired: boolean;
}

// The token lives for the browser tab only, and is shared with the sandbox on the same origin.
const TOKEN_KEY = 'forestry.token';
const listeners = new Set<() => void>();
let state: SessionState = { token: sessionStorage.getItem(TOKEN_KEY), expired: false };

function update(next: SessionState): void {
  state = next;
  if (next.token) sessionStorage.setItem(TOKEN_KEY, next.token);
  else sessionStorage.removeItem(TOKEN_KEY);
  for (const listener of listeners) listener();
}

export const session = {
  signIn: (token: string) => update({ token: token.trim(), expired: false }),
  signOut: () => update({ token: null, expired: false }),
  /** The gateway refused the token (expired or revoked). */
  expire: () => update({ token: null, expired: true }),
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: (): SessionState => state,
};

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.current);
}

/** Asks the gateway's development sign-in for a token; only offered with the local development key. */
export async function requestDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.token;
}

/** The role a token claims, for display only: the gateway verifies it on every request. */
export function roleOf(token: string): Role | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const { role } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { role?: unknown };
    return ROLES.find((known) => known === role) ?? null;
  } catch {
    return null;
  }
}

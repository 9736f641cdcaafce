import { useSyncExternalStore } from 'react';

export const ROLES = ['leader', 'staff', 'partner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Departments are the subgraphs; staff tokens name one. */
export const DEPARTMENTS = ['forest-resources', 'wildlife', 'fire-prevention', 'pest-control', 'documents', 'public-disclosure'] as const;

// Shared with the dashboard on the same origin: signing in to one signs in to both, for this tab.
const TOKEN_KEY = 'forestry.token';
const listeners = new Set<() => void>();

export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  signIn(token: string) {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    listeners.forEach((listener) => listener());
  },
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token);
}

/** The gateway's development sign-in; only offered with the local development key. */
export async function requestDevelopmentToken(request: { role: Role; department?: string; division?: string }): Promise<string> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.token;
}

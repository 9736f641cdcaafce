import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ANONYMOUS, CLEARANCES, grantedScopes, ROLES, type Viewer } from '@forestry/subgraph-runtime';
import {
  createRemoteJWKSet,
  importSPKI,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
  type CryptoKey,
} from 'jose';
import { z } from 'zod';

export const TOKEN_ISSUER_DEFAULT = 'forestry-platform-dev';
export const TOKEN_AUDIENCE_DEFAULT = 'forestry-platform';

/** The claims a user token carries; everything else in the token is ignored. */
const userClaims = z
  .object({
    sub: z.string().min(1),
    role: z.enum(ROLES),
    department: z.string().min(1).optional(),
    division: z.string().regex(/^\d{6}$/).optional(),
    clearance: z.enum(CLEARANCES).optional(),
  })
  .refine((claims) => claims.role !== 'staff' || claims.department !== undefined, {
    message: 'staff tokens must name their department',
  });

export function viewerFromClaims(payload: JWTPayload): Viewer {
  const claims = userClaims.parse(payload);
  return {
    subject: claims.sub,
    role: claims.role,
    department: claims.role === 'staff' ? (claims.department ?? null) : null,
    divisionCode: claims.division ?? null,
    clearance: claims.clearance ?? 'none',
  };
}

/** True when no production identity provider is configured. */
export function usesDevelopmentKey(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.AUTH_JWKS_URL && !env.AUTH_PUBLIC_KEY;
}

/** The caller a verified token names, and when the token stops being valid (epoch ms). */
export interface VerifiedToken {
  viewer: Viewer;
  expiresAt?: number;
}

export interface TokenVerifier {
  verify(token: string): Promise<VerifiedToken>;
}

type VerificationKey = Uint8Array | CryptoKey | JWTVerifyGetKey;

/**
 * Verifies user tokens: against a JWKS URL (`AUTH_JWKS_URL`) or a PEM public key
 * (`AUTH_PUBLIC_KEY`, algorithm `AUTH_ALGORITHM`) in production, or against the local
 * development key that `npm run token` signs with.
 */
export async function createTokenVerifier(env: NodeJS.ProcessEnv = process.env): Promise<TokenVerifier> {
  let key: VerificationKey;
  let algorithms: string[];
  if (env.AUTH_JWKS_URL) {
    key = createRemoteJWKSet(new URL(env.AUTH_JWKS_URL));
    algorithms = [env.AUTH_ALGORITHM ?? 'RS256'];
  } else if (env.AUTH_PUBLIC_KEY) {
    algorithms = [env.AUTH_ALGORITHM ?? 'RS256'];
    key = await importSPKI(env.AUTH_PUBLIC_KEY, algorithms[0]!);
  } else {
    key = await developmentKey(env);
    algorithms = ['HS256'];
  }
  const options = {
    issuer: env.AUTH_ISSUER ?? TOKEN_ISSUER_DEFAULT,
    audience: env.AUTH_AUDIENCE ?? TOKEN_AUDIENCE_DEFAULT,
    algorithms,
  };
  return {
    async verify(token) {
      const { payload } = await jwtVerify(token, key as Uint8Array, options);
      return { viewer: viewerFromClaims(payload), ...(payload.exp ? { expiresAt: payload.exp * 1000 } : {}) };
    },
  };
}

/** What a refused token is told: why, without echoing the token. */
export function tokenProblem(error: Error): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_JWT_EXPIRED') return 'The token has expired';
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'The token signature is not valid';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return 'The token was not issued for this platform';
  return 'The token is not valid';
}

/** Who sent a request, by its `Authorization` value: the public without one, a problem when it does not verify. */
export type Caller = VerifiedToken | { problem: string };

/**
 * The one reading of `Authorization: Bearer <token>`, for HTTP requests, WebSocket connections
 * and event streams alike. A token that is present but invalid is refused, never treated as public.
 */
export async function callerOf(authorization: unknown, tokens: TokenVerifier): Promise<Caller> {
  if (authorization === undefined || authorization === null || authorization === '') return { viewer: ANONYMOUS };
  const [scheme, token] = typeof authorization === 'string' ? authorization.split(' ') : [];
  if (scheme?.toLowerCase() !== 'bearer' || !token) return { problem: 'Use "Authorization: Bearer <token>"' };
  try {
    return await tokens.verify(token);
  } catch (error) {
    return { problem: tokenProblem(error as Error) };
  }
}

function developmentKeyPath(env: NodeJS.ProcessEnv): string {
  return join(env.DATA_DIR ?? '.data', 'development-signing-key');
}

/** The development signing key, created on first use under DATA_DIR and never used when a production key is set. */
export async function developmentKey(env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  if (env.AUTH_DEV_SECRET) return new TextEncoder().encode(env.AUTH_DEV_SECRET);
  const path = developmentKeyPath(env);
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing) return new TextEncoder().encode(existing.trim());
  const secret = randomBytes(32).toString('hex');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, secret, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
  return new TextEncoder().encode((await readFile(path, 'utf8')).trim());
}

export interface TokenRequest {
  subject: string;
  role: Viewer['role'];
  department?: string;
  division?: string;
  clearance?: Viewer['clearance'];
  expiresIn?: string;
}

/** The token request that names a viewer, for those that sign tokens for viewers (tests, the bench). */
export function tokenRequestFor(viewer: Viewer, expiresIn?: string): TokenRequest {
  return {
    subject: viewer.subject ?? viewer.role,
    role: viewer.role,
    department: viewer.department ?? undefined,
    division: viewer.divisionCode ?? undefined,
    clearance: viewer.clearance,
    ...(expiresIn ? { expiresIn } : {}),
  };
}

/**
 * Signs a development token (`npm run token`). Besides the claims this gateway reads, it lists the
 * role's scopes in the standard `scope` claim, as engines that enforce the supergraph's
 * `@requiresScopes` at the edge expect; a production identity provider issues both the same way.
 */
export async function signDevelopmentToken(request: TokenRequest, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const scope = grantedScopes({ role: request.role, department: request.department ?? null }).join(' ') || undefined;
  const claims = { role: request.role, department: request.department, division: request.division, clearance: request.clearance, scope };
  userClaims.parse({ sub: request.subject, ...claims });
  return new SignJWT(Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined)))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject)
    .setIssuer(env.AUTH_ISSUER ?? TOKEN_ISSUER_DEFAULT)
    .setAudience(env.AUTH_AUDIENCE ?? TOKEN_AUDIENCE_DEFAULT)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(await developmentKey(env));
}

import { jwtVerify, SignJWT } from 'jose';

/** Who may do what, as the seeds describe it. */
export const ROLES = [
  /** 公众: anonymous; sees only what is disclosed. */
  'public',
  /** Partner agencies (省政府, 国家林业局, other provinces): read shared data through the API. */
  'partner',
  /** Department staff: write their own department's data, read what is shared. */
  'staff',
  /** Leaders (厅领导): read everything, write nothing. */
  'leader',
  /** Administrators: everything, including the audit log. */
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Security clearance for classified documents: 秘密 and 机密. 绝密 never goes online. */
export const CLEARANCES = ['none', 'secret', 'confidential'] as const;
export type Clearance = (typeof CLEARANCES)[number];

export interface Viewer {
  /** Stable user id from the identity provider; null for the anonymous public. */
  subject: string | null;
  role: Role;
  /** The department (subgraph name) a staff member belongs to. */
  department: string | null;
  /** Jurisdiction: a province, prefecture or county code; null means the whole platform. */
  divisionCode: string | null;
  clearance: Clearance;
}

export const ANONYMOUS: Viewer = { subject: null, role: 'public', department: null, divisionCode: null, clearance: 'none' };

/**
 * The code prefix a division's descendants share: 230000 → 23, 230700 → 2307, 230724 → 230724.
 * GB/T 2260 codes nest this way, which lets every department filter by jurisdiction without
 * knowing the division tree.
 */
export function divisionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether a division lies within the viewer's jurisdiction (county users see their county). */
export function withinJurisdiction(viewer: Viewer, divisionCode: string): boolean {
  return viewer.divisionCode === null || divisionCode.startsWith(divisionPrefix(viewer.divisionCode));
}

export const VIEWER_HEADER = 'x-forestry-viewer';
const INTERNAL_AUDIENCE = 'forestry-subgraphs';
const INTERNAL_ISSUER = 'forestry-gateway';

function secretKey(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('INTERNAL_TOKEN_SECRET must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

/**
 * The internal credential: the gateway vouches for the viewer it authenticated with a
 * short-lived token that only holders of the shared secret can mint, so a request that
 * bypasses the gateway cannot claim an identity.
 */
export async function signViewer(viewer: Viewer, secret: string): Promise<string> {
  return new SignJWT({ viewer })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(secretKey(secret));
}

export async function verifyViewer(token: string, secret: string): Promise<Viewer> {
  const { payload } = await jwtVerify(token, secretKey(secret), {
    issuer: INTERNAL_ISSUER,
    audience: INTERNAL_AUDIENCE,
    algorithms: ['HS256'],
  });
  return payload.viewer as Viewer;
}

const SERVICE_ISSUER = 'forestry-subgraph';
const SERVICE_AUDIENCE = 'forestry-internal';

/**
 * A subgraph's credential for another subgraph's internal endpoint (audit delivery): signed
 * with the same shared secret, but with its own issuer and audience, so that it is never
 * taken for a viewer credential, nor a viewer credential for it. The subject names the service.
 */
export async function signServiceCredential(service: string, secret: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(SERVICE_ISSUER)
    .setAudience(SERVICE_AUDIENCE)
    .setSubject(service)
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(secretKey(secret));
}

/** The name of the service that signed `token`; throws when it is not a valid service credential. */
export async function verifyServiceCredential(token: string, secret: string): Promise<string> {
  const { payload } = await jwtVerify(token, secretKey(secret), {
    issuer: SERVICE_ISSUER,
    audience: SERVICE_AUDIENCE,
    algorithms: ['HS256'],
    requiredClaims: ['sub'],
  });
  return payload.sub!;
}

/** The shared secret of gateway and subgraphs; required, because without it anyone could claim any identity. */
export function internalTokenSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.INTERNAL_TOKEN_SECRET;
  if (!secret) {
    throw new Error('INTERNAL_TOKEN_SECRET is not set: the gateway and subgraphs need the same secret (npm start sets one)');
  }
  return secret;
}

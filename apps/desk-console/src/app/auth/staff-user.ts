/** The roles the platform knows (libs/platform/auth principal.ts); others a provider adds grant nothing. */
export const STAFF_ROLES = ['operator', 'tenant-admin', 'union-admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is signed in, as the console shows and uses it (the API checks the token itself). */
export interface StaffUser {
  name: string;
  username: string;
  roles: StaffRole[];
  sites: string[];
  tenants: string[];
}

/** The payload of a JWT, unverified (the browser only reads its own token; the services verify it). */
export function jwtPayload(token: string | undefined): Record<string, unknown> {
  const part = token?.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

/** At a dotted claim path (`realm_access.roles`, the services' JWT_ROLES_CLAIM default). */
function claimAt(payload: Record<string, unknown>, claimPath: string): unknown {
  let value: unknown = payload;
  for (const key of claimPath.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The staff user of an access token (roles live there: Keycloak's `roles` scope puts them in the access token
 * only) and the ID token's profile claims.
 */
export function staffUserOf(
  accessToken: string | undefined,
  profile: Record<string, unknown> = {},
  rolesClaim = 'realm_access.roles',
): StaffUser {
  const access = jwtPayload(accessToken);
  const claims = { ...access, ...profile };
  const roles = [...new Set([...strings(claimAt(access, rolesClaim)), ...strings(access['roles'])])].filter(
    (r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r),
  );
  const username = strings(claims['preferred_username'])[0] ?? strings(claims['sub'])[0] ?? '';
  return {
    name: strings(claims['name'])[0] ?? username,
    username,
    roles,
    sites: strings(claims['sites']),
    tenants: strings(claims['tenants']),
  };
}

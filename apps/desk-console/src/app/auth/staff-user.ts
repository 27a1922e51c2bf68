/** The roles the platform knows (contract.md); any other role a provider adds grants nothing here either. */
export const STAFF_ROLES = ['operator', 'tenant-admin', 'union-admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is signed in, as the console needs it: the same claims the services authorise on. */
export interface StaffUser {
  name: string;
  username: string;
  roles: StaffRole[];
  /** Municipalities a tenant admin administers. */
  tenants: string[];
  /** Sites an operator staffs. */
  sites: string[];
}

const stringList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The payload of a JWT (the access token the services verify), or an empty object when it is not one. */
export function jwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      Array.from(atob(base64), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
    );
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The staff member of an access token's claims: Keycloak's realm roles (`realm_access.roles`, the services'
 * JWT_ROLES_CLAIM) filtered to the platform's, and the `tenants` and `sites` attributes. Display only: the
 * services verify the token and decide; the console merely does not offer what would be refused.
 */
export function staffUserOf(accessToken: string, profile: Record<string, unknown> = {}): StaffUser {
  const claims = { ...profile, ...jwtPayload(accessToken) };
  const realm = claims['realm_access'];
  const roles = stringList(realm && typeof realm === 'object' ? (realm as Record<string, unknown>)['roles'] : undefined)
    .concat(stringList(claims['roles']))
    .filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r));
  const username = String(claims['preferred_username'] ?? claims['sub'] ?? '');
  return {
    name: String(claims['name'] ?? username),
    username,
    roles: [...new Set(roles)],
    tenants: stringList(claims['tenants']),
    sites: stringList(claims['sites']),
  };
}

export const hasRole = (user: StaffUser | null, roles: readonly StaffRole[]) =>
  !!user && user.roles.some((r) => roles.includes(r));

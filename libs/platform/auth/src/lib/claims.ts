import { JWTPayload } from 'jose';
import { Principal, Role, ROLES } from './principal';

/** Where Keycloak puts realm roles; the other supported place is a flat `roles` claim. */
export const KEYCLOAK_ROLES_CLAIM = 'realm_access.roles';

const stringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;

/** The value at a dotted claim path (`realm_access.roles`), or undefined. */
export function claimAt(payload: JWTPayload, claimPath: string): unknown {
  let value: unknown = payload;
  for (const key of claimPath.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/**
 * The principal of verified claims, or undefined when they carry none of the platform's roles. Other roles a
 * provider adds (Keycloak's `offline_access`, another application's) grant nothing and are left out.
 */
export function principalOf(payload: JWTPayload, rolesClaim: string): Principal | undefined {
  const roles = (stringList(claimAt(payload, rolesClaim)) ?? []).filter(isRole);
  if (roles.length === 0) return undefined;
  return {
    sub: String(payload.sub),
    roles: [...new Set(roles)],
    tenants: stringList(payload['tenants']) ?? [],
    sites: stringList(payload['sites']) ?? [],
  };
}

/** The claims object that puts `roles` at the claim path (for development tokens). */
export function rolesAt(claimPath: string, roles: readonly Role[]): Record<string, unknown> {
  return claimPath
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), [...roles]) as Record<string, unknown>;
}

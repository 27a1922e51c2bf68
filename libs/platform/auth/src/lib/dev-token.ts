import { SignJWT } from 'jose';
import { KEYCLOAK_ROLES_CLAIM, rolesAt } from './claims';
import { Role } from './principal';

/**
 * Signs a development/test token (HS256), shaped like the provider's (roles at the roles claim path). Accepted
 * only by a service with DEV_TOKENS=true, never in production; real tokens come from the OpenID Connect provider.
 */
export async function signDevToken(
  secret: string,
  claims: { sub?: string; roles: Role[]; tenants?: string[]; sites?: string[] },
  ttlSeconds = 8 * 3600,
  { rolesClaim = KEYCLOAK_ROLES_CLAIM }: { rolesClaim?: string } = {},
): Promise<string> {
  return new SignJWT({
    ...rolesAt(rolesClaim, claims.roles),
    tenants: claims.tenants ?? [],
    sites: claims.sites ?? [],
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub ?? `dev-${claims.roles.join('+')}`)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}

import { SignJWT, UnsecuredJWT } from 'jose';
import { NotAuthenticatedError } from './auth-errors';
import { canAdministerTenant, canStaffSite } from './principal';
import { signDevToken, TokenVerifier } from './token-verifier';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const verifier = new TokenVerifier({ secret });

describe('TokenVerifier', () => {
  it('accepts a token it signed and reads the claims', async () => {
    const token = await signDevToken(secret, { roles: ['tenant-admin'], tenants: ['cesena'] });
    const p = await verifier.verify(token);
    expect(p.roles).toEqual(['tenant-admin']);
    expect(p.tenants).toEqual(['cesena']);
  });

  it.each([
    ['alg none', () => new UnsecuredJWT({ roles: ['union-admin'] }).setSubject('x').setExpirationTime('1h').encode()],
    ['forged signature', () => signDevToken('another-secret-that-is-long-enough-01234567', { roles: ['union-admin'] })],
    ['expired', () => signDevToken(secret, { roles: ['operator'] }, -10)],
    [
      'unknown role',
      () =>
        new SignJWT({ roles: ['root'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(secret)),
    ],
    ['garbage', async () => 'not.a.jwt'],
  ])('rejects %s', async (_name, make) => {
    await expect(verifier.verify(await make())).rejects.toBeInstanceOf(NotAuthenticatedError);
  });
});

describe('access rules', () => {
  const tenantAdmin = { sub: 'a', roles: ['tenant-admin'] as const, tenants: ['montiano'], sites: [] };
  const operator = { sub: 'o', roles: ['operator'] as const, tenants: [], sites: ['cesena-centro'] };
  const unionAdmin = { sub: 'u', roles: ['union-admin'] as const, tenants: [], sites: [] };

  it('lets a tenant admin administer only their municipality', () => {
    expect(canAdministerTenant(tenantAdmin, 'montiano')).toBe(true);
    expect(canAdministerTenant(tenantAdmin, 'cesena')).toBe(false);
    expect(canAdministerTenant(unionAdmin, 'cesena')).toBe(true);
    expect(canAdministerTenant(operator, 'cesena')).toBe(false);
  });

  it('lets an operator staff only their sites, whatever the municipality', () => {
    expect(canStaffSite(operator, 'cesena-centro', 'cesena')).toBe(true);
    expect(canStaffSite(operator, 'montiano-municipio', 'montiano')).toBe(false);
  });
});

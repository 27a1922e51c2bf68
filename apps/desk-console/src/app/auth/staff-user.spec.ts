import { describe, expect, it } from 'vitest';
import { hasRole, jwtPayload, staffUserOf } from './staff-user';

const encode = (o: object) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const token = (claims: object) => `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;

describe('staffUserOf', () => {
  it("reads Keycloak's realm roles, keeping only the platform's, and the sites and tenants attributes", () => {
    const user = staffUserOf(
      token({
        sub: 'u1',
        preferred_username: 'operator-cesena-centro',
        name: 'Giulia Bianchi',
        realm_access: { roles: ['offline_access', 'operator', 'uma_authorization'] },
        sites: ['cesena-centro'],
      }),
    );
    expect(user).toEqual({
      name: 'Giulia Bianchi',
      username: 'operator-cesena-centro',
      roles: ['operator'],
      tenants: [],
      sites: ['cesena-centro'],
    });
    expect(hasRole(user, ['operator'])).toBe(true);
    expect(hasRole(user, ['union-admin', 'tenant-admin'])).toBe(false);
  });

  it('accepts a flat roles claim and falls back to the username for the name', () => {
    const user = staffUserOf(token({ preferred_username: 'tenant-admin-montiano', roles: ['tenant-admin'], tenants: ['montiano'] }));
    expect(user.name).toBe('tenant-admin-montiano');
    expect(user.roles).toEqual(['tenant-admin']);
    expect(user.tenants).toEqual(['montiano']);
  });

  it('reads UTF-8 names, and a token that is not a JWT as no claims at all', () => {
    expect(staffUserOf(token({ name: 'Niccolò Verità', preferred_username: 'n' })).name).toBe('Niccolò Verità');
    expect(jwtPayload('not-a-token')).toEqual({});
    expect(staffUserOf('x.###.y').roles).toEqual([]);
    expect(hasRole(null, ['operator'])).toBe(false);
  });
});

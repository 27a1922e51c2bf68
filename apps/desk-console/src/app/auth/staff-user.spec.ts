import { describe, expect, it } from 'vitest';
import { jwtPayload, staffUserOf } from './staff-user';

const b64url = (o: unknown) =>
  btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (payload: unknown) => `${b64url({ alg: 'RS256' })}.${b64url(payload)}.sig`;

describe('staffUserOf', () => {
  it("reads Keycloak's realm roles, sites and tenants, leaving other roles out", () => {
    const user = staffUserOf(
      token({
        sub: 'u1',
        preferred_username: 'operator-cesena-centro',
        realm_access: { roles: ['operator', 'offline_access'] },
        sites: ['cesena-centro'],
      }),
      { name: 'Operatore Cesena' },
    );
    expect(user).toEqual({
      name: 'Operatore Cesena',
      username: 'operator-cesena-centro',
      roles: ['operator'],
      sites: ['cesena-centro'],
      tenants: [],
    });
  });

  it('takes a single-valued attribute as a list and falls back to the username for the name', () => {
    const user = staffUserOf(token({ preferred_username: 'ta', roles: ['tenant-admin'], tenants: 'cesena' }));
    expect(user).toMatchObject({ name: 'ta', roles: ['tenant-admin'], tenants: ['cesena'] });
  });

  it('reads nothing from a malformed token', () => {
    expect(jwtPayload('not-a-jwt')).toEqual({});
    expect(staffUserOf(undefined).roles).toEqual([]);
  });
});

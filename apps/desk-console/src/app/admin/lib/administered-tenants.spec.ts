import type { Tenant } from '@facile/web/api-client';
import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../auth';
import { administrable } from './administered-tenants';

const tenant = (id: string, kind = 'municipality') => ({ id, name: id, kind }) as unknown as Tenant;
const TENANTS = [tenant('unione', 'union'), tenant('cesena'), tenant('montiano')];
const user = (roles: StaffUser['roles'], tenants: string[]): StaffUser => ({
  name: 'x',
  username: 'x',
  roles,
  sites: [],
  tenants,
});

describe('administrable', () => {
  it("gives a tenant admin only the token's municipalities", () => {
    expect(administrable(TENANTS, user(['tenant-admin'], ['montiano'])).map((x) => x.id)).toEqual([
      'montiano',
    ]);
  });
  it('gives a Union admin every municipality, never the Union itself', () => {
    expect(administrable(TENANTS, user(['union-admin'], [])).map((x) => x.id)).toEqual([
      'cesena',
      'montiano',
    ]);
  });
  it('gives nobody signed in nothing', () => {
    expect(administrable(TENANTS, null)).toEqual([]);
  });
});

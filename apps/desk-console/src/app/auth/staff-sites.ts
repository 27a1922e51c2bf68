import type { SchedulingApi } from '@facile/web/api-client';
import type { StaffUser } from './staff-user';

export type Site = SchedulingApi.components['schemas']['Site'];

/** The sites this member of staff may work at (the same rule as the API's canStaffSite). */
export function staffableSites(user: StaffUser, sites: readonly Site[]): Site[] {
  return sites.filter(
    (s) =>
      user.roles.includes('union-admin') ||
      (user.roles.includes('operator') && user.sites.includes(s.id)) ||
      (user.roles.includes('tenant-admin') && user.tenants.includes(s.tenant)),
  );
}

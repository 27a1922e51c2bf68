import { canAdministerTenant, isUnionAdmin, Principal } from '@facile/platform/auth';

/** Operators work cases of every municipality at their desks; a tenant admin only their municipalities. */
export const canWorkCases = (p: Principal, tenant: string): boolean =>
  p.roles.includes('operator') || canAdministerTenant(p, tenant);

/** Which municipalities a principal may list or report on: 'all' or a list. */
export const visibleTenants = (p: Principal, forReports: boolean): readonly string[] | 'all' =>
  isUnionAdmin(p) || (!forReports && p.roles.includes('operator'))
    ? 'all'
    : p.roles.includes('tenant-admin')
      ? p.tenants
      : [];

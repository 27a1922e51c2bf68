export const ROLES = ['operator', 'tenant-admin', 'union-admin'] as const;
export type Role = (typeof ROLES)[number];

/** A member of staff, from a verified JWT. Citizens have no principal: they hold manage tokens. */
export interface Principal {
  readonly sub: string;
  readonly roles: readonly Role[];
  /** Municipalities a tenant admin administers. */
  readonly tenants: readonly string[];
  /** Sites an operator staffs. */
  readonly sites: readonly string[];
}

export const isUnionAdmin = (p: Principal): boolean => p.roles.includes('union-admin');

/** May this principal change this municipality's configuration? */
export const canAdministerTenant = (p: Principal, tenant: string): boolean =>
  isUnionAdmin(p) || (p.roles.includes('tenant-admin') && p.tenants.includes(tenant));

/** May this principal work the agenda and queue of this site (of the municipality siteTenant)? */
export const canStaffSite = (p: Principal, site: string, siteTenant: string): boolean =>
  isUnionAdmin(p) ||
  (p.roles.includes('operator') && p.sites.includes(site)) ||
  canAdministerTenant(p, siteTenant);

import { useTenants, type Tenant } from '@facile/web/api-client';
import { useAuth, type StaffUser } from '../../auth';

/**
 * The municipalities an administrator may change: a Union admin all of them, a tenant admin those of the
 * token's `tenants` claim. The API checks the same on every change (403 otherwise).
 */
export function administrable(tenants: readonly Tenant[], user: StaffUser | null): Tenant[] {
  const all = user?.roles.includes('union-admin') ?? false;
  return tenants.filter((x) => x.kind === 'municipality' && (all || (user?.tenants.includes(x.id) ?? false)));
}

export function useAdministeredTenants() {
  const tenants = useTenants();
  const { user } = useAuth();
  return { ...tenants, data: tenants.data ? administrable(tenants.data, user) : undefined };
}

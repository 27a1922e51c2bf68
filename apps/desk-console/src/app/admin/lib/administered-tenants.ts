import { useTenants, type Tenant } from '@facile/web/api-client';

/**
 * The municipalities the signed-in administrator may change. Until the console's sign-in is merged every
 * municipality is listed (the API still refuses another municipality's changes with 403); with it, a
 * tenant admin gets only the municipalities of the token and a Union admin all of them.
 */
export function administrable(tenants: readonly Tenant[], allowed?: readonly string[]): Tenant[] {
  return tenants.filter(
    (x) => x.kind === 'municipality' && (allowed === undefined || allowed.includes(x.id)),
  );
}

export function useAdministeredTenants() {
  const tenants = useTenants();
  return { ...tenants, data: tenants.data ? administrable(tenants.data) : undefined };
}

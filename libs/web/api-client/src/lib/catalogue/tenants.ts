import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../api-problem';
import { useApiClients } from '../api-clients-context';
import type { ApiClients } from '../clients';
import type { components } from '../../generated/catalogue';

/** `GET /catalogue/v1/tenants` as the served catalogue document declares it. */
export type TenantsAnswer = components['schemas']['TenantListResponse'];

/** The Union or one of its municipalities. */
export type Tenant = TenantsAnswer['items'][number];

export const tenantsQuery = (clients: ApiClients) =>
  queryOptions({
    queryKey: ['catalogue', 'tenants'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap<TenantsAnswer>(clients.catalogue.GET('/catalogue/v1/tenants', { signal }))).items,
    // configuration, not data: it changes when a municipality joins
    staleTime: 10 * 60_000,
  });

/** The Union and its municipalities, from the catalogue. */
export function useTenants() {
  return useQuery(tenantsQuery(useApiClients()));
}

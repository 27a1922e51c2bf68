import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MethodResponse } from 'openapi-fetch';
import { unwrap } from '../api-problem';
import { useApiClients } from '../api-clients-context';
import type { ApiClients } from '../clients';

type DeclaredAnswer = NonNullable<
  MethodResponse<ApiClients['catalogue'], 'get', '/catalogue/v1/tenants'>['data']
>;

/**
 * `GET /catalogue/v1/tenants` as the served catalogue document declares it. While a document declares no
 * schema for this answer (it was prose before issue 13), the shape that prose gives; once the document is
 * regenerated with its schema, the declared type takes over by itself.
 */
export type TenantsAnswer = [DeclaredAnswer] extends [never]
  ? {
      items: {
        id: string;
        name: string;
        kind: string;
        istatCode?: string;
        province?: string;
        population?: number;
      }[];
    }
  : DeclaredAnswer;

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

import { unwrap, type ApiClients, type CatalogueApi } from '@facile/web/api-client';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';

type Schemas = CatalogueApi.components['schemas'];
export type SearchPage = Schemas['ServiceSearchPageResponse'];
export type SearchHit = SearchPage['items'][number];
export type ServiceCard = Schemas['ServiceCardResponse'];
export type Offering = ServiceCard['offerings'][number];
export type TaxonomyEntry = Schemas['TaxonomyEntryResponse'];

/** What the Servizi page asks the catalogue (the URL's query, parsed). */
export interface SearchParams {
  q: string;
  category?: string;
  lifeEvent?: string;
  tenant?: string;
  bookable?: boolean;
  page: number;
}

export const PAGE_SIZE = 10;

/**
 * One page of the catalogue search. The query's AbortSignal goes to fetch: when the citizen types on, the
 * superseded search loses its observer and TanStack Query aborts it. The previous page stays on screen
 * while the next one loads.
 */
export const searchQuery = (clients: ApiClients, params: SearchParams) =>
  queryOptions({
    queryKey: ['catalogue', 'services', 'search', params] as const,
    queryFn: async ({ signal }) =>
      unwrap<SearchPage>(
        clients.catalogue.GET('/catalogue/v1/services', {
          params: {
            query: {
              ...(params.q.trim() ? { q: params.q.trim() } : {}),
              ...(params.category ? { category: params.category } : {}),
              ...(params.lifeEvent ? { lifeEvent: params.lifeEvent } : {}),
              ...(params.tenant ? { tenant: params.tenant } : {}),
              ...(params.bookable !== undefined ? { bookable: params.bookable } : {}),
              page: params.page,
              pageSize: PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const categoriesQuery = (clients: ApiClients) =>
  queryOptions({
    queryKey: ['catalogue', 'categories'] as const,
    queryFn: async ({ signal }) =>
      (
        await unwrap<Schemas['TaxonomyListResponse']>(
          clients.catalogue.GET('/catalogue/v1/categories', { signal }),
        )
      ).items,
    staleTime: 10 * 60_000,
  });

export const lifeEventsQuery = (clients: ApiClients) =>
  queryOptions({
    queryKey: ['catalogue', 'life-events'] as const,
    queryFn: async ({ signal }) =>
      (
        await unwrap<Schemas['TaxonomyListResponse']>(
          clients.catalogue.GET('/catalogue/v1/life-events', { signal }),
        )
      ).items,
    staleTime: 10 * 60_000,
  });

export const cardQuery = (clients: ApiClients, slug: string, tenant?: string) =>
  queryOptions({
    queryKey: ['catalogue', 'services', 'card', slug, tenant ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap<ServiceCard>(
        clients.catalogue.GET('/catalogue/v1/services/{slug}', {
          params: { path: { slug }, query: tenant ? { tenant } : {} },
          signal,
        }),
      ),
  });

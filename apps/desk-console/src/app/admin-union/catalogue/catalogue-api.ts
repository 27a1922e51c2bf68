import { unwrap, useApiClients, type CatalogueApi } from '@facile/web/api-client';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type ServiceCard = CatalogueApi.components['schemas']['ServiceCardResponse'];
export type CreateService = CatalogueApi.components['schemas']['CreateServiceDto'];
export type UpdateService = CatalogueApi.components['schemas']['UpdateServiceDto'];
export type SearchPage = CatalogueApi.components['schemas']['ServiceSearchPageResponse'];
export type TaxonomyEntry = CatalogueApi.components['schemas']['TaxonomyEntryResponse'];

const DRAFT_KEY = (slug: string) => `union.catalogue.draft.${slug}`;

/**
 * The API shows no draft (GET answers 404 until publication): the card a draft's creation or last change
 * answered is kept in this browser tab, so its page can be reopened and completed.
 */
export const drafts = {
  get(slug: string): ServiceCard | undefined {
    const raw = sessionStorage.getItem(DRAFT_KEY(slug));
    return raw ? (JSON.parse(raw) as ServiceCard) : undefined;
  },
  keep(card: ServiceCard) {
    if (card.status === 'draft') sessionStorage.setItem(DRAFT_KEY(card.slug), JSON.stringify(card));
    else sessionStorage.removeItem(DRAFT_KEY(card.slug));
  },
};

export function useServiceSearch(q: string, page: number) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['catalogue', 'services', 'search', { q, page }] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.catalogue.GET('/catalogue/v1/services', {
          params: { query: { q: q || undefined, page, pageSize: 20 } },
          signal,
        }),
      ),
  });
}

export const cardQuery = (api: ReturnType<typeof useApiClients>, slug: string) =>
  queryOptions({
    queryKey: ['catalogue', 'services', 'card', slug] as const,
    queryFn: async ({ signal }): Promise<ServiceCard> => {
      try {
        return await unwrap(
          api.catalogue.GET('/catalogue/v1/services/{slug}', { params: { path: { slug } }, signal }),
        );
      } catch (e) {
        const draft = drafts.get(slug);
        if (draft && typeof e === 'object' && e !== null && 'status' in e && e.status === 404) return draft;
        throw e;
      }
    },
  });

export function useCard(slug: string) {
  return useQuery(cardQuery(useApiClients(), slug));
}

export function useTaxonomies() {
  const api = useApiClients();
  const categories = useQuery({
    queryKey: ['catalogue', 'categories'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(api.catalogue.GET('/catalogue/v1/categories', { signal }))).items,
    staleTime: 10 * 60_000,
  });
  const lifeEvents = useQuery({
    queryKey: ['catalogue', 'life-events'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(api.catalogue.GET('/catalogue/v1/life-events', { signal }))).items,
    staleTime: 10 * 60_000,
  });
  return { categories, lifeEvents };
}

/** Every change answers the whole card: it becomes the cached card (and the kept draft). */
function useCardChange<V>(run: (api: ReturnType<typeof useApiClients>, v: V) => Promise<ServiceCard>) {
  const api = useApiClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => run(api, v),
    onSuccess: (card) => {
      drafts.keep(card);
      queryClient.setQueryData(cardQuery(api, card.slug).queryKey, card);
      void queryClient.invalidateQueries({ queryKey: ['catalogue', 'services', 'search'] });
    },
  });
}

export const useCreateCard = () =>
  useCardChange((api, body: CreateService) => unwrap(api.catalogue.POST('/catalogue/v1/services', { body })));

export const useUpdateCard = (slug: string) =>
  useCardChange((api, body: UpdateService) =>
    unwrap(api.catalogue.PATCH('/catalogue/v1/services/{slug}', { params: { path: { slug } }, body })),
  );

export const useLifecycle = (slug: string) =>
  useCardChange((api, action: 'publish' | 'retire') =>
    action === 'publish'
      ? unwrap(api.catalogue.POST('/catalogue/v1/services/{slug}/publish', { params: { path: { slug } } }))
      : unwrap(api.catalogue.POST('/catalogue/v1/services/{slug}/retire', { params: { path: { slug } } })),
  );

/** The CPSV-AP (JSON-LD) export of a published or retired card, on the API's origin. */
export const cpsvUrl = (slug: string) =>
  `${(import.meta.env.VITE_API_BASE_URL || '').replace(/\/+$/, '')}/catalogue/v1/services/${encodeURIComponent(slug)}.jsonld`;

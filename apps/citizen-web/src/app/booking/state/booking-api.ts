import { unwrap, useApiClients, type CatalogueApi, type SchedulingApi } from '@facile/web/api-client';
import { useQuery } from '@tanstack/react-query';

export type Site = SchedulingApi.components['schemas']['Site'];
export type Slot = SchedulingApi.components['schemas']['Slot'];
export type Hold = SchedulingApi.components['schemas']['Hold'];
export type Booking = SchedulingApi.components['schemas']['Booking'];
export type CitizenInput = SchedulingApi.components['schemas']['CitizenDto'];
export type ServiceHit = CatalogueApi.components['schemas']['ServiceSearchHitResponse'];
export type ServiceCard = CatalogueApi.components['schemas']['ServiceCardResponse'];

/** Bookable procedures a municipality offers (the first page is plenty: a municipality offers a few dozen). */
export function useBookableServices(tenant: string | undefined) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['catalogue', 'services', 'bookable', tenant],
    enabled: Boolean(tenant),
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.catalogue.GET('/catalogue/v1/services', {
            params: { query: { tenant, bookable: true, pageSize: 100 } },
            signal,
          }),
        )
      ).items,
  });
}

/** The card of a procedure for a municipality ("Cosa serve", title). */
export function useServiceCard(slug: string | undefined, tenant: string | undefined) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['catalogue', 'service', slug, tenant],
    enabled: Boolean(slug && tenant),
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) =>
      unwrap(
        api.catalogue.GET('/catalogue/v1/services/{slug}', {
          params: { path: { slug: slug ?? '' }, query: { tenant } },
          signal,
        }),
      ),
  });
}

/** Every site of the network that serves this procedure for this municipality. */
export function useSites(tenant: string | undefined, service: string | undefined) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'sites', tenant, service],
    enabled: Boolean(tenant && service),
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.scheduling.GET('/scheduling/v1/sites', { params: { query: { tenant, service } }, signal }),
        )
      ).items,
  });
}

/** Free slots of the visit's procedures at one site, between two dates (inclusive, YYYY-MM-DD). */
export function useAvailability(
  args: { tenant?: string; services: string[]; site?: string; from: string; to: string },
  enabled = true,
) {
  const api = useApiClients();
  const service = args.services.join(',');
  return useQuery({
    queryKey: ['scheduling', 'availability', args.tenant, service, args.site, args.from, args.to],
    enabled: enabled && Boolean(args.tenant && service && args.site),
    staleTime: 15_000,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.scheduling.GET('/scheduling/v1/availability', {
            params: {
              query: { tenant: args.tenant ?? '', service, site: args.site, from: args.from, to: args.to },
            },
            signal,
          }),
        )
      ).slots,
  });
}

import { unwrap, useApiClients, type CatalogueApi, type SchedulingApi } from '@facile/web/api-client';
import { useMutation, useQuery } from '@tanstack/react-query';

type Schemas = SchedulingApi.components['schemas'];
export type WalkInService = Schemas['WalkInService'];
export type Ticket = Schemas['Ticket'];
export type TicketStatus = Schemas['TicketStatus'];
type Hit = CatalogueApi.components['schemas']['ServiceSearchHitResponse'];

/** The walk-in procedures the site serves, and for which municipalities. */
export function useWalkInServices(siteId: string) {
  const clients = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'walk-in-services', siteId],
    queryFn: async ({ signal }) =>
      unwrap(
        clients.scheduling.GET('/scheduling/v1/sites/{id}/queue/services', {
          params: { path: { id: siteId } },
          signal,
        }),
      ),
    refetchInterval: 5 * 60_000,
  });
}

/** Category of every card (slug → category id), the catalogue's pages of 100 read once. */
export function useServiceCategories() {
  const clients = useApiClients();
  return useQuery({
    queryKey: ['catalogue', 'service-categories'],
    queryFn: async ({ signal }) => {
      const bySlug = new Map<string, string>();
      for (let page = 1; page <= 10; page++) {
        const answer = await unwrap(
          clients.catalogue.GET('/catalogue/v1/services', {
            params: { query: { page, pageSize: 100 } },
            signal,
          }),
        );
        answer.items.forEach((hit: Hit) => bySlug.set(hit.slug, hit.category));
        if (page * answer.pageSize >= answer.total) break;
      }
      return bySlug;
    },
    staleTime: 30 * 60_000,
  });
}

export function useCategories() {
  const clients = useApiClients();
  return useQuery({
    queryKey: ['catalogue', 'categories'],
    queryFn: async ({ signal }) =>
      (await unwrap(clients.catalogue.GET('/catalogue/v1/categories', { signal }))).items,
    staleTime: 30 * 60_000,
  });
}

/** Takes the ticket, then reads how many are ahead of it. */
export function useTakeTicket(siteId: string) {
  const clients = useApiClients();
  return useMutation({
    mutationFn: async (body: { service: string; tenant: string }) => {
      const ticket = await unwrap<Ticket>(
        clients.scheduling.POST('/scheduling/v1/sites/{id}/tickets', {
          params: { path: { id: siteId } },
          body,
        }),
      );
      const status = await unwrap<TicketStatus>(
        clients.scheduling.GET('/scheduling/v1/sites/{id}/tickets/{number}', {
          params: {
            path: { id: siteId, number: ticket.number },
            header: { 'X-Manage-Token': ticket.manageToken },
          },
        }),
      ).catch(() => undefined);
      return { ticket, ahead: status?.ahead, estimatedWaitMinutes: status?.estimatedWaitMinutes };
    },
  });
}

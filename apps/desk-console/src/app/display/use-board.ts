import { unwrap, useApiClients, type SchedulingApi } from '@facile/web/api-client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

export type QueueBoard = SchedulingApi.components['schemas']['QueueBoard'];

const boardKey = (siteId: string) => ['scheduling', 'queue-board', siteId] as const;

/** The site's public board: server-sent events when they flow, polling every 10 s as a fallback. */
export function useBoard(siteId: string) {
  const clients = useApiClients();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    // EventSource reconnects by itself after a dropped connection
    const source = new EventSource(`/scheduling/v1/sites/${encodeURIComponent(siteId)}/queue/stream`);
    source.addEventListener('board', (event) => {
      try {
        queryClient.setQueryData(
          boardKey(siteId),
          JSON.parse((event as MessageEvent<string>).data) as QueueBoard,
        );
      } catch {
        // a malformed event: the polling fallback keeps the board right
      }
    });
    return () => source.close();
  }, [siteId, queryClient]);
  return useQuery({
    queryKey: boardKey(siteId),
    queryFn: async ({ signal }) =>
      unwrap<QueueBoard>(
        clients.scheduling.GET('/scheduling/v1/sites/{id}/queue', {
          params: { path: { id: siteId } },
          signal,
        }),
      ),
    refetchInterval: 10_000,
  });
}

export type Site = SchedulingApi.components['schemas']['Site'];

/** The site's public record (its name for the display heading). */
export function useSite(siteId: string) {
  const clients = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'site', siteId],
    queryFn: async ({ signal }) =>
      unwrap<Site>(
        clients.scheduling.GET('/scheduling/v1/sites/{id}', { params: { path: { id: siteId } }, signal }),
      ),
    staleTime: 10 * 60_000,
  });
}

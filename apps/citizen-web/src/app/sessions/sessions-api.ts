import { unwrap, useApiClients, type SchedulingApi } from '@facile/web/api-client';
import { useQuery } from '@tanstack/react-query';

export type Session = SchedulingApi.components['schemas']['Session'];
export type Registration = SchedulingApi.components['schemas']['Registration'];
export type Site = SchedulingApi.components['schemas']['Site'];

export const sessionsPath = '/incontri';
export const sessionPath = (id: string) => `/incontri/${encodeURIComponent(id)}`;
/** The manage page of a registration; its token goes in the fragment (see link-token.ts). */
export const registrationPath = (id: string, code: string) =>
  `/incontri/${encodeURIComponent(id)}/iscrizione/${encodeURIComponent(code)}`;

/** Every site of the network, by id (their names for the lists). */
export function useSites() {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'sites'],
    queryFn: async ({ signal }) =>
      (await unwrap(api.scheduling.GET('/scheduling/v1/sites', { signal }))).items,
    staleTime: 10 * 60_000,
  });
}

export interface SessionFilters {
  site?: string;
  from: string;
  to: string;
}

export function useSessions(filters: SessionFilters) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'sessions', filters],
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.scheduling.GET('/scheduling/v1/sessions', {
            params: { query: { site: filters.site || undefined, from: filters.from, to: filters.to } },
            signal,
          }),
        )
      ).items,
  });
}

export function useSession(id: string) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'session', id],
    queryFn: async ({ signal }) =>
      unwrap(api.scheduling.GET('/scheduling/v1/sessions/{id}', { params: { path: { id } }, signal })),
  });
}

/** The local date (Europe/Rome) of an instant, as YYYY-MM-DD. */
export function romeDay(at: Date | string | number = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(at));
}

/** YYYY-MM-DD `days` after another. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

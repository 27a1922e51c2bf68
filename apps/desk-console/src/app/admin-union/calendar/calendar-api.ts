import { unwrap, useApiClients, type SchedulingApi } from '@facile/web/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { monthBounds } from './month';

export type Occurrence = SchedulingApi.components['schemas']['RotationOccurrence'];
export type CreateRotation = SchedulingApi.components['schemas']['CreateRotationDto'];
export type Rotation = SchedulingApi.components['schemas']['Rotation'];
export type Session = SchedulingApi.components['schemas']['Session'];
export type CreateSession = SchedulingApi.components['schemas']['CreateSessionDto'];
export type Site = SchedulingApi.components['schemas']['Site'];

export function useSites() {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'sites'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(api.scheduling.GET('/scheduling/v1/sites', { signal }))).items,
    staleTime: 10 * 60_000,
  });
}

/** The rotations' occurrences of a month, expanded from their RRULEs by the API. */
export function useOccurrences(month: string) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'rotations', month] as const,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.scheduling.GET('/scheduling/v1/rotations', { params: { query: monthBounds(month) }, signal }),
        )
      ).occurrences,
  });
}

export function useSessions(month: string) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'sessions', month] as const,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.scheduling.GET('/scheduling/v1/sessions', { params: { query: monthBounds(month) }, signal }),
        )
      ).items,
  });
}

export function useCreateRotation() {
  const api = useApiClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRotation) => unwrap(api.scheduling.POST('/scheduling/v1/rotations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scheduling', 'rotations'] }),
  });
}

export function useCreateSession() {
  const api = useApiClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSession) => unwrap(api.scheduling.POST('/scheduling/v1/sessions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scheduling', 'sessions'] }),
  });
}

/** One rotation with its RRULE (to change it). */
export function useRotation(id: string | null) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'rotation', id] as const,
    enabled: id !== null,
    queryFn: async ({ signal }) =>
      unwrap(
        api.scheduling.GET('/scheduling/v1/rotations/{id}', { params: { path: { id: id ?? '' } }, signal }),
      ),
  });
}

export function useChangeRotation() {
  const api = useApiClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CreateRotation) =>
      unwrap(api.scheduling.PUT('/scheduling/v1/rotations/{id}', { params: { path: { id } }, body })),
    onSuccess: (rotation) => {
      queryClient.setQueryData(['scheduling', 'rotation', rotation.id], rotation);
      return queryClient.invalidateQueries({ queryKey: ['scheduling', 'rotations'] });
    },
  });
}

/** Who holds a seat and who waits at a session (admins only). */
export function useSessionRegistrations(id: string | null) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'session-registrations', id] as const,
    enabled: id !== null,
    queryFn: async ({ signal }) =>
      unwrap(
        api.scheduling.GET('/scheduling/v1/sessions/{id}/registrations', {
          params: { path: { id: id ?? '' } },
          signal,
        }),
      ),
  });
}

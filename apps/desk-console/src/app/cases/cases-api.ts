import { unwrap, useApiClients } from '@facile/web/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Case, CaseStatus, TransitionBody } from './case-model';

/** Cases opened online or moved at another desk show up within this. */
export const CASES_POLL_MS = 30_000;

export interface CaseFilters {
  status?: CaseStatus;
  topic?: string;
  tenant?: string;
}

export function useCases(filters: CaseFilters) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['assistance', 'cases', 'list', filters] as const,
    queryFn: ({ signal }) =>
      unwrap(api.assistance.GET('/assistance/v1/cases', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
    refetchInterval: CASES_POLL_MS,
  });
}

export function useCase(code: string) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['assistance', 'cases', 'one', code] as const,
    queryFn: ({ signal }) =>
      unwrap(api.assistance.GET('/assistance/v1/cases/{code}', { params: { path: { code } }, signal })),
  });
}

/** Moves the case; the answer is the case after the move (it replaces the cached one); a 409 reloads it. */
export function useTransition(code: string) {
  const api = useApiClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) =>
      unwrap(
        api.assistance.POST('/assistance/v1/cases/{code}/transitions', {
          params: { path: { code } },
          body,
        }),
      ),
    onSuccess: (updated: Case) => queryClient.setQueryData(['assistance', 'cases', 'one', code], updated),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['assistance', 'cases'] }),
  });
}

import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api-problem';

/**
 * The server-state cache of a front end: failed reads are retried twice only when trying again can help
 * (no answer, 429, 5xx), never on a 4xx refusal, so an error screen with its retry button comes quickly.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failures, error) => failures < 2 && (!(error instanceof ApiProblem) || error.isTransient),
        refetchOnWindowFocus: false,
      },
    },
  });
}

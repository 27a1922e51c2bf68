import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../api-problem';
import { useApiClients } from '../api-clients-context';

/** Every assistance topic (SPID, CIE, digital domicile, …) with its titles, for the staff's lists and reports. */
export function useAssistanceTopics() {
  const api = useApiClients();
  return useQuery({
    queryKey: ['assistance', 'topics'] as const,
    queryFn: ({ signal }) => unwrap(api.assistance.GET('/assistance/v1/topics', { signal })),
    // reference data shipped with the service: it changes with a release
    staleTime: 10 * 60_000,
  });
}

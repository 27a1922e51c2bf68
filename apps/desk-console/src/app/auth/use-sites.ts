import { unwrap, useApiClients } from '@facile/web/api-client';
import { useQuery } from '@tanstack/react-query';
import { useAuth } from './auth-context';
import { staffableSites, type Site } from './staff-sites';

/** Every site (public list), and the ones the signed-in member of staff may staff. */
export function useStaffSites() {
  const api = useApiClients();
  const { user } = useAuth();
  const query = useQuery({
    queryKey: ['scheduling', 'sites'],
    queryFn: async ({ signal }) =>
      (await unwrap(api.scheduling.GET('/scheduling/v1/sites', { signal }))).items,
    staleTime: 5 * 60_000,
  });
  const mine: Site[] = user && query.data ? staffableSites(user, query.data) : [];
  return { query, mine };
}

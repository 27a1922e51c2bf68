import { unwrap, useApiClients } from '@facile/web/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '../booking/state/booking-api';

const key = (code: string) => ['scheduling', 'booking', code] as const;

/** The booking as the link's token shows it (X-Manage-Token: the random manage token or a manage link token). */
export function useManagedBooking(code: string, token: string) {
  const api = useApiClients();
  return useQuery({
    queryKey: key(code),
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(
        api.scheduling.GET('/scheduling/v1/bookings/{code}', {
          params: { path: { code }, header: { 'X-Manage-Token': token } },
          signal,
        }),
      ),
  });
}

export function useRescheduleBooking(code: string, token: string) {
  const api = useApiClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { start: string; site?: string }) =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/bookings/{code}/reschedule', {
          params: { path: { code }, header: { 'X-Manage-Token': token } },
          body,
        }),
      ),
    onSuccess: (booking: Booking) => {
      queryClient.setQueryData(key(code), booking);
      void queryClient.invalidateQueries({ queryKey: ['scheduling', 'availability'] });
    },
  });
}

export function useCancelBooking(code: string, token: string) {
  const api = useApiClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/bookings/{code}/cancel', {
          params: { path: { code }, header: { 'X-Manage-Token': token } },
        }),
      ),
    onSuccess: (booking: Booking) => queryClient.setQueryData(key(code), booking),
  });
}

import { unwrap, useApiClients, type SchedulingApi } from '@facile/web/api-client';
import { useMutation } from '@tanstack/react-query';

type Body = SchedulingApi.components['schemas']['CreateBookingDto'];

/** POST /bookings with the attempt's Idempotency-Key: a retry or a double click is the same request. */
export function useCreateBooking() {
  const api = useApiClients();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: Body }) =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/bookings', {
          params: { header: { 'idempotency-key': key } },
          body,
        }),
      ),
  });
}

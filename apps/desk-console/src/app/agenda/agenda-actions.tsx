import { unwrap, useApiClients, type SchedulingApi } from '@facile/web/api-client';
import { problemMessage } from '@facile/web/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

type AgendaBooking = SchedulingApi.components['schemas']['AgendaBooking'];
type Action = 'check-in' | 'complete' | 'no-show';

/** The actions the booking's status allows (the API's transitions): check-in and no-show, then complete. */
export function actionsFor(status: AgendaBooking['status']): Action[] {
  if (status === 'booked') return ['check-in', 'no-show'];
  if (status === 'checked-in') return ['complete'];
  return [];
}

export function AgendaActions({ booking }: { booking: AgendaBooking }) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const api = useApiClients();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: (action: Action) => {
      const params = { params: { path: { code: booking.code } } };
      if (action === 'check-in')
        return unwrap(api.scheduling.POST('/scheduling/v1/bookings/{code}/check-in', params));
      if (action === 'complete')
        return unwrap(api.scheduling.POST('/scheduling/v1/bookings/{code}/complete', params));
      return unwrap(api.scheduling.POST('/scheduling/v1/bookings/{code}/no-show', params));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['scheduling', 'agenda'] }),
  });
  const actions = actionsFor(booking.status);
  return (
    <div className="d-flex flex-wrap gap-2 d-print-none">
      {actions.map((a) => (
        <Button
          key={a}
          size="xs"
          color="primary"
          outline={a === 'no-show'}
          aria-disabled={run.isPending || undefined}
          onClick={() => !run.isPending && run.mutate(a)}
          aria-label={t(`actions.${a}Of`, { code: booking.code })}
        >
          {t(`actions.${a}`)}
        </Button>
      ))}
      {run.isError && (
        <p role="alert" className="text-danger small mb-0 w-100">
          {problemMessage(run.error, tc)}
        </p>
      )}
    </div>
  );
}

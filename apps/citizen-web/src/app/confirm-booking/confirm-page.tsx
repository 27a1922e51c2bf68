import { unwrap, useApiClients, ApiProblem } from '@facile/web/api-client';
import { problemMessage, useDocumentTitle } from '@facile/web/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookingCard } from '../booking/confirmation/booking-card';
import { useLinkFragment } from '../manage-booking/use-link-fragment';

/** Confirm-by-link (ADR 19): `/prenotazioni/conferma#<code>.<token>` confirms the pending booking once opened. */
export function ConfirmBookingPage() {
  const { t } = useTranslation('booking');
  const { t: tc } = useTranslation();
  useDocumentTitle(t('confirm.title'));
  const link = useLinkFragment();
  const api = useApiClients();
  const confirm = useMutation({
    mutationFn: (l: { code: string; token: string }) =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/bookings/{code}/confirm', {
          params: { path: { code: l.code }, header: { 'X-Manage-Token': l.token } },
        }),
      ),
  });
  const sent = useRef(false);
  useEffect(() => {
    if (link && !sent.current) {
      sent.current = true;
      confirm.mutate(link);
    }
  }, [link, confirm]);
  const expired = confirm.error instanceof ApiProblem && confirm.error.status === 409;
  return (
    <div className="container py-4">
      <h1>{t('confirm.title')}</h1>
      <div aria-live="polite">
        {!link && (
          <p className="alert alert-warning" role="alert">
            {t('manage.badLink')}
          </p>
        )}
        {confirm.isPending && <p>{t('confirm.confirming')}</p>}
        {confirm.data && (
          <>
            <p className="alert alert-success" role="status">
              {t('confirm.confirmed')}
            </p>
            <BookingCard booking={confirm.data} />
          </>
        )}
        {confirm.isError && (
          <div className="alert alert-danger" role="alert">
            <p>{expired ? t('confirm.expired') : problemMessage(confirm.error, tc)}</p>
            {expired ? (
              <Link to="/prenota">{t('confirm.bookAgain')}</Link>
            ) : (
              link && (
                <button type="button" className="btn btn-primary btn-sm" onClick={() => confirm.mutate(link)}>
                  {t('confirm.retry')}
                </button>
              )
            )}
          </div>
        )}
      </div>
    </div>
  );
}

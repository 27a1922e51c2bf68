import { useDateFormat } from '@facile/web/i18n';
import { problemMessage, QueryView, useDocumentTitle } from '@facile/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookingCard } from '../booking/confirmation/booking-card';
import { CalendarButton } from '../booking/confirmation/calendar-button';
import { SlotPicker, slotLabel } from '../booking/slot/slot-picker';
import type { Booking, Slot } from '../booking/state/booking-api';
import { dayOf, monthOf } from '../booking/state/booking-draft';
import { CancelDialog } from './cancel-dialog';
import { useLinkFragment } from './use-link-fragment';
import { useCancelBooking, useManagedBooking, useRescheduleBooking } from './use-managed-booking';

const ACTIVE = new Set(['booked']);

function Manage({ code, token }: { code: string; token: string }) {
  const booking = useManagedBooking(code, token);
  return <QueryView query={booking}>{(b) => <ManageBooking booking={b} token={token} />}</QueryView>;
}

function ManageBooking({ booking, token }: { booking: Booking; token: string }) {
  const { t } = useTranslation('booking');
  const { t: tc } = useTranslation();
  const fmt = useDateFormat();
  const reschedule = useRescheduleBooking(booking.code, token);
  const cancel = useCancelBooking(booking.code, token);
  const [moving, setMoving] = useState(false);
  const [month, setMonth] = useState(monthOf(new Date(booking.start)));
  const [day, setDay] = useState(dayOf(booking.start));
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const cancelButton = useRef<HTMLButtonElement>(null);
  const active = ACTIVE.has(booking.status);

  const move = () => {
    if (!chosen || reschedule.isPending) return;
    setError('');
    reschedule.mutate(
      { start: chosen.start },
      {
        onSuccess: () => {
          setMoving(false);
          setChosen(null);
          setNotice(t('manage.rescheduled'));
        },
        onError: (e) => setError(t('manage.failed', { reason: problemMessage(e, tc) })),
      },
    );
  };

  return (
    <>
      <p>
        {t('manage.status')}:{' '}
        <strong data-testid="booking-status">{t(`manage.statuses.${booking.status}`)}</strong>
      </p>
      <BookingCard booking={booking} />
      <div aria-live="polite">
        {notice && (
          <p className="alert alert-success" role="status">
            {notice}
          </p>
        )}
      </div>
      <div aria-live="assertive">
        {error && (
          <p className="alert alert-danger" role="alert">
            {error}
          </p>
        )}
      </div>
      {active && (
        <div className="d-flex flex-wrap gap-2">
          <CalendarButton code={booking.code} token={token} />
          <button
            type="button"
            className="btn btn-primary"
            aria-expanded={moving}
            aria-controls="reschedule"
            onClick={() => {
              setMoving((m) => !m);
              setNotice('');
            }}
          >
            {t('manage.reschedule')}
          </button>
          <button
            ref={cancelButton}
            type="button"
            className="btn btn-outline-danger"
            onClick={() => setAsking(true)}
          >
            {t('manage.cancel')}
          </button>
        </div>
      )}
      {active && moving && (
        <section id="reschedule" aria-labelledby="reschedule-title" className="mt-4">
          <h2 id="reschedule-title" className="h3">
            {t('manage.rescheduleTitle')}
          </h2>
          <SlotPicker
            idPrefix="reschedule"
            tenant={booking.tenant}
            services={booking.services}
            site={booking.site}
            month={month}
            onMonth={setMonth}
            day={day}
            onDay={setDay}
            selected={chosen?.start ?? ''}
            onSelect={setChosen}
            exclude={[booking.start]}
          />
          <button
            type="button"
            className="btn btn-primary mt-3"
            aria-disabled={!chosen || reschedule.isPending || undefined}
            onClick={move}
          >
            {t('manage.rescheduleTo')}
            {chosen && <span className="visually-hidden">: {slotLabel(fmt, chosen.start)}</span>}
          </button>
        </section>
      )}
      <CancelDialog
        open={asking}
        onClose={() => {
          setAsking(false);
          cancelButton.current?.focus();
        }}
        onConfirm={() => {
          setAsking(false);
          cancel.mutate(undefined, {
            onSuccess: () => setNotice(t('manage.cancelled')),
            onError: (e) => setError(t('manage.failed', { reason: problemMessage(e, tc) })),
          });
        }}
      />
    </>
  );
}

/** Gestisci prenotazione (`/prenotazioni/gestisci#<code>.<token>`): the booking, reschedule, cancel, .ics. */
export function ManageBookingPage() {
  const { t } = useTranslation('booking');
  useDocumentTitle(t('manage.title'));
  const link = useLinkFragment();
  return (
    <div className="container py-4">
      <h1>{t('manage.title')}</h1>
      {link ? (
        <Manage code={link.code} token={link.token} />
      ) : (
        <div className="alert alert-warning" role="alert">
          <p>{t('manage.badLink')}</p>
          <Link to="/prenota">{t('confirm.bookAgain')}</Link>
        </div>
      )}
    </div>
  );
}

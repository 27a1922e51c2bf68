import { useTranslation } from 'react-i18next';
import { StepHeading } from '../step-heading';
import { useServiceCard, type Booking } from '../state/booking-api';
import type { ApplicantDraft } from '../state/booking-draft';
import { BookingCard } from './booking-card';
import { CalendarButton } from './calendar-button';

interface Props {
  booking: Booking;
  applicant: ApplicantDraft;
  onAgain: () => void;
}

/** After booking: the code, when and where, what to bring, the calendar file, and where the message went. */
export function ConfirmationView({ booking, applicant, onAgain }: Props) {
  const { t } = useTranslation('booking');
  const card = useServiceCard(booking.service, booking.tenant);
  const pending = booking.status === 'pending';
  const to = [applicant.email, applicant.phone].filter((x) => x.trim()).join(', ');
  const needs = card.data?.sections.whatYouNeed ?? [];
  return (
    <div>
      <StepHeading focusKey={6}>{pending ? t('done.pendingTitle') : t('done.title')}</StepHeading>
      <div className={`alert ${pending ? 'alert-warning' : 'alert-success'}`} role="status">
        {pending ? (
          <p className="mb-0">{t('done.pending')}</p>
        ) : (
          <p className="mb-0">
            {t('done.sentTo', { to })} {t('done.manageHint')}
          </p>
        )}
      </div>
      <BookingCard booking={booking} />
      {needs.length > 0 && (
        <>
          <h3 className="h4">{t('done.whatYouNeed')}</h3>
          <ul>
            {needs.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <div className="d-flex flex-wrap gap-2 mt-3">
        {booking.manageToken && !pending && (
          <CalendarButton code={booking.code} token={booking.manageToken} />
        )}
        <button type="button" className="btn btn-outline-secondary" onClick={onAgain}>
          {t('done.again')}
        </button>
      </div>
    </div>
  );
}

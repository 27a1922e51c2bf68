import { useDateFormat } from '@facile/web/i18n';
import { useTranslation } from 'react-i18next';
import { slotLabel } from '../slot/slot-picker';
import type { Booking } from '../state/booking-api';

/** Code, date and time, and the site with a map link: what the confirmation and the manage page show. */
export function BookingCard({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  const fmt = useDateFormat();
  const map = booking.siteAddress
    ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(booking.siteAddress)}`
    : undefined;
  return (
    <dl className="row">
      <dt className="col-sm-4">{t('done.code')}</dt>
      <dd className="col-sm-8 fw-bold" data-testid="booking-code">
        {booking.code}
      </dd>
      <dt className="col-sm-4">{t('done.when')}</dt>
      <dd className="col-sm-8" data-testid="booking-when">
        {slotLabel(fmt, booking.start)}
      </dd>
      <dt className="col-sm-4">{t('summary.what')}</dt>
      <dd className="col-sm-8">{(booking.serviceTitles ?? booking.services).join(', ')}</dd>
      <dt className="col-sm-4">{t('done.site')}</dt>
      <dd className="col-sm-8">
        <div className="card card-bg border p-3">
          <p className="fw-semibold mb-1">{booking.siteName ?? booking.site}</p>
          {booking.siteAddress && <p className="mb-1">{booking.siteAddress}</p>}
          {map && (
            <a href={map} target="_blank" rel="noopener noreferrer">
              {t('done.map')}
              <span className="visually-hidden"> ({booking.siteName ?? booking.site})</span>
            </a>
          )}
        </div>
      </dd>
    </dl>
  );
}

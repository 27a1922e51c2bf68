import { useTranslation } from 'react-i18next';
import type { Site } from '../state/booking-api';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A site's weekly opening hours, one line a weekday. */
export function OpeningHours({ hours }: { hours: Site['openingHours'] }) {
  const { t } = useTranslation('booking');
  return (
    <dl className="row small mb-0">
      {DAYS.map((day) => (
        <div key={day} className="d-flex gap-2">
          <dt className="fw-normal">{t(`weekdays.${day}`)}</dt>
          <dd className="mb-0">
            {(hours[day] ?? []).length
              ? (hours[day] ?? []).map(([from, to]) => `${from}–${to}`).join(', ')
              : t('place.closed')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

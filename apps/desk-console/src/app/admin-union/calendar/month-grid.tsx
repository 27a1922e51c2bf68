import { useLanguage } from '@facile/web/i18n';
import { useTranslation } from 'react-i18next';
import type { Occurrence, Site } from './calendar-api';
import { byDay, localTime, monthWeeks } from './month';

/** Monday..Sunday in the language shown (2024-01-01 was a Monday). */
function weekdayNames(locale: string) {
  const fmt = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

export interface MonthGridProps {
  month: string;
  monthLabel: string;
  occurrences: Occurrence[];
  sites: Site[];
}

/** Where the team is on which day: a table of weeks, each day listing its presences. */
export function MonthGrid({ month, monthLabel, occurrences, sites }: MonthGridProps) {
  const { t } = useTranslation('union');
  const { language } = useLanguage();
  const days = byDay(occurrences);
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  const names = weekdayNames(language === 'en' ? 'en-GB' : 'it-IT');
  return (
    <div className="table-responsive mb-4" tabIndex={0}>
      <table className="table table-bordered align-top" style={{ minWidth: '44rem' }}>
        <caption className="caption-top">{t('calendar.gridCaption', { month: monthLabel })}</caption>
        <thead>
          <tr>
            {names.map((n) => (
              <th scope="col" key={n} className="text-capitalize">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) =>
                day ? (
                  <td key={day} data-day={day} style={{ width: '14.28%' }}>
                    <span className="fw-semibold d-block">{Number(day.slice(8))}</span>
                    <ul className="list-unstyled small mb-0">
                      {(days.get(day) ?? []).map((o) => (
                        <li key={`${o.rotation}-${o.start}`} className="mb-1">
                          {localTime(o.start)}–{localTime(o.end)} {siteName(o.site)}
                          <span className="d-block text-secondary">{o.rotation}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : (
                  <td key={`empty-${w}-${d}`} className="bg-light" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

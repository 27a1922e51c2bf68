import { useLanguage } from '@facile/web/i18n';
import { ErrorState, LoadingState, QueryView } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { UnionPage } from '../shared/union-page';
import { UNION_PATHS } from '../shared/union-paths';
import { useState } from 'react';
import { useOccurrences, useRotation, useSites, type Occurrence, type Site } from './calendar-api';
import { MonthGrid } from './month-grid';
import { currentMonth, isMonth, shiftMonth } from './month';
import { RotationForm } from './rotation-form';
import { SessionsPanel } from './sessions-panel';

/** Which rotation the form shows: a new one, or one of the month's (loaded with its RRULE to be changed). */
function RotationEditor({
  sites,
  occurrences,
  onCreated,
}: {
  sites: Site[];
  occurrences: Occurrence[];
  onCreated: (validFrom: string) => void;
}) {
  const { t } = useTranslation('union');
  const [chosen, setChosen] = useState('');
  const rotation = useRotation(chosen || null);
  const ids = [...new Set(occurrences.map((o) => o.rotation))].sort();
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  return (
    <>
      <div className="select-wrapper mb-3" style={{ maxWidth: '32rem' }}>
        <label htmlFor="rotation-choice">{t('calendar.rotation.choose')}</label>
        <select id="rotation-choice" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('calendar.rotation.new')}</option>
          {ids.map((id) => (
            <option key={id} value={id}>
              {t('calendar.rotation.existing', {
                id,
                site: siteName(occurrences.find((o) => o.rotation === id)?.site ?? ''),
              })}
            </option>
          ))}
        </select>
      </div>
      {!chosen ? (
        <RotationForm key="new" sites={sites} onCreated={onCreated} />
      ) : rotation.status === 'pending' ? (
        <LoadingState />
      ) : rotation.status === 'error' ? (
        <ErrorState error={rotation.error} onRetry={() => void rotation.refetch()} />
      ) : (
        <RotationForm key={chosen} sites={sites} onCreated={onCreated} editing={rotation.data} />
      )}
    </>
  );
}

/** The shared calendar: the Digitale Facile team's month, new rotations, and the month's group sessions. */
export function CalendarPage() {
  const { t } = useTranslation('union');
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const requested = params.get('mese');
  const month = isMonth(requested) ? requested : currentMonth();
  const monthLabel = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  const sites = useSites();
  const occurrences = useOccurrences(month);
  const monthLink = (m: string) => `${UNION_PATHS.calendar}?mese=${m}`;
  return (
    <UnionPage title={t('calendar.title')} intro={t('calendar.intro')}>
      {sites.status === 'pending' ? (
        <LoadingState />
      ) : sites.status === 'error' ? (
        <ErrorState error={sites.error} onRetry={() => void sites.refetch()} />
      ) : (
        <>
          <section aria-labelledby="month-title" className="mb-5">
            <h2 id="month-title" className="h3 text-capitalize">
              {monthLabel}
            </h2>
            <nav aria-label={t('calendar.month')} className="d-flex flex-wrap gap-3 mb-3">
              <Link to={monthLink(shiftMonth(month, -1))}>{t('calendar.previous')}</Link>
              <Link to={monthLink(shiftMonth(month, 1))}>{t('calendar.next')}</Link>
            </nav>
            <QueryView query={occurrences}>
              {(list) => (
                <>
                  <p aria-live="polite">
                    {list.length
                      ? t('calendar.occurrences', { count: list.length })
                      : t('calendar.noneThisMonth')}
                  </p>
                  <MonthGrid month={month} monthLabel={monthLabel} occurrences={list} sites={sites.data} />
                </>
              )}
            </QueryView>
          </section>
          <RotationEditor
            sites={sites.data}
            occurrences={occurrences.data ?? []}
            onCreated={(validFrom) => {
              const m = validFrom.slice(0, 7);
              if (m > month) setParams({ mese: m });
            }}
          />
          <SessionsPanel month={month} monthLabel={monthLabel} sites={sites.data} />
        </>
      )}
    </UnionPage>
  );
}

import { useDateFormat } from '@facile/web/i18n';
import { QueryView, SelectField, TextField, useDocumentTitle } from '@facile/web/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, romeDay, sessionPath, useSessions, useSites, type Session } from './sessions-api';

function SessionItem({ session, siteName }: { session: Session; siteName: string }) {
  const { t } = useTranslation('sessions');
  const f = useDateFormat();
  const full = session.status === 'open' && session.seatsLeft === 0;
  return (
    <li className="col-12 col-lg-6 mb-3">
      <article className="card card-bg shadow-sm h-100" aria-labelledby={`session-${session.id}`}>
        <div className="card-body">
          <h3 className="card-title h5" id={`session-${session.id}`}>
            {session.title}
          </h3>
          <p className="mb-1">
            {t('list.when', {
              date: f.date(session.start),
              start: f.time(session.start),
              end: f.time(session.end),
            })}
          </p>
          <p className="mb-1">{siteName}</p>
          {session.status === 'cancelled' ? (
            <p className="fw-semibold text-danger">{t('list.cancelled')}</p>
          ) : full ? (
            <>
              <p className="fw-semibold mb-1">{t('list.full')}</p>
              <p className="mb-2">{t('list.waitlisted', { count: session.waitlisted })}</p>
            </>
          ) : (
            <p className="fw-semibold mb-2">
              {t('list.seatsLeft', { count: session.seatsLeft, seats: session.seats })}
            </p>
          )}
          {session.status === 'open' && (
            <Link className="btn btn-primary btn-sm" to={sessionPath(session.id)}>
              {full
                ? t('list.waitlist', { title: session.title })
                : t('list.register', { title: session.title })}
            </Link>
          )}
        </div>
      </article>
    </li>
  );
}

/** `/incontri`: the Digitale Facile group sessions by site and dates, with the seats left. */
export function SessionsPage() {
  const { t } = useTranslation('sessions');
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const today = romeDay();
  const filters = {
    site: params.get('sede') ?? '',
    from: params.get('dal') ?? today,
    to: params.get('al') ?? addDays(today, 90),
  };
  const [draft, setDraft] = useState(filters);
  const sites = useSites();
  const sessions = useSessions(filters);
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? id;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.site) next.set('sede', draft.site);
    next.set('dal', draft.from);
    next.set('al', draft.to < draft.from ? draft.from : draft.to);
    setParams(next);
  };

  return (
    <div className="container py-4">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form onSubmit={apply} className="mb-4" aria-labelledby="sessions-filters">
        <h2 id="sessions-filters" className="h4">
          {t('filters.legend')}
        </h2>
        <div className="row">
          <div className="col-12 col-md-4">
            <SelectField
              id="sessions-site"
              label={t('filters.site')}
              value={draft.site}
              onChange={(site) => setDraft({ ...draft, site })}
              placeholder={t('filters.allSites')}
              options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </div>
          <div className="col-6 col-md-3">
            <TextField
              id="sessions-from"
              type="date"
              label={t('filters.from')}
              value={draft.from}
              onChange={(from) => setDraft({ ...draft, from })}
            />
          </div>
          <div className="col-6 col-md-3">
            <TextField
              id="sessions-to"
              type="date"
              label={t('filters.to')}
              value={draft.to}
              onChange={(to) => setDraft({ ...draft, to })}
            />
          </div>
          <div className="col-12 col-md-2 d-flex align-items-center">
            <button type="submit" className="btn btn-primary">
              {t('filters.apply')}
            </button>
          </div>
        </div>
      </form>
      <h2 className="h4" id="sessions-list">
        {t('list.label')}
      </h2>
      <QueryView query={sessions} isEmpty={(list) => list.length === 0} emptyMessage={t('list.empty')}>
        {(list) => (
          <ul className="row list-unstyled" aria-labelledby="sessions-list">
            {list.map((s) => (
              <SessionItem key={s.id} session={s} siteName={siteName(s.site)} />
            ))}
          </ul>
        )}
      </QueryView>
    </div>
  );
}

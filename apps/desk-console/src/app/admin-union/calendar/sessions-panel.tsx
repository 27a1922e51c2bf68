import { ApiProblem } from '@facile/web/api-client';
import { useDateFormat } from '@facile/web/i18n';
import { problemMessage, QueryView } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError } from '../shared/field-error';
import { useCreateSession, useSessionRegistrations, useSessions, type Site } from './calendar-api';
import { localTime, romeDateTime } from './month';

type Entry = {
  code: string;
  position?: number;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  registeredAt: string;
};

function EntryTable({ caption, entries, waiting }: { caption: string; entries: Entry[]; waiting: boolean }) {
  const { t } = useTranslation('union');
  const { date } = useDateFormat();
  if (entries.length === 0)
    return (
      <p>{waiting ? t('calendar.registrations.noneWaiting') : t('calendar.registrations.noneRegistered')}</p>
    );
  return (
    <div className="table-responsive mb-3" tabIndex={0}>
      <table className="table table-sm">
        <caption className="caption-top">{caption}</caption>
        <thead>
          <tr>
            {waiting && <th scope="col">{t('calendar.registrations.position')}</th>}
            <th scope="col">{t('calendar.registrations.name')}</th>
            <th scope="col">{t('calendar.registrations.contact')}</th>
            <th scope="col">{t('calendar.registrations.code')}</th>
            <th scope="col">{t('calendar.registrations.when')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.code}>
              {waiting && <td>{e.position ?? '—'}</td>}
              <th scope="row" className="fw-normal">
                {e.firstName} {e.lastName}
              </th>
              <td>{[e.email, e.phone].filter(Boolean).join(' · ') || '—'}</td>
              <td>{e.code}</td>
              <td>
                {date(e.registeredAt)} {localTime(e.registeredAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A session's seats taken and its waiting list, in order. */
function SessionRegistrations({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('union');
  const registrations = useSessionRegistrations(id);
  return (
    <section
      className="card card-bg p-3 mb-4"
      aria-labelledby="registrations-title"
      data-testid="session-registrations"
    >
      <QueryView query={registrations}>
        {(data) => (
          <>
            <h3 id="registrations-title" className="h5">
              {t('calendar.registrations.title', { title: data.session.title })}
            </h3>
            <EntryTable
              caption={t('calendar.registrations.registered', { count: data.registered.length })}
              entries={data.registered}
              waiting={false}
            />
            <EntryTable
              caption={t('calendar.registrations.waitingList', { count: data.waitingList.length })}
              entries={data.waitingList}
              waiting
            />
          </>
        )}
      </QueryView>
      <div>
        <Button type="button" color="primary" outline size="sm" onClick={onClose}>
          {t('calendar.registrations.close')}
        </Button>
      </div>
    </section>
  );
}

function SessionForm({ sites }: { sites: Site[] }) {
  const { t } = useTranslation('union');
  const { t: tc } = useTranslation();
  const create = useCreateSession();
  const [v, setV] = useState({
    title: '',
    topic: '',
    site: '',
    date: '',
    start: '15:00',
    end: '16:30',
    seats: '12',
    language: 'it',
  });
  const [wrong, setWrong] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<typeof v>) => setV((o) => ({ ...o, ...patch }));
  const err = (key: string) =>
    wrong.includes(key)
      ? t(`calendar.sessions.errors.${key}` as 'calendar.sessions.errors.title')
      : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: string[] = [];
    if (!v.title.trim()) found.push('title');
    if (!v.site) found.push('site');
    if (!v.date) found.push('date');
    if (!(v.end > v.start)) found.push('times');
    const seats = Number(v.seats);
    if (!Number.isInteger(seats) || seats < 1 || seats > 1000) found.push('seats');
    setWrong(found);
    setSaved(null);
    if (found.length) {
      const field = { times: 'end' }[found[0] as 'times'] ?? found[0];
      document.getElementById(`session-${field}`)?.focus();
      return;
    }
    create.mutate(
      {
        title: v.title.trim(),
        topic: v.topic.trim() || undefined,
        site: v.site,
        start: romeDateTime(v.date, v.start),
        end: romeDateTime(v.date, v.end),
        seats,
        language: v.language,
      },
      { onSuccess: (s) => setSaved(s.title) },
    );
  };
  const input = (
    key: 'title' | 'topic' | 'date' | 'start' | 'end' | 'seats',
    label: string,
    type: string,
    errorKey?: string,
  ) => {
    const e = errorKey ? err(errorKey) : undefined;
    return (
      <div className={key === 'title' || key === 'topic' ? 'col-12 col-md-6' : 'col-6 col-md-3'}>
        <label htmlFor={`session-${key}`} className="form-label fw-semibold">
          {label}
        </label>
        <input
          type={type}
          className={`form-control${e ? ' is-invalid' : ''}`}
          {...describedBy(`session-${key}`, { error: e })}
          value={v[key]}
          onChange={(ev) => set({ [key]: ev.target.value })}
          {...(type === 'number' ? { min: 1, max: 1000 } : {})}
        />
        <FieldError id={`session-${key}-error`} message={e} />
      </div>
    );
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="session-form-title" className="mb-5">
      <h3 id="session-form-title" className="h4">
        {t('calendar.sessions.create')}
      </h3>
      <div className="row g-3">
        {input('title', t('calendar.sessions.titleField'), 'text', 'title')}
        {input('topic', t('calendar.sessions.topic'), 'text')}
        <div className="col-12 col-md-6">
          <label htmlFor="session-site" className="form-label fw-semibold">
            {t('calendar.sessions.site')}
          </label>
          <select
            className={`form-select${err('site') ? ' is-invalid' : ''}`}
            {...describedBy('session-site', { error: err('site') })}
            value={v.site}
            onChange={(e) => set({ site: e.target.value })}
          >
            <option value="">{t('calendar.rotation.chooseSite')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="session-site-error" message={err('site')} />
        </div>
        {input('date', t('calendar.sessions.date'), 'date', 'date')}
        <div className="col-6 col-md-3">
          <label htmlFor="session-language" className="form-label fw-semibold">
            {t('calendar.sessions.language')}
          </label>
          <select
            id="session-language"
            className="form-select"
            value={v.language}
            onChange={(e) => set({ language: e.target.value })}
          >
            <option value="it">Italiano</option>
            <option value="en">English</option>
          </select>
        </div>
        {input('start', t('calendar.sessions.start'), 'time')}
        {input('end', t('calendar.sessions.end'), 'time', 'times')}
        {input('seats', t('calendar.sessions.seatsField'), 'number', 'seats')}
      </div>
      <div aria-live="polite" className="mt-3">
        {saved && <p className="alert alert-success">{t('calendar.sessions.saved', { title: saved })}</p>}
        {create.error && (
          <p role="alert" className="alert alert-danger">
            {create.error instanceof ApiProblem && create.error.status === 422
              ? t('calendar.sessions.errors.past')
              : problemMessage(create.error, tc)}
          </p>
        )}
      </div>
      <Button type="submit" color="primary" className="mt-2" aria-disabled={create.isPending || undefined}>
        {create.isPending ? t('form.saving') : t('calendar.sessions.save')}
      </Button>
    </form>
  );
}

/** The month's group sessions with their registrations and waiting lists, and a form for a new one. */
export function SessionsPanel({
  month,
  monthLabel,
  sites,
}: {
  month: string;
  monthLabel: string;
  sites: Site[];
}) {
  const { t } = useTranslation('union');
  const { date } = useDateFormat();
  const sessions = useSessions(month);
  const [open, setOpen] = useState<string | null>(null);
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="h3">
        {t('calendar.sessions.title')}
      </h2>
      <QueryView query={sessions} isEmpty={(l) => l.length === 0} emptyMessage={t('calendar.sessions.none')}>
        {(list) => (
          <div className="table-responsive mb-4" tabIndex={0}>
            <table className="table">
              <caption className="caption-top">
                {t('calendar.sessions.caption', { month: monthLabel })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('calendar.sessions.when')}</th>
                  <th scope="col">{t('calendar.sessions.what')}</th>
                  <th scope="col">{t('calendar.sessions.where')}</th>
                  <th scope="col" className="text-end">
                    {t('calendar.sessions.seats')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('calendar.sessions.registered')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('calendar.sessions.waitlisted')}
                  </th>
                  <th scope="col">{t('calendar.sessions.status')}</th>
                  <th scope="col">{t('calendar.sessions.people')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {date(s.start)} {localTime(s.start)}–{localTime(s.end)}
                    </td>
                    <th scope="row" className="fw-normal">
                      {s.title}
                    </th>
                    <td>{siteName(s.site)}</td>
                    <td className="text-end">{s.seats}</td>
                    <td className="text-end">{s.status === 'cancelled' ? '—' : s.seats - s.seatsLeft}</td>
                    <td className="text-end">{s.waitlisted}</td>
                    <td>{t(`calendar.sessions.statuses.${s.status}`)}</td>
                    <td>
                      <Button
                        type="button"
                        color="primary"
                        outline
                        size="sm"
                        aria-expanded={open === s.id}
                        onClick={() => setOpen(open === s.id ? null : s.id)}
                      >
                        {t('calendar.registrations.show', { title: s.title })}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
      {open && <SessionRegistrations key={open} id={open} onClose={() => setOpen(null)} />}
      <SessionForm sites={sites} />
    </section>
  );
}

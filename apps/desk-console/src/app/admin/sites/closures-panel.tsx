import { ApiProblem, unwrap, useApiClients, type SchedulingApi } from '@facile/web/api-client';
import { QueryView } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closureProblem, type ClosureDraft, type ClosureProblem } from '../lib/closure-draft';

type Site = SchedulingApi.components['schemas']['Site'];
type Closure = SchedulingApi.components['schemas']['Closure'];
type ExceptionList = SchedulingApi.components['schemas']['SiteExceptionListResponse'];
type ClosureBody = SchedulingApi.components['schemas']['ClosureDto'];

const ZONE = 'Europe/Rome';

const bodyOf = (d: ClosureDraft): ClosureBody => ({
  date: d.date,
  ...(d.reason.trim() ? { reason: d.reason.trim() } : {}),
  ...(d.allDay ? {} : { hours: [[d.start, d.end]] }),
});

function useFormat() {
  const { i18n } = useTranslation('admin');
  return {
    day: (date: string) =>
      new Date(`${date}T12:00:00Z`).toLocaleDateString(i18n.language, {
        timeZone: ZONE,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
    time: (iso: string) =>
      new Date(iso).toLocaleTimeString(i18n.language, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }),
  };
}

function ExceptionTable({ site }: { site: Site }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const queryClient = useQueryClient();
  const format = useFormat();
  const list = useQuery({
    queryKey: ['scheduling', 'closures', site.id] as const,
    queryFn: ({ signal }) =>
      unwrap<ExceptionList>(
        clients.scheduling.GET('/scheduling/v1/sites/{id}/closures', {
          params: { path: { id: site.id } },
          signal,
        }),
      ),
  });
  const remove = useMutation({
    mutationFn: (date: string) =>
      unwrap<unknown>(
        clients.scheduling.DELETE('/scheduling/v1/sites/{id}/closures/{date}', {
          params: { path: { id: site.id, date } },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['scheduling', 'closures', site.id] }),
  });
  return (
    <>
      <div aria-live="polite">
        {remove.isSuccess && <div className="alert alert-success">{t('closures.removed')}</div>}
      </div>
      {remove.isError && (
        <div className="alert alert-danger" role="alert">
          {t('closures.removeFailed')}
        </div>
      )}
      <QueryView query={list} isEmpty={(data) => data.items.length === 0} emptyMessage={t('closures.none')}>
        {(data) => (
          <div className="table-responsive" tabIndex={0}>
            <table className="table">
              <caption>{t('closures.caption', { count: data.items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('closures.date')}</th>
                  <th scope="col">{t('closures.hours')}</th>
                  <th scope="col">{t('closures.reason')}</th>
                  <th scope="col">{t('closures.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.date}>
                    <td>{format.day(e.date)}</td>
                    <td>
                      {e.hours.length === 0
                        ? t('closures.closedAllDay')
                        : e.hours.map(([from, to]) => `${from}–${to}`).join(', ')}
                    </td>
                    <td>{e.reason ?? '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-outline-danger btn-sm"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(e.date)}
                      >
                        {t('closures.remove', { date: format.day(e.date) })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
    </>
  );
}

function AffectedList({ closure }: { closure: Closure }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const affected = closure.affectedBookings;
  if (affected.length === 0) return <p>{t('closures.noneAffected')}</p>;
  return (
    <>
      <p className="fw-semibold">{t('closures.affected', { count: affected.length })}</p>
      <div className="table-responsive" tabIndex={0}>
        <table className="table table-sm" data-testid="affected-bookings">
          <caption>{t('closures.affectedCaption', { date: format.day(closure.date) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('closures.time')}</th>
              <th scope="col">{t('closures.code')}</th>
              <th scope="col">{t('closures.procedures')}</th>
              <th scope="col">{t('closures.municipality')}</th>
            </tr>
          </thead>
          <tbody>
            {affected.map((b) => (
              <tr key={b.id}>
                <td>{format.time(b.start)}</td>
                <td>{b.code}</td>
                <td>{(b.serviceTitles ?? b.services).join(', ')}</td>
                <td>{b.tenant}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('closures.willBeTold', { count: affected.length })}</p>
    </>
  );
}

function ClosureForm({ site }: { site: Site }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState<ClosureDraft>({
    date: '',
    allDay: true,
    start: '09:00',
    end: '12:00',
    reason: '',
  });
  const [problem, setProblem] = useState<ClosureProblem | null>(null);
  const path = { params: { path: { id: site.id } } };
  const preview = useMutation({
    mutationFn: (body: ClosureBody) =>
      unwrap<Closure>(
        clients.scheduling.POST('/scheduling/v1/sites/{id}/closures/preview', { ...path, body }),
      ),
  });
  const save = useMutation({
    mutationFn: (body: ClosureBody) =>
      unwrap<Closure>(clients.scheduling.POST('/scheduling/v1/sites/{id}/closures', { ...path, body })),
    onSuccess: () => {
      preview.reset();
      void queryClient.invalidateQueries({ queryKey: ['scheduling', 'closures', site.id] });
    },
  });
  const set = (patch: Partial<ClosureDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // a change makes the listed bookings stale: check again before saving
    preview.reset();
    save.reset();
    setProblem(null);
  };
  const check = (event: React.FormEvent) => {
    event.preventDefault();
    const found = closureProblem(draft);
    setProblem(found);
    if (!found) preview.mutate(bodyOf(draft));
  };
  const apiError = (error: unknown) =>
    error instanceof ApiProblem && error.status === 403
      ? t('closures.forbidden')
      : error instanceof ApiProblem && error.status === 400
        ? `${t('closures.refused')} ${error.errors.map((e) => e.message).join(' ')}`
        : t('closures.failed');
  const failure = preview.error ? apiError(preview.error) : save.error ? apiError(save.error) : null;

  return (
    <form onSubmit={check} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="h5">
        {t('closures.new')}
      </h3>
      <div className="row">
        <div className="col-12 col-md-6 mb-3">
          <label htmlFor={`${id}-date`} className="d-block">
            {t('closures.date')}
          </label>
          <input
            id={`${id}-date`}
            type="date"
            className={`form-control${problem === 'date' || problem === 'past' ? ' is-invalid' : ''}`}
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
            aria-invalid={problem === 'date' || problem === 'past' ? true : undefined}
            aria-describedby={problem === 'date' || problem === 'past' ? `${id}-problem` : undefined}
            required
          />
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="h6">{t('closures.kind')}</legend>
        <div className="form-check">
          <input
            id={`${id}-all`}
            type="radio"
            name={`${id}-kind`}
            checked={draft.allDay}
            onChange={() => set({ allDay: true })}
          />
          <label htmlFor={`${id}-all`}>{t('closures.closedAllDay')}</label>
        </div>
        <div className="form-check">
          <input
            id={`${id}-other`}
            type="radio"
            name={`${id}-kind`}
            checked={!draft.allDay}
            onChange={() => set({ allDay: false })}
          />
          <label htmlFor={`${id}-other`}>{t('closures.otherHours')}</label>
        </div>
        {!draft.allDay && (
          <div className="d-flex flex-wrap gap-3 mt-2">
            <div>
              <label htmlFor={`${id}-start`} className="d-block">
                {t('sites.from')}
              </label>
              <input
                id={`${id}-start`}
                type="time"
                className={`form-control${problem === 'hours' ? ' is-invalid' : ''}`}
                value={draft.start}
                onChange={(e) => set({ start: e.target.value })}
                aria-invalid={problem === 'hours' ? true : undefined}
                aria-describedby={problem === 'hours' ? `${id}-problem` : undefined}
              />
            </div>
            <div>
              <label htmlFor={`${id}-end`} className="d-block">
                {t('sites.to')}
              </label>
              <input
                id={`${id}-end`}
                type="time"
                className={`form-control${problem === 'hours' ? ' is-invalid' : ''}`}
                value={draft.end}
                onChange={(e) => set({ end: e.target.value })}
                aria-invalid={problem === 'hours' ? true : undefined}
                aria-describedby={problem === 'hours' ? `${id}-problem` : undefined}
              />
            </div>
          </div>
        )}
      </fieldset>
      <div className="form-group">
        <label htmlFor={`${id}-reason`} className="active">
          {t('closures.reason')}
        </label>
        <input
          id={`${id}-reason`}
          type="text"
          className="form-control"
          value={draft.reason}
          maxLength={500}
          onChange={(e) => set({ reason: e.target.value })}
          aria-describedby={`${id}-reason-hint`}
        />
        <small id={`${id}-reason-hint`} className="form-text">
          {t('closures.reasonHint')}
        </small>
      </div>
      {problem && (
        <div id={`${id}-problem`} className="alert alert-warning" role="alert">
          {t(`closures.errors.${problem}`)}
        </div>
      )}
      <button type="submit" className="btn btn-outline-primary mb-3" disabled={preview.isPending}>
        {preview.isPending ? t('closures.checking') : t('closures.check')}
      </button>
      <div aria-live="polite">
        {preview.data && !save.isSuccess && (
          <section className="card card-bg p-3 mb-3" aria-label={t('closures.previewLabel')}>
            <AffectedList closure={preview.data} />
            <button
              type="button"
              className="btn btn-primary"
              disabled={save.isPending}
              onClick={() => save.mutate(bodyOf(draft))}
            >
              {save.isPending ? t('closures.saving') : t('closures.save')}
            </button>
          </section>
        )}
        {save.data && (
          <div className="alert alert-success">
            {t('closures.saved', { count: save.data.affectedBookings.length })}
          </div>
        )}
      </div>
      {failure && (
        <div className="alert alert-danger" role="alert">
          {failure}
        </div>
      )}
    </form>
  );
}

/** A site's closures and other hours by date: those planned, and a new one checked against the bookings first. */
export function ClosuresPanel({ site }: { site: Site }) {
  const { t } = useTranslation('admin');
  return (
    <section className="mt-5" aria-labelledby={`closures-${site.id}`}>
      <h2 id={`closures-${site.id}`} className="h4">
        {t('closures.title')}
      </h2>
      <p>{t('closures.intro')}</p>
      <ExceptionTable site={site} />
      <ClosureForm site={site} />
    </section>
  );
}

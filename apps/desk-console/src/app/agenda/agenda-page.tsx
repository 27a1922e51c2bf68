import { unwrap, useApiClients, useTenants } from '@facile/web/api-client';
import { QueryView, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useShift, useStaffSites } from '../auth';
import { AgendaActions, type Action } from './agenda-actions';
import { useGraceActions } from './use-grace-actions';
import { isDate, timeIn, todayIn } from './agenda-date';

/** Bookings made or cancelled elsewhere (the citizen web, another counter) show up within this. */
export const AGENDA_POLL_MS = 15_000;

const STATUSES = ['booked', 'checked-in', 'completed', 'no-show', 'cancelled', 'pending', 'expired'] as const;

/** The chosen site's day across every municipality it serves, with check-in, complete and no-show. */
export function AgendaPage() {
  const { t } = useTranslation('agenda');
  useDocumentTitle(t('title'));
  const id = useId();
  const api = useApiClients();
  const { query: sites, mine } = useStaffSites();
  const [shift] = useShift(sites.data ? mine.map((s) => s.id) : undefined);
  const site = mine.find((s) => s.id === shift?.site);
  const timeZone = site?.timeZone ?? 'Europe/Rome';
  const [params, setParams] = useSearchParams();
  const date = isDate(params.get('data')) ? (params.get('data') as string) : todayIn(timeZone);
  const status = params.get('stato') ?? '';
  const tenant = params.get('comune') ?? '';
  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const tenants = useTenants();
  const nameOf = (tid: string) => tenants.data?.find((x) => x.id === tid)?.name ?? tid;
  const agenda = useQuery({
    queryKey: ['scheduling', 'agenda', shift?.site, date],
    queryFn: ({ signal }) =>
      unwrap(
        api.scheduling.GET('/scheduling/v1/agenda', {
          params: { query: { site: shift?.site ?? '', date } },
          signal,
        }),
      ),
    enabled: !!shift,
    refetchInterval: AGENDA_POLL_MS,
  });
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState<Record<string, unknown>>({});
  const run = useMutation({
    mutationFn: ({ code, action }: { code: string; action: Action }) => {
      // keepalive: a change sent as the tab closes (pagehide) still reaches the API
      const path = { params: { path: { code } }, keepalive: true };
      if (action === 'check-in')
        return unwrap(api.scheduling.POST('/scheduling/v1/bookings/{code}/check-in', path));
      if (action === 'complete')
        return unwrap(api.scheduling.POST('/scheduling/v1/bookings/{code}/complete', path));
      return unwrap(api.scheduling.POST('/scheduling/v1/bookings/{code}/no-show', path));
    },
    onSuccess: (_answer, { code }) => setFailed(({ [code]: _gone, ...rest }) => rest),
    onError: (error, { code }) => setFailed((f) => ({ ...f, [code]: error })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['scheduling', 'agenda'] }),
  });
  const { mutate } = run;
  const send = useCallback((code: string, action: Action) => mutate({ code, action }), [mutate]);
  // check-in, complete and no-show wait a few seconds, undoable, before they are sent (ADR 0029)
  const grace = useGraceActions<Action>(send);

  return (
    <>
      <h1>{t('title')}</h1>
      {!shift ? (
        <p className="lead">{t('chooseShift')}</p>
      ) : (
        <>
          <p className="lead">{t('intro', { site: site?.name ?? shift.site })}</p>
          <form
            className="d-flex flex-wrap align-items-end gap-3 mb-4 d-print-none"
            onSubmit={(e) => e.preventDefault()}
          >
            <div>
              <label htmlFor={`${id}-date`} className="d-block">
                {t('filters.date')}
              </label>
              <input
                id={`${id}-date`}
                type="date"
                className="form-control"
                value={date}
                onChange={(e) => isDate(e.target.value) && setParam('data', e.target.value)}
              />
            </div>
            <div className="select-wrapper">
              <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
              <select id={`${id}-status`} value={status} onChange={(e) => setParam('stato', e.target.value)}>
                <option value="">{t('filters.all')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="select-wrapper">
              <label htmlFor={`${id}-tenant`}>{t('filters.municipality')}</label>
              <select id={`${id}-tenant`} value={tenant} onChange={(e) => setParam('comune', e.target.value)}>
                <option value="">{t('filters.all')}</option>
                {(tenants.data ?? []).map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
            <Button color="primary" outline size="sm" type="button" onClick={() => globalThis.print()}>
              {t('print')}
            </Button>
          </form>
          <QueryView query={agenda} showUpdatedAt>
            {(day) => {
              const rows = day.bookings.filter(
                (b) => (!status || b.status === status) && (!tenant || b.tenant === tenant),
              );
              return (
                <>
                  {day.closure && (
                    <p className="alert alert-warning" role="status">
                      {t('closure')}
                    </p>
                  )}
                  {rows.length === 0 ? (
                    <p role="status">{t('empty')}</p>
                  ) : (
                    <div className="table-responsive" tabIndex={0}>
                      <table className="table">
                        <caption>{t('caption', { date, count: rows.length })}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('columns.time')}</th>
                            <th scope="col">{t('columns.code')}</th>
                            <th scope="col">{t('columns.procedures')}</th>
                            <th scope="col">{t('columns.citizen')}</th>
                            <th scope="col">{t('columns.municipality')}</th>
                            <th scope="col">{t('columns.status')}</th>
                            <th scope="col" className="d-print-none">
                              {t('columns.actions')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {rows.map((b) => (
                            <tr key={b.code} data-testid={`booking-${b.code}`}>
                              <td>
                                {timeIn(b.start, timeZone)}–{timeIn(b.end, timeZone)}
                              </td>
                              <td>
                                <code>{b.code}</code>
                              </td>
                              <td>{b.serviceTitles.join(', ')}</td>
                              <td>
                                {b.citizen.firstName} {b.citizen.lastName}
                              </td>
                              <td>{nameOf(b.tenant)}</td>
                              <td>{t(`status.${b.status}`)}</td>
                              <td className="d-print-none">
                                <AgendaActions
                                  booking={b}
                                  pending={grace.actionOf(b.code)}
                                  secondsLeft={grace.secondsLeft(b.code)}
                                  sending={
                                    run.isPending && run.variables?.code === b.code
                                      ? run.variables.action
                                      : undefined
                                  }
                                  error={failed[b.code]}
                                  onAction={(a) => grace.schedule(b.code, a)}
                                  onUndo={() => grace.cancel(b.code)}
                                />
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </>
              );
            }}
          </QueryView>
          <p className="small">{t('polling', { seconds: AGENDA_POLL_MS / 1000 })}</p>
        </>
      )}
    </>
  );
}

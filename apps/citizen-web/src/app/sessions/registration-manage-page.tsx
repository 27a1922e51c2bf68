import { unwrap, useApiClients } from '@facile/web/api-client';
import { useDateFormat } from '@facile/web/i18n';
import { ErrorState, QueryView, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { tokenFromHash, useNoReferrer } from '../link-token/link-token';
import { sessionsPath, useSites, type Registration } from './sessions-api';

function Manage({ registration, token }: { registration: Registration; token: string }) {
  const { t } = useTranslation('sessions');
  const f = useDateFormat();
  const api = useApiClients();
  const queryClient = useQueryClient();
  const sites = useSites();
  const [confirming, setConfirming] = useState(false);
  const s = registration.session;
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/sessions/{id}/registrations/{code}/cancel', {
          params: { path: { id: s.id, code: registration.code }, header: { 'X-Manage-Token': token } },
        }),
      ),
    onSuccess: (data) =>
      queryClient.setQueryData(['scheduling', 'registration', s.id, registration.code], data),
  });
  const status =
    registration.status === 'waitlisted'
      ? t('manage.waitlisted', { position: registration.position ?? 1 })
      : registration.status === 'registered'
        ? t('manage.registered')
        : t('manage.cancelled');
  return (
    <>
      <dl className="row">
        <dt className="col-sm-3">{t('manage.status')}</dt>
        <dd className="col-sm-9" data-testid="registration-status">
          {status}
        </dd>
        <dt className="col-sm-3">{t('manage.session')}</dt>
        <dd className="col-sm-9">
          {s.title} — {t('list.when', { date: f.date(s.start), start: f.time(s.start), end: f.time(s.end) })}
        </dd>
        <dt className="col-sm-3">{t('manage.site')}</dt>
        <dd className="col-sm-9">{sites.data?.find((x) => x.id === s.site)?.name ?? s.site}</dd>
        <dt className="col-sm-3">{t('manage.code')}</dt>
        <dd className="col-sm-9">{registration.code}</dd>
      </dl>
      <div role="status">
        {cancel.isSuccess && <p className="alert alert-success">{t('manage.cancelDone')}</p>}
      </div>
      {cancel.isError && (
        <ErrorState error={cancel.error} onRetry={() => cancel.mutate()} retrying={cancel.isPending} />
      )}
      {registration.status !== 'cancelled' &&
        (confirming ? (
          <div className="alert alert-warning" role="alertdialog" aria-labelledby="cancel-confirm">
            <p id="cancel-confirm">{t('manage.confirm')}</p>
            <div className="d-flex flex-wrap gap-2">
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => cancel.mutate()}
                aria-disabled={cancel.isPending || undefined}
              >
                {t('manage.confirmYes')}
              </button>
              <button type="button" className="btn btn-outline-primary" onClick={() => setConfirming(false)}>
                {t('manage.confirmNo')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="btn btn-outline-danger" onClick={() => setConfirming(true)}>
            {t('manage.cancel')}
          </button>
        ))}
    </>
  );
}

/** `/incontri/:sessionId/iscrizione/:code#<token>`: the registration opened by its manage link. */
export function RegistrationManagePage() {
  const { t } = useTranslation('sessions');
  useDocumentTitle(t('manage.title'));
  useNoReferrer();
  const { sessionId = '', code = '' } = useParams();
  const token = tokenFromHash(useLocation().hash);
  const api = useApiClients();
  const registration = useQuery({
    queryKey: ['scheduling', 'registration', sessionId, code],
    enabled: token !== undefined,
    queryFn: ({ signal }) =>
      unwrap(
        api.scheduling.GET('/scheduling/v1/sessions/{id}/registrations/{code}', {
          params: { path: { id: sessionId, code }, header: { 'X-Manage-Token': token ?? '' } },
          signal,
        }),
      ),
  });
  return (
    <div className="container py-4">
      <h1>{t('manage.title')}</h1>
      {token === undefined ? (
        <p className="alert alert-warning">{t('manage.noToken')}</p>
      ) : (
        <QueryView query={registration}>{(r) => <Manage registration={r} token={token} />}</QueryView>
      )}
      {token !== undefined && (
        <button type="button" className="btn btn-link px-0" onClick={() => void registration.refetch()}>
          {t('manage.refresh')}
        </button>
      )}
      <p className="mt-3">
        <Link to={sessionsPath}>{t('register.back')}</Link>
      </p>
    </div>
  );
}

import { ApiProblem, unwrap, useApiClients } from '@facile/web/api-client';
import { useDateFormat } from '@facile/web/i18n';
import { QueryView, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { tokenFromHash, useNoReferrer } from '../link-token/link-token';
import { romeDay, useSites } from '../sessions/sessions-api';
import { alertCalled } from './call-alert';
import { effectiveTicket, type TicketStatus } from './ticket-board';
import { takeTicketPath } from './ticket-paths';
import { useQueueStream } from './use-queue-stream';

/** Lookups while the stream is open (a safety net) and while it is not (the fallback). */
const SAFETY_POLL_MS = 30_000;
const FALLBACK_POLL_MS = 4_000;
const FINAL = ['served', 'cancelled'];

function TicketView({
  site,
  ticket,
  token,
  live,
}: {
  site: string;
  ticket: TicketStatus;
  token: string;
  live: boolean;
}) {
  const { t } = useTranslation('ticket');
  const api = useApiClients();
  const queryClient = useQueryClient();
  const sites = useSites();
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const alerted = useRef(false);

  useEffect(() => {
    if (ticket.status === 'called' && ticket.counter !== undefined && !alerted.current) {
      alerted.current = true;
      setAnnouncement(t('status.calledAnnouncement', { number: ticket.number, counter: ticket.counter }));
      alertCalled();
    }
  }, [ticket.status, ticket.counter, ticket.number, t]);

  const leave = useMutation({
    mutationFn: () =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/sites/{id}/tickets/{number}/cancel', {
          params: { path: { id: site, number: ticket.number }, header: { 'X-Manage-Token': token } },
        }),
      ),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['scheduling', 'ticket', site, ticket.number] });
    },
  });

  const siteName = sites.data?.find((s) => s.id === site)?.name ?? site;
  const canLeave = ticket.status === 'waiting' || ticket.status === 'missed';
  return (
    <>
      <div
        className="visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
        data-testid="ticket-announcement"
      >
        {announcement}
      </div>
      <div className="card card-bg shadow-sm mb-4">
        <div className="card-body">
          <p className="display-4 fw-bold mb-2" aria-hidden="true">
            {ticket.number}
          </p>
          <dl className="row mb-0">
            <dt className="col-5 col-sm-3">{t('status.site')}</dt>
            <dd className="col-7 col-sm-9">{siteName}</dd>
            <dt className="col-5 col-sm-3">{t('status.service')}</dt>
            <dd className="col-7 col-sm-9">{ticket.service}</dd>
          </dl>
        </div>
      </div>
      <div role="status" aria-atomic="true" className="mb-3">
        {ticket.status === 'waiting' && (
          <>
            <p className="h4">
              {ticket.ahead === 0 ? t('status.aheadNone') : t('status.ahead', { count: ticket.ahead })}
            </p>
            <p>{t('status.wait', { count: ticket.estimatedWaitMinutes })}</p>
          </>
        )}
        {ticket.status === 'served' && <p className="alert alert-success">{t('status.served')}</p>}
        {ticket.status === 'missed' && <p className="alert alert-warning">{t('status.missed')}</p>}
        {ticket.status === 'cancelled' && <p className="alert alert-info">{t('status.cancelled')}</p>}
      </div>
      {ticket.status === 'called' && (
        <p className="alert alert-success h3" data-testid="ticket-called">
          {t('status.called', { counter: ticket.counter })}
        </p>
      )}
      {!FINAL.includes(ticket.status) && (
        <p className="small text-secondary">{live ? t('status.live') : t('status.polling')}</p>
      )}
      {leave.isError && (
        <p role="alert" className="alert alert-danger">
          {leave.error instanceof ApiProblem && leave.error.status === 409
            ? t('status.cancelled')
            : t('status.leaveFailed')}
        </p>
      )}
      {canLeave &&
        (confirming ? (
          <div className="alert alert-warning" role="alertdialog" aria-labelledby="leave-confirm">
            <p id="leave-confirm">{t('status.leaveConfirm')}</p>
            <div className="d-flex flex-wrap gap-2">
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => leave.mutate()}
                aria-disabled={leave.isPending || undefined}
              >
                {t('status.leaveYes')}
              </button>
              <button type="button" className="btn btn-outline-primary" onClick={() => setConfirming(false)}>
                {t('status.leaveNo')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="btn btn-outline-danger" onClick={() => setConfirming(true)}>
            {t('status.leave')}
          </button>
        ))}
      <p className="small mt-4">{t('status.keepLink')}</p>
    </>
  );
}

/** `/il-mio-numero/:siteId/:day/:number#<token>`: one walk-in ticket, followed live. */
export function TicketPage() {
  const { t } = useTranslation('ticket');
  const { siteId = '', day = '', number = '' } = useParams();
  useDocumentTitle(t('status.heading', { number }));
  useNoReferrer();
  const f = useDateFormat();
  const token = tokenFromHash(useLocation().hash);
  const today = day === romeDay();
  const api = useApiClients();
  const stream = useQueueStream(siteId, token !== undefined && today);
  const ticket = useQuery({
    queryKey: ['scheduling', 'ticket', siteId, number],
    enabled: token !== undefined && today,
    queryFn: ({ signal }) =>
      unwrap(
        api.scheduling.GET('/scheduling/v1/sites/{id}/tickets/{number}', {
          params: { path: { id: siteId, number }, header: { 'X-Manage-Token': token ?? '' } },
          signal,
        }),
      ),
    refetchInterval: (q) =>
      q.state.data && FINAL.includes(q.state.data.status)
        ? false
        : stream.live
          ? SAFETY_POLL_MS
          : FALLBACK_POLL_MS,
  });
  // every change of the board may move this ticket: look it up again (the board alone shows a call at once)
  const { refetch } = ticket;
  const updatedAt = stream.board?.updatedAt;
  useEffect(() => {
    if (updatedAt) void refetch();
  }, [updatedAt, refetch]);

  return (
    <div className="container py-4">
      <h1>{t('status.heading', { number })}</h1>
      {token === undefined ? (
        <p className="alert alert-warning">{t('status.noToken')}</p>
      ) : !today ? (
        <p className="alert alert-info">
          {t('status.otherDay', { day: /^\d{4}-\d{2}-\d{2}$/.test(day) ? f.date(`${day}T12:00:00Z`) : day })}
        </p>
      ) : (
        <QueryView query={ticket}>
          {(data) => (
            <TicketView
              site={siteId}
              ticket={effectiveTicket(data, stream.board)}
              token={token}
              live={stream.live}
            />
          )}
        </QueryView>
      )}
      <p>
        <Link to={takeTicketPath}>{t('status.newTicket')}</Link>
      </p>
    </div>
  );
}

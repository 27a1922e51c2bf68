import { unwrap, useApiClients, type SchedulingApi } from '@facile/web/api-client';
import { problemMessage, QueryView, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraft, useShift, useStaffSites } from '../auth';
import { elapsed, shortcutOf } from './elapsed';

type Called = SchedulingApi.components['schemas']['CalledTicket'];
type Outcome = 'served' | 'no-answer';

/** The operator's counter: the line by service group, Call next, and the called ticket's panel. */
export function QueuePage() {
  const { t } = useTranslation('queue');
  const { t: tc } = useTranslation();
  useDocumentTitle(t('title'));
  const api = useApiClients();
  const queryClient = useQueryClient();
  const { query: sites, mine } = useStaffSites();
  const [shift] = useShift(sites.data ? mine.map((s) => s.id) : undefined);
  const siteId = shift?.site ?? '';
  const counter = Number(shift?.counter ?? 1);
  // the called ticket and what became of it survive a reload or a sign-in round trip
  const [called, setCalled] = useDraft<Called | null>(`queue.${siteId}.${counter}`, null);
  const [outcome, setOutcome] = useDraft<Outcome | null>(`queue.${siteId}.${counter}.outcome`, null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const board = useQuery({
    queryKey: ['scheduling', 'queue', siteId],
    queryFn: ({ signal }) =>
      unwrap(
        api.scheduling.GET('/scheduling/v1/sites/{id}/queue', { params: { path: { id: siteId } }, signal }),
      ),
    enabled: !!shift,
    refetchInterval: 5000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['scheduling', 'queue', siteId] });
  const next = useMutation({
    mutationFn: () =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/sites/{id}/queue/next', {
          params: { path: { id: siteId } },
          body: { counter, ...(called ? { previous: outcome ?? 'served' } : {}) },
        }),
      ),
    onSuccess: (ticket) => {
      setCalled(ticket);
      setOutcome(null);
    },
    // nobody waiting (409): the previous ticket was closed all the same (served, or back in line / missed)
    onError: (e) => {
      if (typeof e === 'object' && e !== null && 'status' in e && e.status === 409) {
        setCalled(null);
        setOutcome(null);
      }
    },
    onSettled: refresh,
  });
  const recall = useMutation({
    mutationFn: (number: string) =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/sites/{id}/queue/tickets/{number}/recall', {
          params: { path: { id: siteId, number } },
        }),
      ),
    onSettled: refresh,
  });

  const act = (n: 1 | 2 | 3) => {
    if (!called) return;
    if (n === 1) setOutcome('served');
    if (n === 2 && !recall.isPending) recall.mutate(called.number);
    if (n === 3) setOutcome('no-answer');
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = shortcutOf(e);
      if (n) {
        e.preventDefault();
        act(n);
      }
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  });

  if (!shift)
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('chooseShift')}</p>
      </>
    );
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', { counter })}</p>
      <div className="row g-4">
        <div className="col-12 col-lg-6">
          <section aria-labelledby="called-title" className="card card-bg p-3">
            <h2 id="called-title" className="h4">
              {t('called.title')}
            </h2>
            {called ? (
              <>
                <p className="display-4 mb-1" data-testid="called-number">
                  {called.number}
                </p>
                <p className="mb-1">{t('called.service', { service: called.service })}</p>
                <p className="mb-3" aria-live="off">
                  {t('called.since', { time: elapsed(called.calledAt, now) })}
                </p>
                <p role="status" className="fw-semibold">
                  {outcome === 'served'
                    ? t('called.serving')
                    : outcome === 'no-answer'
                      ? t('called.absent')
                      : ''}
                </p>
                <div className="d-flex flex-wrap gap-2 mb-2">
                  <Button color="success" size="sm" onClick={() => act(1)} aria-keyshortcuts="Alt+1">
                    {t('actions.arrived')}
                  </Button>
                  <Button color="primary" outline size="sm" onClick={() => act(2)} aria-keyshortcuts="Alt+2">
                    {t('actions.again')}
                  </Button>
                  <Button color="danger" outline size="sm" onClick={() => act(3)} aria-keyshortcuts="Alt+3">
                    {t('actions.absent')}
                  </Button>
                </div>
                <p className="small mb-0">{t('shortcuts')}</p>
              </>
            ) : (
              <p>{t('called.none')}</p>
            )}
            <div className="mt-3">
              <Button
                color="primary"
                onClick={() => !next.isPending && next.mutate()}
                aria-disabled={next.isPending || undefined}
              >
                {t('actions.next')}
              </Button>
            </div>
            {(next.isError || recall.isError) && (
              <p role="alert" className="text-danger mt-2 mb-0">
                {problemMessage(next.error ?? recall.error, tc)}
              </p>
            )}
          </section>
        </div>
        <div className="col-12 col-lg-6">
          <section aria-labelledby="line-title">
            <h2 id="line-title" className="h4">
              {t('line.title')}
            </h2>
            <QueryView query={board} showUpdatedAt>
              {(b) => (
                <>
                  <p data-testid="total-waiting">{t('line.total', { count: b.totalWaiting })}</p>
                  {b.waiting.length > 0 && (
                    <table className="table">
                      <caption className="visually-hidden">{t('line.caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('line.group')}</th>
                          <th scope="col">{t('line.waiting')}</th>
                          <th scope="col">{t('line.estimate')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {b.waiting.map((g) => (
                          <tr key={g.letter}>
                            <td>{g.letter}</td>
                            <td>{g.waiting}</td>
                            <td>{t('line.minutes', { count: g.estimatedWaitMinutes })}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  {b.missed.length > 0 && (
                    <>
                      <h3 className="h5">{t('missed.title')}</h3>
                      <ul className="list-unstyled">
                        {b.missed.map((n) => (
                          <li key={n} className="d-flex align-items-center gap-2 mb-2">
                            <span>{n}</span>
                            <Button size="xs" color="primary" outline onClick={() => recall.mutate(n)}>
                              {t('missed.recall', { number: n })}
                            </Button>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </>
              )}
            </QueryView>
          </section>
        </div>
      </div>
    </>
  );
}

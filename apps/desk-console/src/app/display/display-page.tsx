import { problemMessage, useDocumentTitle } from '@facile/web/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { chime, rememberSound, soundEnabled } from './chime';
import './display.css';
import { useBoard, useSite } from './use-board';

const HIGHLIGHT_MS = 60_000;

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <time className="display-number" dateTime={now.toISOString()}>
      {now.toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' })}
    </time>
  );
}

/** The waiting-room TV: called numbers and counters, waiting people, no personal data. */
export function DisplayPage() {
  const { siteId = '' } = useParams();
  const { t } = useTranslation('display');
  const { t: tc } = useTranslation('common');
  useDocumentTitle(t('title'));
  const board = useBoard(siteId);
  const site = useSite(siteId);
  const [sound, setSound] = useState(soundEnabled);
  const [, tick] = useState(0);
  const lastCall = useRef<string | undefined>(undefined);
  const serving = [...(board.data?.serving ?? [])].sort((a, b) => b.calledAt.localeCompare(a.calledAt));
  const newest = serving[0];
  const newestKey = newest ? `${newest.number}@${newest.calledAt}` : undefined;

  useEffect(() => {
    if (newestKey && lastCall.current !== undefined && newestKey !== lastCall.current && sound) chime();
    lastCall.current = newestKey ?? '';
    const timer = window.setTimeout(() => tick((x) => x + 1), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [newestKey, sound]);

  const highlighted = newest && Date.now() - Date.parse(newest.calledAt) < HIGHLIGHT_MS;
  return (
    <main className="facile-display p-4" data-testid="display">
      <div className="d-flex justify-content-between align-items-center mb-4">
        <h1 className="text-white mb-0">{t('heading', { site: site.data?.name ?? siteId })}</h1>
        <Clock />
      </div>
      {!sound && (
        <button
          type="button"
          className="btn btn-warning btn-lg mb-3"
          onClick={() => {
            rememberSound();
            setSound(true);
            chime();
          }}
        >
          {t('enableSound')}
        </button>
      )}
      {board.error && (
        <p role="alert" className="alert alert-warning">
          {problemMessage(board.error, tc)}
        </p>
      )}
      <div className="display-grid">
        <section aria-labelledby="display-called">
          <h2 id="display-called" className="text-white">
            {t('called')}
          </h2>
          <table className="table table-dark display-table">
            <thead>
              <tr>
                <th scope="col">{t('number')}</th>
                <th scope="col">{t('counter')}</th>
              </tr>
            </thead>
            <tbody>
              {serving.map((s, i) => (
                <tr
                  key={`${s.number}-${s.counter}`}
                  className={i === 0 && highlighted ? 'display-newest' : undefined}
                  data-testid="called"
                >
                  <td className="display-number">{s.number}</td>
                  <td className="display-number">{s.counter}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="display-waiting">
          <h2 id="display-waiting" className="text-white">
            {t('waiting')}
          </h2>
          <p className="display-number" data-testid="total-waiting">
            {board.data?.totalWaiting ?? '–'}
          </p>
          <ul className="list-unstyled">
            {(board.data?.waiting ?? []).map((g) => (
              <li key={g.letter}>
                {t('group', { letter: g.letter, count: g.waiting, minutes: g.estimatedWaitMinutes })}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div aria-live="assertive" className="visually-hidden">
        {newest ? t('announce', { number: newest.number, counter: newest.counter }) : ''}
      </div>
    </main>
  );
}

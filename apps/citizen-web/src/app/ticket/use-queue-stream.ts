import { useEffect, useState } from 'react';
import type { QueueBoard } from './ticket-board';

export interface QueueStream {
  board: QueueBoard | undefined;
  /** The stream is open; when false the page polls instead. */
  live: boolean;
}

/**
 * The site's board through the queue's server-sent events (`GET …/queue/stream`, `event: board`). The
 * browser's EventSource reconnects by itself; while it is not open (`live` false) the caller polls.
 */
export function useQueueStream(site: string, enabled: boolean): QueueStream {
  const [board, setBoard] = useState<QueueBoard>();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const base = (import.meta.env.VITE_API_BASE_URL || '').replace(/\/+$/, '');
    const source = new EventSource(`${base}/scheduling/v1/sites/${encodeURIComponent(site)}/queue/stream`);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.addEventListener('board', (e) => {
      try {
        setBoard(JSON.parse((e as MessageEvent<string>).data) as QueueBoard);
        setLive(true);
      } catch {
        // a broken event: the next one, or polling, brings the board
      }
    });
    return () => {
      source.close();
      setLive(false);
    };
  }, [site, enabled]);
  return { board, live };
}

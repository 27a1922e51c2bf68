import { useEffect, useReducer, useRef, useState } from 'react';
import { GraceTimer, UNDO_GRACE_MS } from './grace-timer';

/**
 * A grace window per key for the page's lifetime: `schedule` holds an action back, `cancel` is the undo,
 * and leaving the page (unmount, or the tab closing) sends whatever is still pending.
 */
export function useGraceActions<A>(send: (key: string, action: A) => void, delayMs = UNDO_GRACE_MS) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);
  const [timer] = useState(
    () => new GraceTimer<string, A>((k, a) => sendRef.current(k, a), delayMs, rerender),
  );
  useEffect(() => {
    // the countdowns move once a second while an action waits
    const tick = setInterval(() => timer.waiting && rerender(), 1000);
    return () => clearInterval(tick);
  }, [timer]);
  useEffect(() => {
    const leave = () => timer.flush();
    globalThis.addEventListener('pagehide', leave);
    return () => {
      globalThis.removeEventListener('pagehide', leave);
      timer.flush();
    };
  }, [timer]);
  return timer;
}

import { useCallback, useSyncExternalStore } from 'react';

/** The site and counter an operator works at, chosen at the start of the shift and remembered on this PC. */
export interface Shift {
  site: string;
  counter: string;
}

const KEY = 'facile.desk.shift';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function parseShift(raw: string | null): Shift | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Shift>;
    return typeof v.site === 'string' && v.site && typeof v.counter === 'string' && v.counter
      ? { site: v.site, counter: v.counter }
      : null;
  } catch {
    return null;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  globalThis.addEventListener?.('storage', listener);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', listener);
  };
}

/** The shift of this PC, only if the signed-in operator may staff its site (else null: choose again). */
export function useShift(allowedSites?: readonly string[]): [Shift | null, (s: Shift | null) => void] {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const shift = parseShift(raw);
  const set = useCallback((s: Shift | null) => {
    if (s) globalThis.localStorage.setItem(KEY, JSON.stringify(s));
    else globalThis.localStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  }, []);
  return [shift && (!allowedSites || allowedSites.includes(shift.site)) ? shift : null, set];
}

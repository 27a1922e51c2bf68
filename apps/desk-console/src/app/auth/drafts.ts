import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'facile.desk.draft.';

/**
 * Form state that survives a sign-in round trip (a 401 sends the browser to Keycloak and back): kept in
 * sessionStorage under a key of the form's own, cleared by `clear()` once the form is sent.
 */
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const storageKey = PREFIX + key;
  const initialValue = useRef(initial);
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = globalThis.sessionStorage?.getItem(storageKey);
      return stored === null || stored === undefined ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      globalThis.sessionStorage?.setItem(storageKey, JSON.stringify(value));
    } catch {
      // storage full or refused: the draft lives in memory only
    }
  }, [storageKey, value]);
  const clear = useCallback(() => {
    globalThis.sessionStorage?.removeItem(storageKey);
    setValue(initialValue.current);
  }, [storageKey]);
  return [value, setValue, clear];
}

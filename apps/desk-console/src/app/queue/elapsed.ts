/** mm:ss (or h:mm:ss) since `fromIso`, never negative. */
export function elapsed(fromIso: string, now = Date.now()): string {
  const total = Math.max(0, Math.floor((now - new Date(fromIso).getTime()) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** Alt+1/2/3 (not plain digits: screen readers' quick keys stay free). */
export function shortcutOf(
  e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): 1 | 2 | 3 | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const n = { Digit1: 1, Digit2: 2, Digit3: 3, Numpad1: 1, Numpad2: 2, Numpad3: 3 }[e.code];
  return (n as 1 | 2 | 3 | undefined) ?? null;
}

/** Today's date (YYYY-MM-DD) in the desk's time zone. */
export function todayIn(timeZone = 'Europe/Rome', now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The hour and minute of an ISO instant in the site's time zone. */
export function timeIn(iso: string, timeZone = 'Europe/Rome'): string {
  return new Intl.DateTimeFormat('it-IT', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

export const isDate = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

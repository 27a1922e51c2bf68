/** A calendar month as `YYYY-MM`, and the dates of its grid (weeks from Monday), all as `YYYY-MM-DD`. */

const pad = (n: number) => String(n).padStart(2, '0');

export function currentMonth(now = new Date()): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-');
  return `${y}-${m}`;
}

export function isMonth(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}

/** The weeks of the month, Monday first; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Items by the local date of their `start` (the API writes times with Rome's offset: the date is its prefix). */
export function byDay<T extends { start: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const day = item.start.slice(0, 10);
    map.set(day, [...(map.get(day) ?? []), item]);
  }
  return map;
}

/** `HH:MM` of an ISO date-time written with its local offset. */
export const localTime = (iso: string) => iso.slice(11, 16);

/** The ISO date-time of a local date and time in Europe/Rome, with Rome's offset on that day. */
export function romeDateTime(date: string, time: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const guess = new Date(Date.UTC(y, mo - 1, d, h, mi));
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name && name !== 'GMT' ? name.replace('GMT', '') : '+00:00';
  return `${date}T${time}:00${offset}`;
}

/** The RRULE of the form's choices. */
export function rruleOf(frequency: 'weekly' | 'biweekly' | 'monthly', weekday: string, nth = 1): string {
  if (frequency === 'weekly') return `FREQ=WEEKLY;BYDAY=${weekday}`;
  if (frequency === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`;
  return `FREQ=MONTHLY;BYDAY=${nth}${weekday}`;
}

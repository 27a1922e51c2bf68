import { DateTime } from 'luxon';

const QUARTER_MS = 15 * 60_000;
const zones = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset (minutes) at an instant. Offsets change only on quarter-hour boundaries, so one
 * luxon (Intl) computation per zone and quarter hour is cached: availability formats thousands of instants.
 */
export function offsetMinutes(ms: number, zone: string): number {
  let offsets = zones.get(zone);
  if (!offsets) zones.set(zone, (offsets = new Map()));
  const key = Math.floor(ms / QUARTER_MS);
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = DateTime.fromMillis(key * QUARTER_MS, { zone }).offset;
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** ISO 8601 with the zone's offset, seconds included, no milliseconds: `2027-03-30T08:30:00+02:00`. */
export function iso(ms: number, zone: string): string {
  const offset = offsetMinutes(ms, zone);
  const t = new Date(ms + offset * 60_000);
  const abs = Math.abs(offset);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local date `YYYY-MM-DD` of an instant in the zone. */
export function localDate(ms: number, zone: string): string {
  return new Date(ms + offsetMinutes(ms, zone) * 60_000).toISOString().slice(0, 10);
}

/**
 * The instant of a local wall time `HH:MM` (or `24:00`) on a date in the zone. Fast path through the cached
 * offsets; a time in the spring-forward gap goes to luxon, which moves it forward like every calendar does.
 */
export function wallTimeToMillis(date: string, hhmm: string, zone: string): number {
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const wall = Date.UTC(y, mo - 1, d, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)));
  const guess = offsetMinutes(wall - offsetMinutes(wall, zone) * 60_000, zone);
  const ms = wall - guess * 60_000;
  if (offsetMinutes(ms, zone) === guess) return ms;
  const t =
    hhmm === '24:00'
      ? DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day')
      : DateTime.fromISO(`${date}T${hhmm}`, { zone });
  return t.toMillis();
}

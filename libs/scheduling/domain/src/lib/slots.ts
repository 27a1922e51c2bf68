import { DateTime } from 'luxon';
import { HolidayCalendar } from './holidays';
import { LocalInterval, OpeningHours, WEEKDAYS } from './opening-hours';
import { intersectIntervals } from './presence';
import { iso, localDate, wallTimeToMillis } from './zone-time';

/** A counter taken over an interval (a booking or a live hold), instants in epoch ms. */
export interface Occupation {
  start: number;
  end: number;
  counter: number;
}

export interface SlotSite {
  id: string;
  /** The municipality the site belongs to (its patron day closes it). */
  tenant: string;
  timeZone: string;
  openingHours: OpeningHours;
}

export interface SlotQuery {
  site: SlotSite;
  /** Per-date exceptions: the day's intervals instead of the weekly ones (`[]` = closed). */
  exceptions: ReadonlyMap<string, LocalInterval[]>;
  holidays: HolidayCalendar;
  from: string;
  to: string;
  durationMinutes: number;
  /** Counters 1..counters serve this procedure. */
  counters: number;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  now: Date;
  occupied: readonly Occupation[];
  /**
   * When the visit is delivered by a rotating resource (the Digitale Facile team): per local date, the hours its
   * rotations put it at the site. Then only those dates and hours are offered (see openIntervalsOn).
   */
  presence?: ReadonlyMap<string, LocalInterval[]>;
}

export interface Slot {
  site: string;
  start: string;
  end: string;
  available: number;
}

/**
 * The intervals a site is open on a local date (after holidays and exceptions). With `presence` (a rotating
 * resource's hours by date) those hours replace the weekly ones: the resource opens its own session, on its
 * dates only; holidays still close it and a per-date exception still bounds it.
 */
export function openIntervalsOn(
  site: SlotSite,
  date: string,
  exceptions: ReadonlyMap<string, LocalInterval[]>,
  holidays: HolidayCalendar,
  presence?: ReadonlyMap<string, LocalInterval[]>,
): LocalInterval[] {
  const exception = exceptions.get(date);
  if (presence) {
    const team = presence.get(date) ?? [];
    if (exception) return intersectIntervals(team, exception);
    return holidays.closedBecause(date, site.tenant) ? [] : team;
  }
  if (exception) return exception;
  if (holidays.closedBecause(date, site.tenant)) return [];
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return site.openingHours[WEEKDAYS[weekday]] ?? [];
}

/**
 * Free slots of one site: each open interval is cut into back-to-back slots of the procedure's duration,
 * stepping in real time (so a daylight-saving change never yields a slot in the missing hour nor twice the
 * same instant), none crossing a break or the closing time; notice and horizon applied; `available` is the
 * number of the procedure's counters free for the whole slot. Only slots with a free counter are returned.
 */
export function generateSlots(q: SlotQuery): Slot[] {
  const zone = q.site.timeZone;
  const earliest = q.now.getTime() + q.minNoticeMinutes * 60_000;
  const lastDate =
    DateTime.fromJSDate(q.now, { zone }).startOf('day').plus({ days: q.maxDaysAhead }).toISODate() ?? q.to;
  const stepMs = q.durationMinutes * 60_000;
  const byDay = new Map<string, Occupation[]>();
  for (const o of q.occupied) {
    const key = localDate(o.start, zone);
    const list = byDay.get(key);
    if (list) list.push(o);
    else byDay.set(key, [o]);
  }
  const slots: Slot[] = [];
  for (let dayMs = Date.parse(`${q.from}T00:00:00Z`); ; dayMs += 86_400_000) {
    const date = new Date(dayMs).toISOString().slice(0, 10);
    if (date > q.to || date > lastDate) break;
    const dayOccupied = byDay.get(date) ?? [];
    for (const [from, to] of openIntervalsOn(q.site, date, q.exceptions, q.holidays, q.presence)) {
      const closeMs = wallTimeToMillis(date, to, zone);
      for (let start = wallTimeToMillis(date, from, zone); start + stepMs <= closeMs; start += stepMs) {
        if (start < earliest) continue;
        const end = start + stepMs;
        const busy = new Set<number>();
        for (const o of dayOccupied)
          if (o.start < end && o.end > start && o.counter <= q.counters) busy.add(o.counter);
        const available = q.counters - busy.size;
        if (available <= 0) continue;
        slots.push({ site: q.site.id, start: iso(start, zone), end: iso(end, zone), available });
      }
    }
  }
  return slots;
}

/** True when `start` (epoch ms) begins one of the site's slots for that duration on its local date. */
export function isSlotStart(
  site: SlotSite,
  startMs: number,
  durationMinutes: number,
  exceptions: ReadonlyMap<string, LocalInterval[]>,
  holidays: HolidayCalendar,
  presence?: ReadonlyMap<string, LocalInterval[]>,
): boolean {
  const date = localDate(startMs, site.timeZone);
  const stepMs = durationMinutes * 60_000;
  return openIntervalsOn(site, date, exceptions, holidays, presence).some(([from, to]) => {
    const open = wallTimeToMillis(date, from, site.timeZone);
    const close = wallTimeToMillis(date, to, site.timeZone);
    return startMs >= open && startMs + stepMs <= close && (startMs - open) % stepMs === 0;
  });
}

import { localDate } from '@facile/scheduling/domain';
import { DurationMetric, leadBucket, waitBucket } from './histogram';

/**
 * The counting rules of the statistics read models. Each booking, ticket, registration and session adds a
 * contribution (counters and duration samples under one key) for its current state; a new state replaces the
 * old contribution by their difference. Pure: the projection in infrastructure reads and writes the rows.
 */

/** The zone the network's days are counted in (every site is in Europe/Rome). */
export const STATISTICS_ZONE = 'Europe/Rome';
/** Group sessions are counted as one pseudo-procedure. */
export const GROUP_SESSION_SERVICE = 'group-session';

export const COUNTERS = [
  'bookings',
  'cancelled',
  'completed',
  'no_shows',
  'used_minutes',
  'tickets_issued',
  'tickets_served',
  'registered',
  'waitlisted',
  'seats',
] as const;
export type Counter = (typeof COUNTERS)[number];

export interface StatsKey {
  day: string;
  site: string;
  siteTenant: string;
  citizenTenant: string;
  service: string;
}

export interface Contribution {
  key: StatsKey;
  counters: Partial<Record<Counter, number>>;
  durations: { metric: DurationMetric; bucket: number }[];
}

export interface CounterDelta {
  key: StatsKey;
  delta: Partial<Record<Counter, number>>;
}

export interface DurationDelta {
  key: StatsKey;
  metric: DurationMetric;
  bucket: number;
  n: number;
}

const keyString = (k: StatsKey) => `${k.day}|${k.site}|${k.citizenTenant}|${k.service}`;
const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** The first day of the month of a `YYYY-MM-DD` day (the monthly grain's key). */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
/** The network's local day of an instant. */
export const statisticsDayOf = (iso: string) => localDate(Date.parse(iso), STATISTICS_ZONE);

/**
 * What changes when `before` is replaced by `after`: only non-zero counter deltas and duration counts, in key
 * order (so concurrent writers always touch rows in the same order and never deadlock). Replacing a
 * contribution by itself changes nothing.
 */
export function diffContributions(
  before: Contribution | null,
  after: Contribution | null,
): { counters: CounterDelta[]; durations: DurationDelta[] } {
  const counters = new Map<string, CounterDelta>();
  const durations = new Map<string, DurationDelta>();
  const add = (c: Contribution | null, sign: 1 | -1) => {
    if (!c) return;
    const k = keyString(c.key);
    const entry = counters.get(k) ?? { key: c.key, delta: {} };
    for (const [name, value] of Object.entries(c.counters) as [Counter, number][])
      entry.delta[name] = (entry.delta[name] ?? 0) + sign * value;
    counters.set(k, entry);
    for (const d of c.durations) {
      const dk = `${k}|${d.metric}|${d.bucket}`;
      const e = durations.get(dk) ?? { key: c.key, metric: d.metric, bucket: d.bucket, n: 0 };
      e.n += sign;
      durations.set(dk, e);
    }
  };
  add(before, -1);
  add(after, 1);
  return {
    counters: [...counters.entries()]
      .sort(byKey)
      .map(([, e]) => ({
        key: e.key,
        delta: Object.fromEntries(Object.entries(e.delta).filter(([, v]) => v !== 0)),
      }))
      .filter((e) => Object.keys(e.delta).length > 0),
    durations: [...durations.entries()]
      .sort(byKey)
      .map(([, e]) => e)
      .filter((e) => e.n !== 0),
  };
}

/** A booking as the statistics remember it (one row per booking). */
export interface BookingFacts {
  day: string;
  site: string;
  siteTenant: string;
  citizenTenant: string;
  service: string;
  status: string;
  minutes: number;
  leadBucket: number;
  sequence: number;
}

/** The booking's whole state as its events carry it. */
export interface BookingStateFacts {
  site: string;
  tenant: string;
  services: readonly string[];
  status: string;
  start: string;
  end: string;
  createdAt: string;
  sequence: number;
}

export function bookingFactsOf(b: BookingStateFacts, siteTenant: string): BookingFacts {
  const start = Date.parse(b.start);
  return {
    day: statisticsDayOf(b.start),
    site: b.site,
    siteTenant,
    citizenTenant: b.tenant,
    // A visit for several procedures counts once, under its first procedure (ADR 0011).
    service: b.services[0],
    status: b.status,
    minutes: Math.round((Date.parse(b.end) - start) / 60_000),
    leadBucket: leadBucket((start - Date.parse(b.createdAt)) / 60_000),
    sequence: b.sequence,
  };
}

/** A late or repeated state never overwrites a newer one. */
export const isNewerBookingState = (before: { sequence: number } | null, sequence: number) =>
  !before || sequence > before.sequence;

/** Not (or never) bookings: pending until confirmed, or released unconfirmed (confirm-by-link mode, ADR 0019). */
const NOT_YET_BOOKINGS = new Set(['pending', 'expired']);

export const bookingContribution = (b: BookingFacts): Contribution | null =>
  NOT_YET_BOOKINGS.has(b.status)
    ? null
    : {
        key: {
          day: b.day,
          site: b.site,
          siteTenant: b.siteTenant,
          citizenTenant: b.citizenTenant,
          service: b.service,
        },
        counters: {
          bookings: 1,
          cancelled: b.status === 'cancelled' ? 1 : 0,
          completed: b.status === 'completed' ? 1 : 0,
          no_shows: b.status === 'no-show' ? 1 : 0,
          // A no-show still held the counter: capacity used is every slot minute not given back by a cancellation.
          used_minutes: b.status === 'cancelled' ? 0 : b.minutes,
        },
        durations: [{ metric: 'lead', bucket: b.leadBucket }],
      };

/** A walk-in ticket as the statistics remember it. */
export interface TicketFacts {
  day: string;
  site: string;
  siteTenant: string;
  citizenTenant: string;
  service: string;
  served: boolean;
  waitBucket: number | null;
}

export const ticketContribution = (t: TicketFacts): Contribution => ({
  key: {
    day: t.day,
    site: t.site,
    siteTenant: t.siteTenant,
    citizenTenant: t.citizenTenant,
    service: t.service,
  },
  counters: { tickets_issued: 1, tickets_served: t.served ? 1 : 0 },
  durations: t.waitBucket === null ? [] : [{ metric: 'wait', bucket: t.waitBucket }],
});

/**
 * The next call at a counter reports how the ticket it called before ended: the number whose outcome the event
 * reports, when it reports one that counts (served or missed).
 */
export const reportedTicket = (e: { previousNumber?: string; previousStatus?: string }): string | null =>
  e.previousNumber && (e.previousStatus === 'served' || e.previousStatus === 'missed')
    ? e.previousNumber
    : null;

/** As reported by the counter's next call; until then, called at a counter (or served) and not missed or cancelled. */
export const ticketServed = (reportedOutcome: string | null, status: string): boolean =>
  reportedOutcome ? reportedOutcome === 'served' : status === 'called' || status === 'served';

/** The wait is the time to the first call; a recall does not change it. */
export function ticketWaitBucket(
  known: number | null | undefined,
  issuedAt: string,
  calledAt: string | undefined,
): number | null {
  if (known !== null && known !== undefined) return known;
  return calledAt ? waitBucket((Date.parse(calledAt) - Date.parse(issuedAt)) / 60_000) : null;
}

/** A registration to a group session as the statistics remember it. */
export interface RegistrationFacts {
  day: string;
  site: string;
  siteTenant: string;
  citizenTenant: string;
  status: string;
}

export const registrationContribution = (r: RegistrationFacts): Contribution => ({
  key: {
    day: r.day,
    site: r.site,
    siteTenant: r.siteTenant,
    citizenTenant: r.citizenTenant,
    service: GROUP_SESSION_SERVICE,
  },
  counters: { registered: r.status === 'registered' ? 1 : 0, waitlisted: r.status === 'waitlisted' ? 1 : 0 },
  durations: [],
});

/** A session's seats count once, under the site's own municipality. */
export const seatsContribution = (
  s: { day: string; site: string; siteTenant: string },
  seats: number,
): Contribution => ({
  key: {
    day: s.day,
    site: s.site,
    siteTenant: s.siteTenant,
    citizenTenant: s.siteTenant,
    service: GROUP_SESSION_SERVICE,
  },
  counters: { seats },
  durations: [],
});

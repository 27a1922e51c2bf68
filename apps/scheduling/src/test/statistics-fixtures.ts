import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Topics } from '@facile/contracts';

/**
 * A month of network activity (March 2027, with a few days either side) written as scheduling's own events
 * into its outbox — the relay publishes them, the statistics consumer reads them — together with the model
 * the expected figures are computed from, independently of the read models.
 */

export const TENANTS = ['cesena', 'bagno-di-romagna', 'mercato-saraceno', 'montiano', 'verghereto'] as const;
export const SERVICES: [string, number][] = [
  ['carta-identita-elettronica', 20],
  ['cambio-residenza', 30],
  ['spid', 15],
];

interface SiteFile {
  sites: { id: string; tenant: string; counters: number; openingHours: Record<string, [string, string][]> }[];
}
export const SITES = (
  JSON.parse(
    readFileSync(
      resolve(__dirname, '../../../../libs/scheduling/infrastructure/src/seed/sites.json'),
      'utf8',
    ),
  ) as SiteFile
).sites;
export const siteTenant = (site: string) => SITES.find((s) => s.id === site)?.tenant ?? 'unknown';

export interface ModelBooking {
  site: string;
  day: string;
  citizenTenant: string;
  service: string;
  status: 'booked' | 'checked-in' | 'completed' | 'no-show' | 'cancelled';
  minutes: number;
  leadMinutes: number;
}

export interface ModelTicket {
  site: string;
  day: string;
  citizenTenant: string;
  service: string;
  served: boolean;
  waitMinutes: number | null;
}

export interface ModelRegistration {
  site: string;
  day: string;
  citizenTenant: string;
  status: 'registered' | 'waitlisted' | 'cancelled';
}

export interface Model {
  bookings: ModelBooking[];
  tickets: ModelTicket[];
  registrations: ModelRegistration[];
  /** Seats of the group sessions (all at cesena-montefiore in March). */
  seats: number;
  events: number;
}

interface OutboxEvent {
  type: string;
  tenant: string;
  aggregate: string;
  topic: string;
  payload: object;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

const ZONE = 'Europe/Rome';
const local = (day: string, minutesAfterMidnight: number) =>
  DateTime.fromISO(day, { zone: ZONE }).plus({ minutes: minutesAfterMidnight });
const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true }) as string;
const dayPlus = (day: string, n: number) =>
  DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: n }).toISODate() as string;

export function generateMonth(seed = 20270301): { model: Model; outbox: OutboxEvent[] } {
  const r = rng(seed);
  const outbox: OutboxEvent[] = [];
  const bookings: ModelBooking[] = [];
  const tickets: ModelTicket[] = [];
  const registrations: ModelRegistration[] = [];
  const citizen = { firstName: 'Anna', lastName: 'Bianchi', email: 'a@example.org' };

  for (let i = 0; i < 240; i++) {
    const site = r.pick(SITES);
    const tenant = r.next() < 0.7 ? site.tenant : r.pick(TENANTS);
    const [service, minutes] = r.pick(SERVICES);
    let day = dayPlus('2027-02-26', r.int(0, 35));
    let siteId = site.id;
    const startMinute = 9 * 60 + 15 * r.int(0, 12);
    // Lead times are whole hours under two days or whole days, so the expected percentiles are exact.
    const leadInDays = r.next() < 0.6;
    let lead = leadInDays ? r.int(2, 45) * 1440 : r.int(1, 47) * 60;
    let start = local(day, startMinute);
    const createdAt = start.minus({ minutes: lead });
    const bookingId = randomUUID();
    let sequence = 1;
    const state = (status: ModelBooking['status'], extra: object = {}) => {
      const s = start;
      return {
        bookingId,
        code: `C${i}`,
        services: [service],
        tenant,
        site: siteId,
        start: iso(s),
        end: iso(s.plus({ minutes })),
        status,
        sequence,
        createdAt: iso(createdAt),
        citizen,
        ...extra,
      };
    };
    const emit = (type: string, payload: object) =>
      outbox.push({ type, tenant, aggregate: bookingId, topic: Topics.schedulingBookings, payload });
    emit('scheduling.booking.created', state('booked'));
    if (leadInDays && r.next() < 0.25) {
      const previous = state('booked');
      // Moved by whole days of elapsed time (across the DST change the local time moves by an hour).
      const shift = r.int(1, 6);
      start = start.plus({ minutes: shift * 1440 });
      day = start.toISODate() as string;
      lead += shift * 1440;
      siteId = r.pick(SITES).id;
      sequence++;
      emit(
        'scheduling.booking.rescheduled',
        state('booked', { previousStart: previous.start, previousSite: previous.site }),
      );
    }
    const fate = r.next();
    let status: ModelBooking['status'] = 'booked';
    if (fate < 0.15) {
      status = 'cancelled';
      sequence++;
      emit('scheduling.booking.cancelled', state('cancelled', { reason: 'test' }));
    } else if (fate < 0.6) {
      sequence++;
      emit('scheduling.booking.checked-in', state('checked-in'));
      status = 'completed';
      sequence++;
      emit('scheduling.booking.completed', state('completed'));
    } else if (fate < 0.72) {
      status = 'no-show';
      sequence++;
      emit('scheduling.booking.no-show', state('no-show'));
    }
    bookings.push({ site: siteId, day, citizenTenant: tenant, service, status, minutes, leadMinutes: lead });
  }

  for (let i = 0; i < 150; i++) {
    const site = r.pick(SITES);
    const tenant = r.next() < 0.8 ? site.tenant : r.pick(TENANTS);
    const service = r.pick(SERVICES)[0];
    const day = dayPlus('2027-02-27', r.int(0, 34));
    const issuedAt = local(day, 9 * 60 + r.int(0, 180));
    const ticketId = randomUUID();
    const base = {
      ticketId,
      site: site.id,
      tenant,
      service,
      number: `A${String(i).padStart(3, '0')}`,
      issuedAt: iso(issuedAt),
    };
    const emit = (type: string, payload: object) =>
      outbox.push({ type, tenant, aggregate: ticketId, topic: Topics.schedulingQueue, payload });
    emit('scheduling.ticket.issued', { ...base, status: 'waiting', estimatedWaitMinutes: 10 });
    let served = false;
    let wait: number | null = null;
    if (r.next() < 0.85) {
      wait = r.int(0, 100);
      const calledAt = iso(issuedAt.plus({ minutes: wait, seconds: r.int(0, 59) }));
      emit('scheduling.ticket.called', { ...base, status: 'called', counter: '1', calledAt });
      served = true;
      const missed = r.next();
      if (missed < 0.06) {
        emit('scheduling.ticket.called', { ...base, status: 'missed', counter: '1', calledAt });
        served = false;
      } else if (missed < 0.12) {
        // Missed, as told by the next call at the same counter (the queue reports how the previous ticket ended).
        const nextId = randomUUID();
        const nextIssued = issuedAt.plus({ minutes: 1 });
        const nextWait = r.int(0, 100);
        const next = {
          ticketId: nextId,
          site: site.id,
          tenant,
          service,
          number: `B${String(i).padStart(3, '0')}`,
          issuedAt: iso(nextIssued),
        };
        outbox.push({
          type: 'scheduling.ticket.issued',
          tenant,
          aggregate: nextId,
          topic: Topics.schedulingQueue,
          payload: { ...next, status: 'waiting' },
        });
        outbox.push({
          type: 'scheduling.ticket.called',
          tenant,
          aggregate: nextId,
          topic: Topics.schedulingQueue,
          payload: {
            ...next,
            status: 'called',
            counter: '1',
            calledAt: iso(nextIssued.plus({ minutes: nextWait })),
            day,
            previousNumber: base.number,
            previousStatus: 'missed',
          },
        });
        tickets.push({
          site: site.id,
          day,
          citizenTenant: tenant,
          service,
          served: true,
          waitMinutes: nextWait,
        });
        served = false;
      }
    }
    tickets.push({ site: site.id, day, citizenTenant: tenant, service, served, waitMinutes: wait });
  }

  const sessions = [
    { day: '2027-03-11', seats: 10, people: 13, cancellations: 2 },
    { day: '2027-03-20', seats: 10, people: 12, cancellations: 2 },
    { day: '2027-03-25', seats: 8, people: 5, cancellations: 1 },
  ];
  for (const { day, seats, people, cancellations } of sessions) {
    const sessionId = randomUUID();
    const start = local(day, 15 * 60);
    const regs = Array.from({ length: people }, (_, i) => ({
      id: randomUUID(),
      tenant: r.pick(TENANTS),
      status: (i < seats ? 'registered' : 'waitlisted') as ModelRegistration['status'],
      position: i < seats ? undefined : i - seats + 1,
    }));
    const emit = (type: string, reg: (typeof regs)[number]) =>
      outbox.push({
        type,
        tenant: reg.tenant,
        aggregate: reg.id,
        topic: Topics.schedulingSessions,
        payload: {
          registrationId: reg.id,
          code: reg.id.slice(0, 8),
          sessionId,
          tenant: reg.tenant,
          site: 'cesena-montefiore',
          title: 'Orientamento',
          start: iso(start),
          end: iso(start.plus({ hours: 2 })),
          status: reg.status,
          position: reg.position,
          seats,
          citizen,
        },
      });
    for (const reg of regs)
      emit(
        reg.status === 'registered'
          ? 'scheduling.registration.created'
          : 'scheduling.registration.waitlisted',
        reg,
      );
    // Seats given back: the first ones waiting are promoted.
    for (let k = 0; k < cancellations; k++) {
      regs[k].status = 'cancelled';
      emit('scheduling.registration.cancelled', regs[k]);
      const promoted = regs[seats + k];
      if (!promoted) continue;
      promoted.status = 'registered';
      promoted.position = undefined;
      emit('scheduling.registration.promoted', promoted);
    }
    for (const reg of regs)
      registrations.push({ site: 'cesena-montefiore', day, citizenTenant: reg.tenant, status: reg.status });
  }
  const seats = sessions.reduce((a, s) => a + s.seats, 0);
  return { model: { bookings, tickets, registrations, seats, events: outbox.length }, outbox };
}

export async function writeOutbox(ds: DataSource, events: OutboxEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 200) {
    const chunk = events.slice(i, i + 200);
    const values = chunk
      .map(
        (_, j) =>
          `($${j * 6 + 1}, 'statistics-test', $${j * 6 + 2}, $${j * 6 + 3}, $${j * 6 + 4}, $${j * 6 + 5}, $${j * 6 + 6})`,
      )
      .join(', ');
    await ds.query(
      `INSERT INTO scheduling.outbox (id, aggregatetype, aggregateid, type, payload, tenant_id, topic) VALUES ${values}`,
      chunk.flatMap((e) => [randomUUID(), e.aggregate, e.type, JSON.stringify(e.payload), e.tenant, e.topic]),
    );
  }
}

/** Nearest-rank percentile of raw values (what the endpoint promises for whole-minute waits and these leads). */
export function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1];
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Offered slot minutes of a site over [from, to], from its weekly hours, minus the given closed dates. */
export function offeredMinutes(siteId: string, from: string, to: string, closed: string[]): number {
  const site = SITES.find((s) => s.id === siteId);
  if (!site) throw new Error(siteId);
  let total = 0;
  for (let day = from; day <= to; day = dayPlus(day, 1)) {
    if (closed.includes(day)) continue;
    const weekday = WEEKDAYS[DateTime.fromISO(day).weekday - 1];
    for (const [a, b] of site.openingHours[weekday] ?? []) {
      const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
      total += (m(b) - m(a)) * site.counters;
    }
  }
  return total;
}

import { Topics } from '@facile/contracts';
import { OutboxSignal } from '@facile/platform/messaging';
import { readTopic, startTestService, testEnvironment, TestService, waitFor } from '@facile/platform/testing';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

/** Montiano's desk has one counter, open Tuesday and Friday 09:00-12:30. */
const ONE_COUNTER = { service: 'spid', tenant: 'montiano', site: 'montiano-municipio' };
const LOOKUPS_PER_MINUTE = 30;

/**
 * Two replicas of scheduling on one database, one Redis and one Kafka consumer group, as Union IT runs them
 * (issue 20). The queue board's streams across replicas are covered in queue.int.spec.ts.
 */
describe('scheduling: two replicas (real PostgreSQL, Redis and Kafka)', () => {
  let a: TestService<SchedulingConfig>;
  let b: TestService<SchedulingConfig>;
  let bStopped = false;
  const replicas = () => [a, b];

  beforeAll(async () => {
    const env = testEnvironment('scheduling-replicas', {
      LOOKUP_RATE_LIMIT_PER_MINUTE: String(LOOKUPS_PER_MINUTE),
      AVAILABILITY_CACHE_MS: '0',
    });
    a = await startTestService(schedulingService, env);
    b = await startTestService(schedulingService, env);
    await prepare(a);
  });
  afterAll(async () => {
    if (!bStopped) await b?.close();
    await a?.close();
  });

  /** The n-th quarter-hour slot of Montiano's morning (09:00, 09:15, …) on a date. */
  const slot = (date: string, n: number) => {
    const minutes = 9 * 60 + 15 * n;
    return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+02:00`;
  };

  const book = (svc: TestService<SchedulingConfig>, start: string, n: number) =>
    http(svc)
      .post('/scheduling/v1/bookings')
      .send({ ...ONE_COUNTER, start, citizen: citizen(n) });

  it('shares the lookup limit: the replicas together allow what one would', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LOOKUPS_PER_MINUTE; i++)
      statuses.push(
        (
          await http(replicas()[i % 2])
            .get('/scheduling/v1/bookings/AAAA-AAAA')
            .set('X-Manage-Token', 'guess')
            .set('X-Forwarded-For', '198.51.100.20')
        ).status,
      );
    expect(statuses.slice(0, LOOKUPS_PER_MINUTE).every((s) => s === 404)).toBe(true);
    // per-process limits would let each replica answer 30 more
    expect(statuses.slice(LOOKUPS_PER_MINUTE).every((s) => s === 429)).toBe(true);
  });

  it('gives exactly one of 200 concurrent bookings of a one-counter slot, half sent to each replica', async () => {
    const start = '2027-04-09T10:00:00+02:00';
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => book(replicas()[i % 2], start, 1000 + i)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    const rows = await a.ds.query(`SELECT count(*)::int AS n FROM scheduling.bookings WHERE start_at = $1`, [
      start,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('publishes through one relay at a time: every event once, each booking’s events in order', async () => {
    expect([a, b].map((s) => s.app.get(OutboxSignal).localLeader).sort()).toEqual([false, true]);
    // Ten bookings made on one replica and cancelled on the other, so both write to the outbox.
    const made: { id: string; code: string }[] = [];
    for (let i = 0; i < 10; i++) {
      // Tuesday 13 and Friday 16 April 2027
      const res = await book(
        replicas()[i % 2],
        slot(i < 5 ? '2027-04-13' : '2027-04-16', i % 5),
        2000 + i,
      ).expect(201);
      made.push(res.body);
      await http(replicas()[(i + 1) % 2])
        .post(`/scheduling/v1/bookings/${res.body.code}/cancel`)
        .set('X-Manage-Token', res.body.manageToken)
        .expect(200);
    }
    const ids = new Set(made.map((m) => m.id));
    const events = (
      await readTopic(`${a.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`, {
        expected: 21,
        timeoutMs: 15000,
      })
    ).filter((e) => ids.has(e.key ?? ''));
    expect(new Set(events.map((e) => e.headers['ce_id'])).size).toBe(events.length);
    for (const id of ids)
      expect(events.filter((e) => e.key === id).map((e) => e.headers['ce_type'])).toEqual([
        'scheduling.booking.created',
        'scheduling.booking.cancelled',
      ]);
  });

  it('splits the statistics consumer’s partitions and, a replica gone, counts every booking once', async () => {
    const day = '2027-04-20'; // a Tuesday
    const booked = async (svc: TestService<SchedulingConfig>, slots: number[]) => {
      for (const n of slots) await book(svc, slot(day, n), 3000 + n).expect(201);
    };
    const counted = async () =>
      (
        await a.ds.query(
          `SELECT coalesce(sum(bookings), 0)::int AS n FROM scheduling.stats_daily WHERE day = $1 AND site = $2`,
          [day, ONE_COUNTER.site],
        )
      )[0].n as number;
    await booked(a, [0, 1, 2]);
    await booked(b, [3, 4, 5]);
    expect(await waitFor(async () => (await counted()) === 6, 20000)).toBe(true);
    bStopped = true;
    await b.close(); // its partitions go to the other replica
    await booked(a, [6, 7, 8, 9]);
    expect(await waitFor(async () => (await counted()) === 10, 30000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500)); // a redelivered event would show up now
    expect(await counted()).toBe(10);
  });
});

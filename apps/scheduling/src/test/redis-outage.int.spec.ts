import {
  metricValue,
  PrivateRedis,
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { Clock } from '@facile/scheduling/application';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

const SITE = 'cesena-centro';
const ONE_COUNTER = { service: 'spid', tenant: 'montiano', site: 'montiano-municipio' };
/** Tuesday 6 April 2027, local time in Rome (UTC+2). */
const at = (hhmm: string, date = '2027-04-06') => new Date(`${date}T${hhmm}:00+02:00`);

interface Board {
  totalWaiting: number;
}

/** Reads server-sent board events from a stream. */
function boards(res: Response) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return async (): Promise<Board> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const chunk = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = chunk.split('\n').find((l) => l.startsWith('data: '));
        if (data) return JSON.parse(data.slice(6)) as Board;
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
  };
}

/**
 * Scheduling with its Redis killed (a private redis-server, never the shared one): the pods stay ready and
 * say Redis is down, bookings keep answering 201 at once, board streams on other replicas fall back to polling
 * PostgreSQL, and everything is live again when Redis returns.
 */
describe('scheduling: Redis outage (private redis-server, real PostgreSQL and Kafka)', () => {
  const redis = new PrivateRedis();
  let svc: TestService<SchedulingConfig>;
  let env: Record<string, string>;
  let now: Date;
  const book = (n: number, start: string) =>
    http(svc)
      .post('/scheduling/v1/bookings')
      .send({ ...ONE_COUNTER, start, citizen: citizen(n) });
  const ready = async () => {
    const res = await http(svc).get('/health/ready');
    return {
      status: res.status,
      body: res.body as { status: string; details: Record<string, { status: string; impact?: string }> },
    };
  };

  beforeAll(async () => {
    await redis.start();
    env = testEnvironment('scheduling-redis-outage', {
      REDIS_URL: redis.url,
      HEALTH_POLL_MS: '200',
      LOOKUP_RATE_LIMIT_PER_MINUTE: '1000',
      AVAILABILITY_CACHE_MS: '0',
    });
    svc = await startTestService(schedulingService, env);
    jest.spyOn(svc.app.get(Clock), 'now').mockImplementation(() => now);
  });
  beforeEach(async () => {
    now = at('09:00');
    await redis.start();
    await waitFor(async () => (await ready()).body.details?.redis?.status === 'up', 10000, 100);
    await prepare(svc);
  });
  afterAll(async () => {
    await svc?.close();
    await redis.stop();
  });

  it('stays ready (200, degraded, Redis reported down) and keeps booking with 201 without waiting for Redis', async () => {
    expect(await ready()).toMatchObject({
      status: 200,
      body: { status: 'ok', details: { database: { status: 'up' }, redis: { status: 'up' } } },
    });
    await redis.stop();
    const degraded = await waitFor(
      async () => {
        const r = await ready();
        return r.body.details.redis.status === 'down' ? r : null;
      },
      10000,
      100,
    );
    expect(degraded.status).toBe(200);
    expect(degraded.body.status).toBe('degraded');
    expect(degraded.body.details.redis.impact).toMatch(/rate limits/);
    expect((await http(svc).get('/health')).body).toMatchObject({
      ready: true,
      details: { redis: { status: 'down', role: 'degraded' } },
    });
    const text = (await http(svc).get('/metrics')).text;
    expect(metricValue(text, 'facile_dependency_up', { dependency: 'redis' })).toBe(0);
    expect(metricValue(text, 'facile_dependency_up', { dependency: 'database' })).toBe(1);
    expect(metricValue(text, 'facile_ready')).toBe(1);

    const starts = ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15'].map(
      (t) => `2027-04-09T${t}:00+02:00`,
    );
    const t0 = Date.now();
    const results = await Promise.all(starts.map((s, i) => book(10 + i, s)));
    expect(results.map((r) => r.status)).toEqual(starts.map(() => 201));
    expect(Date.now() - t0).toBeLessThan(3000);
    // the manage path (its lookup limit is in Redis) answers too, never a 5xx or a hang
    const first = results[0].body as { code: string; manageToken: string };
    const lookedUp = await http(svc)
      .get(`/scheduling/v1/bookings/${first.code}`)
      .set('X-Manage-Token', first.manageToken)
      .timeout(3000);
    expect(lookedUp.status).toBe(200);
    // a full slot is still a 409, counted by outcome
    expect((await book(99, starts[0])).status).toBe(409);
    const counted = (await http(svc).get('/metrics')).text;
    expect(metricValue(counted, 'facile_bookings_total', { outcome: 'booked' })).toBeGreaterThanOrEqual(6);
    expect(metricValue(counted, 'facile_bookings_total', { outcome: 'slot-full' })).toBeGreaterThanOrEqual(1);

    await redis.start();
    await waitFor(async () => (await ready()).body.details.redis.status === 'up', 15000, 100);
    expect(metricValue((await http(svc).get('/metrics')).text, 'facile_readiness_changes_total')).toBe(0);
  });

  it('board streams on another replica poll PostgreSQL while Redis is away, and are live again after', async () => {
    const replica = await startTestService(schedulingService, env);
    jest.spyOn(replica.app.get(Clock), 'now').mockImplementation(() => now);
    const server = await replica.app.listen(0, '127.0.0.1');
    const { port } = server.address() as { port: number };
    const controller = new AbortController();
    const operator = await staffToken('operator', { sites: [SITE] });
    const take = () =>
      http(svc).post(`/scheduling/v1/sites/${SITE}/tickets`).send({ service: 'spid', tenant: 'cesena' });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/scheduling/v1/sites/${SITE}/queue/stream`, {
        signal: controller.signal,
      });
      const nextBoard = boards(res);
      expect((await nextBoard()).totalWaiting).toBe(0);
      await new Promise((r) => setTimeout(r, 300)); // the replica's subscriber connection is up

      await redis.stop();
      await waitFor(async () => (await ready()).body.details.redis.status === 'down', 10000, 100);
      await take().expect(201);
      // no pub/sub: the other replica's stream sees the ticket at its next poll of PostgreSQL (every 2 s)
      const t0 = Date.now();
      let board = await nextBoard();
      while (board.totalWaiting !== 1) board = await nextBoard();
      expect(Date.now() - t0).toBeLessThan(4500);

      await redis.start();
      await waitFor(async () => (await ready()).body.details.redis.status === 'up', 15000, 100);
      // the replica's subscriber reconnects by itself and restores its subscription
      await new Promise((r) => setTimeout(r, 2500));
      await http(svc)
        .post(`/scheduling/v1/sites/${SITE}/queue/next`)
        .set('Authorization', `Bearer ${operator}`)
        .send({ counter: 1 })
        .expect(200);
      const t1 = Date.now();
      board = await nextBoard();
      while (board.totalWaiting !== 0) board = await nextBoard();
      expect(Date.now() - t1).toBeLessThan(1000);
    } finally {
      controller.abort();
      await replica.close();
    }
  });
});

import { Client } from 'pg';
import { Topics } from '@facile/contracts';
import { MailSink, metricValue, PrivateRedis, readTopic, testKafka, waitFor } from '@facile/platform/testing';
import { book, freeSlots, Slot, waitSeeded } from '../support/fixtures';
import { DEGRADATION_BROKERS, degradationBroker } from '../support/outage-broker';
import { RunningPlatform, SERVICES, startPlatform } from '../support/platform';

interface Health {
  status: string;
  details: Record<string, { status: string }>;
}

/**
 * What a citizen sees while the platform's optional dependencies fail, through the gateway (the path a user takes):
 * Kafka stopped, then Redis killed as well, then Kafka back while Redis is still away, then Redis back. Every
 * pod stays ready throughout (readiness is PostgreSQL only, ADR 0017), every booking gets 201, and afterwards every
 * event is published once and every confirmation e-mail sent once. Its own broker (127.0.0.1:19492) and its own
 * redis-server: the shared Kafka on 9092 and Redis on 6379 are never touched.
 */
describe('degradation: Kafka, then Redis, away while citizens book through the gateway', () => {
  let p: RunningPlatform;
  let db: Client;
  const sink = new MailSink();
  const redis = new PrivateRedis();
  const kafka = testKafka(DEGRADATION_BROKERS);
  const health = async (service: string): Promise<{ code: number; body: Health }> => {
    const res = await fetch(`${p.url(service)}/health/ready`, { signal: AbortSignal.timeout(5000) });
    return { code: res.status, body: (await res.json()) as Health };
  };
  /** Every pod ready (200) with `dependency` in the state wanted. */
  const everyPod = async (dependency: 'kafka' | 'redis', status: 'up' | 'down') => {
    const all = await Promise.all(SERVICES.map((s) => health(s.name)));
    return all.every((h) => h.code === 200 && h.body.details[dependency]?.status === status);
  };
  const gatewayHealth = async () => {
    const res = await fetch(`${p.gateway}/health`);
    return {
      code: res.status,
      body: (await res.json()) as { upstreams: { status: string; httpStatus: number }[] },
    };
  };

  const codes: string[] = [];
  const ids: string[] = [];
  let slots: Slot[] = [];
  let used = 0;
  /** Books `n` slots through the gateway (concurrently, 10 at a time); every answer must be 201. */
  const bookThroughGateway = async (n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i += 10) {
      const batch = slots.slice(used + i, used + Math.min(i + 10, n));
      const answers = await Promise.all(batch.map((s, j) => book(p, s, used + i + j, {}, 'DGR')));
      for (const res of answers) {
        statuses.push(res.status);
        const body = (await res.json()) as { code: string; id: string };
        codes.push(body.code);
        ids.push(body.id);
      }
    }
    used += n;
    return statuses;
  };
  const pods200 = async () => (await Promise.all(SERVICES.map((s) => health(s.name)))).map((h) => h.code);

  beforeAll(async () => {
    await degradationBroker('up');
    const smtp = await sink.start();
    await redis.start();
    p = await startPlatform(
      'platform_degradation',
      {
        KAFKA_BROKERS: DEGRADATION_BROKERS,
        REDIS_URL: redis.url,
        SMTP_URL: smtp,
        DELIVERY_BACKOFF_MS: '200',
        HEALTH_POLL_MS: '500',
        METRICS_POLL_MS: '500',
      },
      { seed: true },
    );
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    await waitSeeded(db, p);
    slots = await freeSlots(p, 'carta-identita-elettronica', 'montiano', 80);
  }, 240000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
    await redis.stop();
    await sink.stop();
    await degradationBroker('down');
  }, 180000);

  it('answers 201 to every booking and stays ready through each outage; afterwards every event and e-mail goes out once', async () => {
    // 1. Kafka stops: readiness stays 200 everywhere, details say Kafka is down; bookings wait in the outbox.
    await degradationBroker('down');
    await waitFor(() => everyPod('kafka', 'down'), 30000, 250);
    expect(await bookThroughGateway(20)).toEqual(Array(20).fill(201));
    expect((await gatewayHealth()).body.upstreams.map((u) => u.httpStatus)).toEqual([200, 200, 200, 200]);
    // the backlog is the true count, and it is old enough to alert on before long
    const backlog = await waitFor(
      async () => {
        const text = await (await fetch(`${p.url('scheduling')}/metrics`)).text();
        return (metricValue(text, 'facile_outbox_pending_rows') ?? 0) >= 20 ? text : null;
      },
      10000,
      250,
    );
    expect(metricValue(backlog, 'facile_outbox_oldest_age_seconds')).toBeGreaterThan(0);
    expect(metricValue(backlog, 'facile_dependency_up', { dependency: 'kafka' })).toBe(0);

    // 2. Redis is killed as well: still ready, still 201.
    await redis.stop();
    await waitFor(() => everyPod('redis', 'down'), 30000, 250);
    expect(await bookThroughGateway(20)).toEqual(Array(20).fill(201));
    expect(await pods200()).toEqual([200, 200, 200, 200]);

    // 3. Kafka is back, Redis still away: the outbox drains, bookings still 201.
    await degradationBroker('up');
    await waitFor(() => everyPod('kafka', 'up'), 90000, 250);
    expect(await bookThroughGateway(20)).toEqual(Array(20).fill(201));
    expect(await pods200()).toEqual([200, 200, 200, 200]);

    // 4. Redis is back.
    await redis.start();
    await waitFor(() => everyPod('redis', 'up'), 30000, 250);
    expect(await bookThroughGateway(20)).toEqual(Array(20).fill(201));
    expect((await gatewayHealth()).body.upstreams.every((u) => u.status === 'up')).toBe(true);

    // Afterwards: every booking's event published once, every confirmation sent once.
    const N = 80;
    expect(new Set(codes).size).toBe(N);
    const confirmations = () =>
      sink.messages.filter((m) => codes.some((c) => m.subject === `Appuntamento confermato ${c}`));
    await waitFor(() => confirmations().length >= N, 120000, 250);
    await new Promise((r) => setTimeout(r, 3000)); // a duplicate would arrive within a few more rounds
    expect(confirmations()).toHaveLength(N);
    expect(new Set(confirmations().map((m) => m.subject)).size).toBe(N);
    const created = (
      await readTopic(
        `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.schedulingBookings}`,
        { timeoutMs: 8000 },
        kafka,
      )
    ).filter((m) => m.headers['ce_type'] === 'scheduling.booking.created' && ids.includes(m.key ?? ''));
    expect(created).toHaveLength(N);
    expect(new Set(created.map((m) => m.headers['ce_id'])).size).toBe(N);
    const unpublished = await db.query(
      `SELECT count(*)::int AS n FROM scheduling.outbox WHERE published_at IS NULL`,
    );
    expect(unpublished.rows[0].n).toBe(0);
    const drained = await waitFor(
      async () => {
        const text = await (await fetch(`${p.url('scheduling')}/metrics`)).text();
        return metricValue(text, 'facile_outbox_pending_rows') === 0 ? text : null;
      },
      10000,
      250,
    );
    expect(metricValue(drained, 'facile_outbox_oldest_age_seconds')).toBe(0);
    // nobody flapped: readiness never changed on any pod
    for (const s of SERVICES) {
      const text = await (await fetch(`${p.url(s.name)}/metrics`)).text();
      expect({ service: s.name, changes: metricValue(text, 'facile_readiness_changes_total') }).toEqual({
        service: s.name,
        changes: 0,
      });
    }
  }, 480000);
});

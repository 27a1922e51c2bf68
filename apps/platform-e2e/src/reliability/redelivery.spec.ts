import { Client } from 'pg';
import { Topics } from '@facile/contracts';
import { MailSink, readTopic, testEnvironment, testKafka, waitFor } from '@facile/platform/testing';
import { snapshot } from '../support/db-snapshot';
import { book, freeSlots, waitSeeded } from '../support/fixtures';
import { waitConsumed } from '../support/kafka-lag';
import { RunningPlatform, startPlatform } from '../support/platform';
import { TcpProxy } from '../support/tcp-proxy';

/**
 * The platform's delivery guarantees on the real broker (under a topic prefix of this file's own), real
 * PostgreSQL (scheduling reaches it through a TCP proxy this suite can cut) and a real SMTP sink.
 */
describe('reliability: consumer crash, database restart, replay, poison events', () => {
  let p: RunningPlatform;
  let db: Client;
  const sink = new MailSink();
  const kafka = testKafka();
  let proxy: TcpProxy;
  let bookingsTopic: string;
  let n = 0;
  const confirmations = (codes: string[]) =>
    sink.messages.filter((m) => codes.some((c) => m.subject === `Appuntamento confermato ${c}`));

  beforeAll(async () => {
    const smtp = await sink.start();
    const dbUrl = new URL(
      process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/facile_test',
    );
    proxy = new TcpProxy(dbUrl.hostname, Number(dbUrl.port || 5432));
    const proxyPort = await proxy.start();
    // scheduling reaches the same database through the proxy
    const viaProxy = new URL(testEnvironment('platform_reliability').DATABASE_URL);
    viaProxy.port = String(proxyPort);
    viaProxy.username = 'facile_scheduling'; // its own role, as startPlatform runs the others
    p = await startPlatform(
      'platform_reliability',
      {
        SMTP_URL: smtp,
        DELIVERY_BACKOFF_MS: '200',
        DELIVERY_SENDING_LEASE_MS: '3000',
        REMINDER_SWEEP_MS: '500',
      },
      {
        seed: true,
        serviceEnv: { scheduling: { DATABASE_URL: viaProxy.toString() } },
      },
    );
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    bookingsTopic = `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.schedulingBookings}`;
    await waitSeeded(db, p);
  }, 180000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
    await sink.stop();
    await proxy?.stop();
  });

  async function bookMany(count: number): Promise<string[]> {
    const slots = await freeSlots(p, 'carta-identita-elettronica', 'montiano', count);
    const codes: string[] = [];
    for (let i = 0; i < count; i += 25) {
      const batch = await Promise.all(slots.slice(i, i + 25).map((s) => book(p, s, n++, {}, 'VRD')));
      for (const res of batch) {
        expect(res.status).toBe(201);
        codes.push(((await res.json()) as { code: string }).code);
      }
    }
    return codes;
  }

  it('a consumer SIGKILLed mid-batch and restarted: one delivery per booking, no confirmation doubled, interruptions recorded', async () => {
    const N = 120;
    await p.kill('notifications');
    const codes = await bookMany(N);
    await waitFor(
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM scheduling.outbox WHERE published_at IS NULL`))
          .rows[0].n === 0,
      30000,
      100,
    );
    await p.start('notifications');
    // kill it again as soon as it is part-way through the backlog
    await waitFor(
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM notifications.deliveries WHERE source_event_type = 'scheduling.booking.created' AND booking_ref = ANY($1)`,
            [codes],
          )
        ).rows[0].n >= 5,
      60000,
      10,
    );
    await p.kill('notifications');
    const atKill = (
      await db.query(
        `SELECT count(*)::int AS n FROM notifications.deliveries WHERE source_event_type = 'scheduling.booking.created' AND booking_ref = ANY($1)`,
        [codes],
      )
    ).rows[0].n;
    expect(atKill).toBeLessThan(N);
    await p.start('notifications');
    // Every booking ends with one delivery in a final state: sent, or failed because the kill interrupted it.
    const finalRows = async () =>
      (
        await db.query(
          `SELECT status, last_error FROM notifications.deliveries WHERE source_event_type = 'scheduling.booking.created' AND kind = 'message' AND booking_ref = ANY($1)`,
          [codes],
        )
      ).rows as { status: string; last_error: string | null }[];
    await waitFor(
      async () => {
        const rows = await finalRows();
        return rows.length === N && rows.every((r) => r.status === 'sent' || r.status === 'failed');
      },
      120000,
      200,
    );
    await waitConsumed(kafka, `${p.env['KAFKA_TOPIC_PREFIX']}notifications`, bookingsTopic);
    await new Promise((r) => setTimeout(r, 2000));
    const rows = await finalRows();
    const sent = rows.filter((r) => r.status === 'sent').length;
    const interrupted = rows.filter((r) => r.status === 'failed');
    const got = confirmations(codes);
    process.stdout.write(
      `consumer crash: ${N} bookings, ${sent} confirmations sent, ${interrupted.length} interrupted by the SIGKILL (failed, not re-sent)\n`,
    );
    // Nothing doubled: one e-mail per sent row, never two for one booking (at most one message per event).
    expect(got).toHaveLength(sent);
    expect(new Set(got.map((m) => m.subject)).size).toBe(sent);
    // Nothing lost silently: what the kill interrupted is failed, with its reason, for staff to follow up;
    // only rows in flight at the kill can be (at most one claimed batch).
    for (const r of interrupted) expect(r.last_error).toMatch(/interrupted/);
    expect(interrupted.length).toBeLessThanOrEqual(20);
    const counts = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT booking_ref)::int AS d FROM notifications.deliveries WHERE source_event_type = 'scheduling.booking.created' AND kind = 'message' AND booking_ref = ANY($1)`,
      [codes],
    );
    expect(counts.rows[0]).toEqual({ n: N, d: N });
  }, 240000);

  it('a topic replayed from offset 0 changes nothing and sends nothing', async () => {
    const codes = await bookMany(10);
    await waitFor(() => confirmations(codes).length === 10, 60000, 100);
    await waitConsumed(kafka, `${p.env['KAFKA_TOPIC_PREFIX']}notifications`, bookingsTopic);
    await waitConsumed(
      kafka,
      `${p.env['KAFKA_TOPIC_PREFIX']}scheduling`,
      `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.catalogueServices}`,
    );
    const mails = sink.messages.length;
    const before = await snapshot(db);
    const deliveriesTopic = `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.notificationsDeliveries}`;
    const outputs = (await readTopic(deliveriesTopic, { timeoutMs: 4000 })).length;

    const replayed: number[] = [];
    const producer = kafka.producer();
    await producer.connect();
    for (const topic of [bookingsTopic, `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.catalogueServices}`]) {
      const recorded = await readTopic(topic, { timeoutMs: 5000 });
      replayed.push(recorded.length);
      for (let i = 0; i < recorded.length; i += 200) {
        await producer.send({
          topic,
          messages: recorded
            .slice(i, i + 200)
            .map((m) => ({ key: m.key, value: m.value, headers: m.headers, partition: m.partition })),
        });
      }
    }
    await producer.disconnect();
    expect(replayed[0]).toBeGreaterThanOrEqual(130); // every booking event of this file so far
    expect(replayed[1]).toBeGreaterThanOrEqual(103); // the seeded catalogue
    await waitConsumed(kafka, `${p.env['KAFKA_TOPIC_PREFIX']}notifications`, bookingsTopic);
    await waitConsumed(
      kafka,
      `${p.env['KAFKA_TOPIC_PREFIX']}scheduling`,
      `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.catalogueServices}`,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await snapshot(db)).toEqual(before);
    expect(sink.messages.length).toBe(mails);
    expect((await readTopic(deliveriesTopic, { timeoutMs: 4000 })).length).toBe(outputs);
  }, 180000);

  it('poison events land in <topic>.dlq with their error and the partitions move on', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const partitions = (await admin.fetchTopicOffsets(bookingsTopic)).map((o) => o.partition);
    await admin.disconnect();
    const poison = [
      { value: 'this is not JSON', headers: { ce_type: 'scheduling.booking.created', ce_id: 'poison-1' } },
      {
        value: JSON.stringify({ bookingId: 42 }),
        headers: {
          ce_type: 'scheduling.booking.created',
          ce_id: 'poison-2',
          ce_specversion: '1.0',
          ce_source: 'x',
        },
      },
      { value: JSON.stringify({}), headers: {} },
    ];
    const producer = kafka.producer();
    await producer.connect();
    const sent = partitions.flatMap((partition) =>
      poison.map((m, i) => ({ ...m, key: `poison-${partition}-${i}`, partition })),
    );
    await producer.send({ topic: bookingsTopic, messages: sent });
    await producer.disconnect();
    // after the poison, on every partition: a real booking still gets its confirmation
    const codes = await bookMany(12);
    await waitFor(() => confirmations(codes).length === 12, 60000, 100);
    await waitConsumed(kafka, `${p.env['KAFKA_TOPIC_PREFIX']}notifications`, bookingsTopic);
    const dlq = await readTopic(`${bookingsTopic}.dlq`, { timeoutMs: 10000 });
    const mine = dlq.filter((m) => m.key?.startsWith('poison-'));
    for (const m of mine) {
      expect(m.headers['dlq_error']).toEqual(expect.any(String));
      expect(m.headers['dlq_error'].length).toBeGreaterThan(0);
      expect(m.headers['dlq_topic']).toBe(bookingsTopic);
    }
    // every consumer group of the topic (notifications, scheduling's statistics, …) parks each poison event once;
    // identity-assistance wants only bookings with a case code and skips, from the raw payload, a parseable one
    // without (the second poison: ADR 30), so it parks the unparseable one and the one with no type
    const byConsumer = new Map<string, string[]>();
    for (const m of mine)
      byConsumer.set(m.headers['dlq_consumer'], [
        ...(byConsumer.get(m.headers['dlq_consumer']) ?? []),
        m.key ?? '',
      ]);
    expect([...byConsumer.keys()].sort()).toEqual(
      ['assistance.case-links', 'notifications.bookings', 'scheduling.statistics'].sort(),
    );
    const parkedBy = (consumer: string) =>
      sent
        .filter((m) => consumer !== 'assistance.case-links' || !m.key.endsWith('-1'))
        .map((m) => m.key)
        .sort();
    for (const [consumer, keys] of byConsumer)
      expect({ consumer, keys: [...keys].sort() }).toEqual({ consumer, keys: parkedBy(consumer) });
    expect(mine).toHaveLength([...byConsumer.keys()].reduce((n, c) => n + parkedBy(c).length, 0));
  }, 120000);

  it('PostgreSQL "restarted" under scheduling: readiness 503 then 200, no request hangs', async () => {
    const base = p.url('scheduling');
    const slots = await freeSlots(p, 'carta-identita-elettronica', 'montiano', 30);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    proxy.cut();
    const timed = async (f: () => Promise<Response>) => {
      const t0 = Date.now();
      try {
        const res = await f();
        await res.text();
        return { status: res.status, ms: Date.now() - t0 };
      } catch (e) {
        return { status: 0, ms: Date.now() - t0, error: (e as Error).message };
      }
    };
    await waitFor(
      async () =>
        (await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(10000) })).status === 503,
      15000,
      200,
    );
    const during = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => timed(() => book(p, slots[i], 9000 + i, {}, 'VRD'))),
      ...Array.from({ length: 10 }, () =>
        timed(() =>
          fetch(`${base}/scheduling/v1/sites/cesena-centro`, { signal: AbortSignal.timeout(20000) }),
        ),
      ),
      timed(() => fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(20000) })),
    ]);
    // every request answered (not hung) within 10 s; writes and readiness 503, reads 503 or 200 from the cache; never a 500
    expect(during.filter((r) => r.ms >= 10000)).toEqual([]);
    expect(during.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(503));
    expect(during.slice(10, 20).filter((r) => r.status !== 503 && r.status !== 200)).toEqual([]);
    expect(during[20].status).toBe(503);
    await new Promise((r) => setTimeout(r, 3000));
    proxy.restore();
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, 30000, 200);
    const after = await Promise.all(
      slots.slice(10, 20).map((s, i) => timed(() => book(p, s, 9100 + i, {}, 'VRD'))),
    );
    expect(after.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(after.every((r) => r.ms < 10000)).toBe(true);
  }, 120000);
});

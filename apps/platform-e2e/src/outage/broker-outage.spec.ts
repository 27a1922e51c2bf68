import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@facile/contracts';
import { MailSink, readTopic, staffToken, testKafka, waitFor } from '@facile/platform/testing';
import { book, freeSlots, post, waitSeeded } from '../support/fixtures';
import { OUTAGE_BROKERS, outageBroker } from '../support/outage-broker';
import { RunningPlatform, startPlatform } from '../support/platform';

/**
 * Kafka stopped while citizens book and staff edit the catalogue — on a broker of the suite's own
 * (127.0.0.1:19092), never the shared one: every request still succeeds (the outbox keeps the events),
 * readiness stays 200 and its details say Kafka is down, and once the broker is back every event is delivered exactly once and every
 * confirmation email is sent exactly once.
 */
describe('broker outage', () => {
  let p: RunningPlatform;
  let db: Client;
  let admin: string;
  const sink = new MailSink();
  const kafka = testKafka(OUTAGE_BROKERS);
  /** Readiness stays 200 without Kafka (ADR 0017): the health details say whether Kafka answers. */
  const kafkaUp = async (service: string) => {
    const res = await fetch(`${p.url(service)}/health/ready`);
    const body = (await res.json()) as { details?: { kafka?: { status: string } } };
    return res.status === 200 && body.details?.kafka?.status === 'up';
  };
  const kafkaDown = async (service: string) => {
    const res = await fetch(`${p.url(service)}/health/ready`);
    const body = (await res.json()) as { details?: { kafka?: { status: string } } };
    return res.status === 200 && body.details?.kafka?.status === 'down';
  };

  beforeAll(async () => {
    await outageBroker('up');
    const smtp = await sink.start();
    p = await startPlatform(
      'platform_outage',
      { KAFKA_BROKERS: OUTAGE_BROKERS, SMTP_URL: smtp, DELIVERY_BACKOFF_MS: '200' },
      { seed: true },
    );
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    admin = await staffToken('union-admin');
    // the seeded catalogue reached scheduling: the system is settled before the outage
    await waitSeeded(db, p);
  }, 180000);

  afterAll(async () => {
    await outageBroker('up');
    await db?.end();
    await p?.stop();
    await sink.stop();
  }, 180000);

  it('takes 200 bookings while Kafka is down; afterwards every event is published and every confirmation sent exactly once', async () => {
    const N = 200;
    const slots = await freeSlots(p, 'carta-identita-elettronica', 'montiano', N);
    const before = sink.messages.length;
    await outageBroker('down');
    await waitFor(
      async () => (await kafkaDown('scheduling')) && (await kafkaDown('notifications')),
      30000,
      200,
    );

    const codes: string[] = [];
    const ids: string[] = [];
    const statuses: number[] = [];
    for (let i = 0; i < N; i += 20) {
      const batch = await Promise.all(slots.slice(i, i + 20).map((s, j) => book(p, s, i + j)));
      for (const res of batch) {
        statuses.push(res.status);
        const body = (await res.json()) as { code: string; id: string };
        codes.push(body.code);
        ids.push(body.id);
      }
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(N);
    expect(new Set(codes).size).toBe(N);
    const pending = await db.query(
      `SELECT count(*)::int AS n FROM scheduling.outbox WHERE published_at IS NULL AND type = 'scheduling.booking.created' AND aggregateid = ANY($1)`,
      [ids],
    );
    expect(pending.rows[0].n).toBe(N);
    expect(sink.messages.length).toBe(before); // nothing can reach notifications while Kafka is down

    await outageBroker('up');
    await waitFor(async () => (await kafkaUp('scheduling')) && (await kafkaUp('notifications')), 90000, 250);
    const confirmations = () =>
      sink.messages.filter((m) => codes.some((c) => m.subject === `Appuntamento confermato ${c}`));
    // A timeout says where the chain stands, so that it tells which link stopped (read once, then).
    await waitFor(() => confirmations().length >= N, 120000, 250).catch(async (e: Error) => {
      const [outbox, deliveries] = await Promise.all([
        db.query(`SELECT count(*)::int AS n FROM scheduling.outbox WHERE published_at IS NULL`),
        db.query(
          `SELECT status, count(*)::int AS n FROM notifications.deliveries WHERE booking_ref = ANY($1) GROUP BY 1`,
          [codes],
        ),
      ]);
      throw new Error(
        `${e.message}: ${confirmations().length} of ${N} confirmations received; scheduling's outbox has ${outbox.rows[0].n} unpublished; deliveries ${JSON.stringify(deliveries.rows)}`,
      );
    });
    // settle: a duplicate would arrive within a few more relay/consumer rounds
    await new Promise((r) => setTimeout(r, 3000));
    const got = confirmations();
    expect(got).toHaveLength(N);
    expect(new Set(got.map((m) => m.subject)).size).toBe(N);
    const sent = await db.query(
      `SELECT count(*)::int AS n FROM notifications.deliveries WHERE source_event_type = 'scheduling.booking.created' AND status = 'sent' AND booking_ref = ANY($1)`,
      [codes],
    );
    expect(sent.rows[0].n).toBe(N);

    const topic = `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.schedulingBookings}`;
    const messages = await readTopic(topic, { timeoutMs: 8000 }, kafka);
    const created = messages.filter((m) => m.headers['ce_type'] === 'scheduling.booking.created');
    expect(created).toHaveLength(N);
    expect(new Set(created.map((m) => m.headers['ce_id'])).size).toBe(N);
    const unpublished = await db.query(
      `SELECT count(*)::int AS n FROM scheduling.outbox WHERE published_at IS NULL`,
    );
    expect(unpublished.rows[0].n).toBe(0);
  });

  it('keeps every catalogue change made while Kafka is down and publishes each exactly once afterwards', async () => {
    const N = 40;
    const slugs = Array.from({ length: N }, (_, i) => `outage-${i}-${randomUUID().slice(0, 6)}`);
    await outageBroker('down');
    await waitFor(() => kafkaDown('catalogue'), 30000, 200);
    const auth = { authorization: `Bearer ${admin}` };
    for (const slug of slugs) {
      const created = await post(
        p.gateway,
        '/catalogue/v1/services',
        {
          slug,
          title: `Procedura ${slug}`,
          summary: 'durante il fermo di Kafka',
          category: 'anagrafe-stato-civile',
          lifeEvents: [],
          bookable: true,
          walkIn: false,
          durationMinutes: 15,
        },
        auth,
      );
      expect(created.status).toBe(201);
      expect((await post(p.gateway, `/catalogue/v1/services/${slug}/publish`, {}, auth)).status).toBe(200);
    }
    const pending = await db.query(
      `SELECT count(*)::int AS n FROM catalogue.outbox WHERE published_at IS NULL AND aggregateid = ANY($1)`,
      [slugs],
    );
    expect(pending.rows[0].n).toBe(N);

    await outageBroker('up');
    await waitFor(() => kafkaUp('catalogue'), 90000, 250);
    await waitFor(
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM scheduling.procedures WHERE slug = ANY($1)`, [slugs]))
          .rows[0].n === N,
      90000,
      250,
    );
    const messages = await readTopic(
      `${p.env['KAFKA_TOPIC_PREFIX']}${Topics.catalogueServices}`,
      { timeoutMs: 8000 },
      kafka,
    );
    const mine = messages.filter((m) => m.key && slugs.includes(m.key));
    expect(mine).toHaveLength(N);
    expect(new Set(mine.map((m) => m.headers['ce_id'])).size).toBe(N);
    const applied = await db.query(
      `SELECT count(*)::int AS n FROM scheduling.inbox WHERE event_id = ANY($1)`,
      [mine.map((m) => m.headers['ce_id'])],
    );
    expect(applied.rows[0].n).toBe(N);
  });
});

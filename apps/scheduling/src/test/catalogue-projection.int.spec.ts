import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { CloudEvent, newCloudEvent, ServiceCardV1, toKafkaRecord, Topics } from '@facile/contracts';
import {
  readTopic,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';

const card = (slug: string, version: number, title = 'CIE'): ServiceCardV1 => ({
  slug,
  version,
  status: 'published',
  title,
  summary: '',
  category: 'anagrafe-e-stato-civile',
  lifeEvents: [],
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
  offerings: [{ tenant: 'cesena', enabled: true, feeCents: 2222, durationMinutes: 15 }],
});

const published = (slug: string, version: number, title?: string): CloudEvent<ServiceCardV1> =>
  newCloudEvent({
    type: 'catalogue.service.published',
    source: 'catalogue',
    tenant: 'unione-valle-savio',
    subject: slug,
    data: card(slug, version, title),
  });

/** Scheduling's consumer of catalogue events: inbox dedupe, version guard, DLQ, through real Kafka. */
describe('scheduling projection of catalogue events', () => {
  let svc: TestService<SchedulingConfig>;
  let producer: Producer;
  let topic: string;

  const procedure = (slug: string) =>
    svc.ds
      .query(`SELECT slug, version, title, duration_minutes FROM scheduling.procedures WHERE slug = $1`, [
        slug,
      ])
      .then((r) => r[0]);
  const inboxCount = (...ids: string[]) =>
    svc.ds
      .query(`SELECT count(*)::int AS n FROM scheduling.inbox WHERE event_id = ANY($1)`, [ids])
      .then((r) => r[0].n as number);

  beforeAll(async () => {
    svc = await startTestService(schedulingService, testEnvironment('scheduling'));
    topic = `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.catalogueServices}`;
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
  });

  it('stores the projection from a published card', async () => {
    const slug = `cie-${randomUUID().slice(0, 8)}`;
    const event = published(slug, 2);
    await producer.send({ topic, messages: [toKafkaRecord(event)] });
    expect(await waitFor(() => procedure(slug))).toEqual({
      slug,
      version: 2,
      title: 'CIE',
      duration_minutes: 20,
    });
    expect(await inboxCount(event.id)).toBe(1);
  });

  it('applies an event delivered twice only once', async () => {
    const slug = `dup-${randomUUID().slice(0, 8)}`;
    const event = published(slug, 2);
    await producer.send({ topic, messages: [toKafkaRecord(event)] });
    await waitFor(() => procedure(slug));
    // The same event id again, carrying content that would change the projection if it were applied.
    const redelivered = { ...event, data: card(slug, 3, 'changed by a duplicate') };
    const next = published(slug, 4, 'version 4');
    await producer.send({ topic, messages: [toKafkaRecord(redelivered), toKafkaRecord(next)] });
    await waitFor(async () => (await procedure(slug))?.version === 4);
    const history = await svc.ds.query(`SELECT event_id FROM scheduling.inbox WHERE event_id = ANY($1)`, [
      [event.id, next.id],
    ]);
    expect(history).toHaveLength(2);
    // Nothing in between: the duplicate's version 3 was never stored (the title went from CIE to version 4).
    expect((await procedure(slug)).title).toBe('version 4');
  });

  it('never lets a late, older version overwrite a newer one', async () => {
    const slug = `late-${randomUUID().slice(0, 8)}`;
    await producer.send({
      topic,
      messages: [toKafkaRecord(published(slug, 5, 'five')), toKafkaRecord(published(slug, 3, 'three'))],
    });
    const marker = published(`${slug}-marker`, 1);
    await producer.send({ topic, messages: [{ ...toKafkaRecord(marker), key: slug }] });
    await waitFor(() => procedure(`${slug}-marker`));
    expect(await procedure(slug)).toMatchObject({ version: 5, title: 'five' });
  });

  it('moves malformed events to the DLQ with their error and goes on with the partition', async () => {
    const slug = `poison-${randomUUID().slice(0, 8)}`;
    const good = published(slug, 2);
    const headers = toKafkaRecord({ ...good, id: randomUUID() }).headers;
    await producer.send({
      topic,
      messages: [
        { key: slug, value: '{"slug": not json', headers },
        { key: slug, value: JSON.stringify({ slug }), headers: { ...headers, ce_id: randomUUID() } },
        {
          key: slug,
          value: JSON.stringify(card(slug, 1)),
          headers: { ...headers, ce_id: randomUUID(), ce_tenant: 'rimini' },
        },
        toKafkaRecord(good),
      ],
    });
    await waitFor(() => procedure(slug));
    const dead = (await readTopic(`${topic}.dlq`, { expected: 3, timeoutMs: 10000 })).filter(
      (m) => m.key === slug,
    );
    expect(dead).toHaveLength(3);
    expect(dead[0].headers['dlq_error']).toMatch(/not JSON/);
    expect(dead[1].headers['dlq_error']).toMatch(/payload/);
    expect(dead[2].headers['dlq_error']).toMatch(/unknown tenant/);
    expect(dead[0].headers['dlq_consumer']).toBe('scheduling.procedures');
    expect(dead[0].headers['dlq_topic']).toBe(topic);
  });

  it('applies the events of one fetched batch in one transaction, in order', async () => {
    const slug = `batch-${randomUUID().slice(0, 8)}`;
    const events = [published(`${slug}-a`, 1), published(`${slug}-b`, 1), published(slug, 1, 'one')];
    const again = published(slug, 2, 'two');
    // one send to one partition: one record batch, which a fetch returns whole
    await producer.send({
      topic,
      messages: [...events, again].map((e) => ({ ...toKafkaRecord(e), key: slug })),
    });
    await waitFor(async () => (await procedure(slug))?.version === 2);
    const received: { received_at: Date }[] = await svc.ds.query(
      `SELECT DISTINCT received_at FROM scheduling.inbox WHERE event_id = ANY($1)`,
      [[...events, again].map((e) => e.id)],
    );
    // now() is the transaction's start: four rows, one time
    expect(received).toHaveLength(1);
    expect((await procedure(slug)).title).toBe('two');
  });

  it('applies the rest of a batch when one event of it fails, and dead-letters that one after its retries', async () => {
    const slug = `half-${randomUUID().slice(0, 8)}`;
    const before = published(`${slug}-before`, 1);
    // valid as a card, but no PostgreSQL integer holds its duration: the effect fails on every attempt
    const failing: CloudEvent<ServiceCardV1> = {
      ...published(`${slug}-failing`, 1),
      data: { ...card(`${slug}-failing`, 1), durationMinutes: 3_000_000_000 },
    };
    const after = published(`${slug}-after`, 1);
    await producer.send({
      topic,
      messages: [before, failing, after].map((e) => ({ ...toKafkaRecord(e), key: slug })),
    });
    await waitFor(() => procedure(`${slug}-after`));
    expect(await procedure(`${slug}-before`)).toMatchObject({ version: 1 });
    expect(await procedure(`${slug}-failing`)).toBeUndefined();
    expect(await inboxCount(before.id, failing.id, after.id)).toBe(2);
    const dead = await waitFor(async () => {
      const found = (await readTopic(`${topic}.dlq`, { expected: 4, timeoutMs: 3000 })).filter(
        (m) => m.key === slug,
      );
      return found.length > 0 ? found : null;
    });
    expect(dead).toHaveLength(1);
    expect(dead[0].headers['ce_id']).toBe(failing.id);
    expect(dead[0].headers['dlq_error']).toMatch(/after 3 attempt\(s\).*out of range/);
  });
});

import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { Topics } from '@facile/contracts';
import { OutboxEntry, OutboxWriter } from '@facile/platform/messaging';
import {
  readTopic,
  startTestService,
  staffToken,
  testEnvironment,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { CatalogueConfig } from '../catalogue.config';
import { catalogueService } from '../catalogue.service';
import { draftCard } from './catalogue-fixtures';

/** A catalogue change commits with its outbox row; the relay publishes it as a CloudEvent. */
describe('catalogue outbox (real PostgreSQL and Kafka)', () => {
  let svc: TestService<CatalogueConfig>;
  let admin: string;

  beforeAll(async () => {
    svc = await startTestService(catalogueService, testEnvironment('catalogue'));
    admin = await staffToken('union-admin');
  });
  afterAll(() => svc?.close());

  const outboxOf = (slug: string) => svc.ds.getRepository(OutboxEntry).find({ where: { aggregateid: slug } });

  it('publishes a card with its event in one transaction, sent with CloudEvents headers', async () => {
    const slug = `cie-${randomUUID().slice(0, 8)}`;
    const http = request(svc.app.getHttpServer());
    await http
      .post('/catalogue/v1/services')
      .set('Authorization', `Bearer ${admin}`)
      .send(draftCard(slug))
      .expect(201);
    expect(await outboxOf(slug)).toHaveLength(0); // drafts are not announced
    const res = await http
      .post(`/catalogue/v1/services/${slug}/publish`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(res.body).toMatchObject({ slug, status: 'published', version: 2 });

    const rows = await outboxOf(slug);
    expect(rows.map((r) => r.type)).toEqual(['catalogue.service.published']);
    await waitFor(async () => (await outboxOf(slug))[0].publishedAt);

    const messages = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.catalogueServices}`, {
      expected: 1,
    });
    const mine = messages.filter((m) => m.key === slug);
    expect(mine).toHaveLength(1);
    expect(mine[0].headers).toMatchObject({
      ce_id: rows[0].id,
      ce_type: 'catalogue.service.published',
      ce_source: 'catalogue',
      ce_specversion: '1.0',
      ce_tenant: 'unione-valle-savio',
    });
    expect(mine[0].headers['ce_traceparent']).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(JSON.parse(mine[0].value ?? '{}')).toMatchObject({
      slug,
      version: 2,
      status: 'published',
      offerings: [],
    });
  });

  it('refuses a second publish with 409 and writes no second event', async () => {
    const slug = `twice-${randomUUID().slice(0, 8)}`;
    const http = request(svc.app.getHttpServer());
    await http
      .post('/catalogue/v1/services')
      .set('Authorization', `Bearer ${admin}`)
      .send(draftCard(slug))
      .expect(201);
    await http
      .post(`/catalogue/v1/services/${slug}/publish`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    const second = await http
      .post(`/catalogue/v1/services/${slug}/publish`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await outboxOf(slug)).toHaveLength(1);
  });

  it('leaves no event when the business transaction rolls back', async () => {
    const writer = svc.app.get(OutboxWriter);
    const before = await svc.ds.getRepository(OutboxEntry).count();
    await expect(
      svc.ds.transaction(async (m) => {
        await writer.append(m, {
          type: 'catalogue.service.retired',
          aggregateType: 'service',
          aggregateId: 'rolled-back',
          tenant: 'unione-valle-savio',
          data: { ...draftCard('rolled-back'), version: 9, status: 'retired', offerings: [] },
        });
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await svc.ds.getRepository(OutboxEntry).count()).toBe(before);
  });

  it('refuses to write an event whose payload breaks its contract', async () => {
    const writer = svc.app.get(OutboxWriter);
    await expect(
      svc.ds.transaction((m) =>
        writer.append(m, {
          type: 'catalogue.service.published',
          aggregateType: 'service',
          aggregateId: 'x',
          tenant: 'cesena',
          data: { slug: 'x' },
        }),
      ),
    ).rejects.toThrow(/payload/);
  });
});

import request from 'supertest';
import { OutboxBacklog, OutboxRelay } from '@facile/platform/messaging';
import {
  metricValue,
  readTopic,
  startTestService,
  testEnvironment,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { CatalogueConfig } from '../catalogue.config';
import { catalogueService } from '../catalogue.service';

/**
 * The metrics an operator alerts on, read from /metrics of a real catalogue: the outbox backlog is the true row
 * count and the age of the oldest row, measured on a timer (not by the relay, which publishes nothing while Kafka
 * is away), and HTTP requests are counted by route pattern and status code.
 */
describe('catalogue metrics (real PostgreSQL and Kafka)', () => {
  let svc: TestService<CatalogueConfig>;
  const metrics = async () => (await request(svc.app.getHttpServer()).get('/metrics').expect(200)).text;

  beforeAll(async () => {
    // The relay is off: the rows stay in the outbox as they would while Kafka is down.
    svc = await startTestService(
      catalogueService,
      testEnvironment('catalogue-metrics', { OUTBOX_RELAY_ENABLED: 'false', METRICS_POLL_MS: '200' }),
    );
  });
  afterAll(() => svc?.close());

  it('reports every unpublished outbox row (beyond the relay batch of 500) and the oldest one’s age, then 0 once published', async () => {
    await svc.reset();
    await svc.ds.query(
      `INSERT INTO catalogue.outbox (id, aggregatetype, aggregateid, type, payload, tenant_id, topic, created_at)
       SELECT gen_random_uuid(), 'service', 'backlog-' || n, 'catalogue.service.retired', '{}'::jsonb, 'unione-valle-savio', 'catalogue.services.v1', now() - interval '3 minutes' + n * interval '1 millisecond'
         FROM generate_series(1, 750) AS n`,
    );
    const seen = await waitFor(async () => {
      const text = await metrics();
      return metricValue(text, 'facile_outbox_pending_rows') === 750 ? text : null;
    }, 5000);
    expect(metricValue(seen, 'facile_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(180);
    expect(metricValue(seen, 'facile_outbox_oldest_age_seconds')).toBeLessThan(240);
    // and it keeps moving without the relay: the age grows
    const before = metricValue(seen, 'facile_outbox_oldest_age_seconds') ?? 0;
    await waitFor(
      async () => (metricValue(await metrics(), 'facile_outbox_oldest_age_seconds') ?? 0) > before + 0.3,
      5000,
    );

    const relay = svc.app.get(OutboxRelay);
    expect(await relay.drain()).toBe(750);
    expect(await svc.app.get(OutboxBacklog).measure()).toEqual({ pending: 0, oldestAgeSeconds: 0 });
    const after = await metrics();
    expect(metricValue(after, 'facile_outbox_pending_rows')).toBe(0);
    expect(metricValue(after, 'facile_outbox_oldest_age_seconds')).toBe(0);
    expect(metricValue(after, 'facile_outbox_published_total')).toBe(750);
  });

  it('publishes a backlog bigger than a Kafka request allows in batches the broker accepts, in order', async () => {
    await svc.reset();
    // 40 events of about 40 kB of one aggregate (one partition): 1.6 MB, over the broker's 1 MB per request
    await svc.ds.query(
      `INSERT INTO catalogue.outbox (id, aggregatetype, aggregateid, type, payload, tenant_id, topic, created_at)
       SELECT gen_random_uuid(), 'service', 'big-card', 'catalogue.service.retired', jsonb_build_object('n', n, 'pad', repeat('x', 40000)),
              'unione-valle-savio', 'catalogue.services.v1', now() + n * interval '1 millisecond'
         FROM generate_series(1, 40) AS n`,
    );
    expect(await svc.app.get(OutboxRelay).drain()).toBe(40);
    const published = (
      await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}catalogue.services.v1`, { timeoutMs: 6000 })
    ).filter((m) => m.key === 'big-card'); // the topic holds the earlier test's events too: read it all
    expect(published.map((m) => JSON.parse(m.value ?? '{}').n)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it('names its metrics facile_* with Prometheus conventions: requests by method, route pattern and code', async () => {
    const http = request(svc.app.getHttpServer());
    await http.get('/catalogue/v1/services/no-such-card').expect(404);
    await http.get('/catalogue/v1/tenants').expect(200);
    const text = await metrics();
    expect(text).toMatch(/# TYPE facile_http_request_duration_seconds histogram/);
    expect(
      metricValue(text, 'facile_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/catalogue/v1/services/:slug',
        code: '404',
      }),
    ).toBe(1);
    expect(
      metricValue(text, 'facile_http_request_duration_seconds_count', {
        route: '/catalogue/v1/tenants',
        code: '200',
      }),
    ).toBe(1);
    expect(text).not.toMatch(/no-such-card/);
    for (const name of [
      'facile_outbox_published_total',
      'facile_events_consumed_total',
      'facile_dead_letter_messages_total',
      'facile_dependency_up',
      'facile_ready',
      'facile_readiness_changes_total',
    ])
      expect(text).toContain(`# TYPE ${name} `);
    // every own metric is facile_*; the process and Node.js defaults keep their standard names
    const own = [...text.matchAll(/^# TYPE (\S+) /gm)]
      .map((m) => m[1])
      .filter((n) => !/^(process|nodejs)_/.test(n));
    expect(own.filter((n) => !n.startsWith('facile_'))).toEqual([]);
    expect(own.filter((n) => /_total$/.test(n)).length).toBeGreaterThan(0);
  });
});

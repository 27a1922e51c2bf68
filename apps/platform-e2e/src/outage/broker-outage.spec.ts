import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { Topics } from '@facile/contracts';
import { readTopic, staffToken, waitFor } from '@facile/platform/testing';
import { RunningPlatform, root, startPlatform } from '../support/platform';

const kafka = (command: 'up' | 'down') =>
  execFileSync(process.execPath, [path.join(root, 'tools/kafka/kafka.mjs'), command], { cwd: root, stdio: 'pipe', timeout: 170000 });

/**
 * Kafka stopped while the catalogue commits changes: every request still succeeds (the outbox keeps the
 * events), readiness says Kafka is down, and once the broker is back every event is delivered exactly once.
 */
describe('broker outage', () => {
  let p: RunningPlatform;
  let db: Client;
  let admin: string;

  beforeAll(async () => {
    p = await startPlatform('platform_outage');
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    admin = await staffToken('union-admin');
  }, 180000);

  afterAll(async () => {
    kafka('up');
    await db?.end();
    await p?.stop();
  }, 180000);

  it('keeps every change made while Kafka is down and publishes each exactly once afterwards', async () => {
    const N = 40;
    const slugs = Array.from({ length: N }, (_, i) => `outage-${i}-${randomUUID().slice(0, 6)}`);
    kafka('down');
    await waitFor(async () => (await fetch(`${p.url('catalogue')}/health/ready`)).status === 503, 20000);
    const post = (path: string, body: unknown) =>
      fetch(`${p.gateway}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify(body),
      });
    for (const slug of slugs) {
      const created = await post('/catalogue/v1/services', {
        slug,
        title: `Procedura ${slug}`,
        summary: 'durante il fermo di Kafka',
        category: 'anagrafe-stato-civile',
        lifeEvents: [],
        bookable: true,
        walkIn: false,
        durationMinutes: 15,
      });
      expect(created.status).toBe(201);
      expect((await post(`/catalogue/v1/services/${slug}/publish`, {})).status).toBe(200);
    }
    const pending = await db.query(`SELECT count(*)::int AS n FROM catalogue.outbox WHERE published_at IS NULL AND aggregateid = ANY($1)`, [slugs]);
    expect(pending.rows[0].n).toBe(N);

    kafka('up');
    await waitFor(async () => (await fetch(`${p.url('catalogue')}/health/ready`)).status === 200, 60000);
    await waitFor(
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM scheduling.procedures WHERE slug = ANY($1)`, [slugs])).rows[0].n === N,
      90000,
      250,
    );
    const messages = await readTopic(`${p.env['KAFKA_TOPIC_PREFIX']}${Topics.catalogueServices}`, { expected: N, timeoutMs: 15000 });
    const mine = messages.filter((m) => m.key && slugs.includes(m.key));
    expect(mine).toHaveLength(N);
    expect(new Set(mine.map((m) => m.headers['ce_id'])).size).toBe(N);
    const applied = await db.query(`SELECT count(*)::int AS n FROM scheduling.inbox WHERE event_id = ANY($1)`, [mine.map((m) => m.headers['ce_id'])]);
    expect(applied.rows[0].n).toBe(N);
  });
});

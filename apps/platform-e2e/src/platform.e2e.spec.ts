import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { SignJWT, UnsecuredJWT } from 'jose';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { staffToken, TEST_JWT_SECRET, waitFor } from '@facile/platform/testing';
import { RunningPlatform, SERVICES, startPlatform } from './support/platform';

/** The four services as real processes behind the gateway, on real PostgreSQL, Kafka and Redis. */
describe('platform end to end', () => {
  let p: RunningPlatform;
  let db: Client;
  let admin: string;

  beforeAll(async () => {
    p = await startPlatform('platform_e2e');
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    admin = await staffToken('union-admin');
  }, 120000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
  });

  const gw = (path: string, init: RequestInit = {}) => fetch(`${p.gateway}${path}`, init);
  const json = (body: unknown, token?: string): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  it.each(SERVICES.map((s) => s.name))(
    '%s is live, ready (database, Kafka, Redis) and exposes metrics',
    async (name) => {
      const base = p.url(name);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, kafka: { status: 'up' }, redis: { status: 'up' } },
      });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/# TYPE facile_http_request_duration_seconds histogram/);
      expect(metrics).toMatch(/^facile_outbox_pending_rows\{service="[a-z-]+"\} 0$/m);
      expect(metrics).toMatch(/^facile_dependency_up\{dependency="kafka",service="[a-z-]+"\} 1$/m);
    },
  );

  it.each(SERVICES.map((s) => s.prefix))(
    'the gateway serves /%s/openapi.json, lint-clean, and its Swagger UI',
    async (prefix) => {
      const res = await gw(`/${prefix}/openapi.json`);
      expect(res.status).toBe(200);
      const text = await res.text();
      const doc = JSON.parse(text);
      expect(doc.openapi).toMatch(/^3\./);
      // Redocly is ESM-only: lint out of process with the same rules `tools/openapi/lint.mjs` applies.
      const lint = spawnSync(
        process.execPath,
        [path.join(__dirname, '../../../tools/openapi/lint.mjs'), `${p.gateway}/${prefix}/openapi.json`],
        { encoding: 'utf8' },
      );
      const result: { errors: string[]; warnings: string[] } = lint.stdout
        ? JSON.parse(lint.stdout)
        : { errors: [`lint did not run: ${lint.stderr}`], warnings: [] };
      // warnings are shown, not discarded; errors fail
      process.stdout.write(
        `redocly lint /${prefix}/openapi.json: ${result.errors.length} error(s), ${result.warnings.length} warning(s)${result.warnings.map((w) => `\n  warning ${w}`).join('')}\n`,
      );
      expect(result.errors).toEqual([]);
      expect((await gw(`/${prefix}/docs`)).status).toBe(200);
    },
  );

  it.each(SERVICES.map((s) => s.prefix))(
    '/%s/openapi.json: stable camelCase operationIds, unique; every tag described',
    async (prefix) => {
      const doc = (await (await gw(`/${prefix}/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>;
        tags?: { name: string; description?: string }[];
      };
      const operations = Object.entries(doc.paths).flatMap(([route, item]) =>
        Object.entries(item).map(([method, op]) => ({ where: `${method.toUpperCase()} ${route}`, ...op })),
      );
      expect(operations.length).toBeGreaterThan(0);
      const ids = operations.map((o) => o.operationId);
      expect(new Set(ids).size).toBe(ids.length);
      const described = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
      for (const op of operations)
        for (const tag of op.tags ?? [])
          expect({ tag, described: (described.get(tag) ?? '').length > 0 }).toEqual({ tag, described: true });
      for (const op of operations)
        expect({ where: op.where, operationId: op.operationId }).toEqual({
          where: op.where,
          operationId: expect.stringMatching(/^[a-z][a-zA-Z0-9]+$/),
        });
    },
  );

  it('carries a catalogue change through Kafka into the scheduling projection', async () => {
    const slug = `e2e-${randomUUID().slice(0, 8)}`;
    const card = {
      slug,
      title: 'Procedura di prova',
      summary: 'x',
      category: 'anagrafe-stato-civile',
      lifeEvents: [],
      bookable: true,
      walkIn: false,
      durationMinutes: 30,
    };
    expect((await gw('/catalogue/v1/services', json(card, admin))).status).toBe(201);
    expect((await gw(`/catalogue/v1/services/${slug}/publish`, json({}, admin))).status).toBe(200);
    const row = await waitFor(
      async () =>
        (await db.query('SELECT version, status FROM scheduling.procedures WHERE slug = $1', [slug])).rows[0],
    );
    expect(row).toEqual({ version: 2, status: 'published' });
  });

  describe('bad input: clear problem+json 4xx, nothing written', () => {
    const count = async () =>
      Number((await db.query('SELECT count(*) FROM catalogue.services')).rows[0].count);
    const valid = () => ({
      slug: `bad-${randomUUID().slice(0, 8)}`,
      title: 'Titolo valido',
      summary: 's',
      category: 'anagrafe-stato-civile',
      lifeEvents: [],
      bookable: true,
      walkIn: false,
      durationMinutes: 30,
    });

    const cases: [string, () => Promise<RequestInit>, number, RegExp][] = [
      ['malformed JSON', async () => json('{"slug": ', admin), 400, /not valid JSON/],
      ['an unknown field', async () => json({ ...valid(), colour: 'red' }, admin), 400, /colour/],
      [
        'a mistyped field',
        async () => json({ ...valid(), durationMinutes: 'thirty' }, admin),
        400,
        /durationMinutes/,
      ],
      ['a missing field', async () => json({ ...valid(), title: undefined }, admin), 400, /title/],
      ['a huge string', async () => json({ ...valid(), title: 'x'.repeat(100000) }, admin), 400, /title/],
      ['an array body', async () => json([1, 2], admin), 400, /./],
      ['no token', async () => json(valid()), 401, /token/],
      [
        'a forged token',
        async () =>
          json(
            valid(),
            await new SignJWT({ roles: ['union-admin'] })
              .setProtectedHeader({ alg: 'HS256' })
              .setSubject('x')
              .setExpirationTime('1h')
              .sign(new TextEncoder().encode('x'.repeat(40))),
          ),
        401,
        /not valid/,
      ],
      [
        'an expired token',
        async () =>
          json(
            valid(),
            await new SignJWT({ roles: ['union-admin'] })
              .setProtectedHeader({ alg: 'HS256' })
              .setSubject('x')
              .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
              .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
          ),
        401,
        /expired/,
      ],
      [
        'alg none',
        async () =>
          json(
            valid(),
            new UnsecuredJWT({ roles: ['union-admin'] }).setSubject('x').setExpirationTime('1h').encode(),
          ),
        401,
        /not valid/,
      ],
      [
        'a wrong role',
        async () => json(valid(), await staffToken('operator', { sites: ['cesena-centro'] })),
        403,
        /role/,
      ],
    ];

    it.each(cases)('%s', async (_name, make, status, detail) => {
      const before = await count();
      const res = await gw('/catalogue/v1/services', await make());
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const body = (await res.json()) as { detail: string; errors?: unknown[] };
      expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
      expect(`${body.detail} ${JSON.stringify(body.errors ?? [])}`).toMatch(detail);
      expect(await count()).toBe(before);
    });

    it('answers an unknown municipality with 404', async () => {
      const res = await gw('/catalogue/v1/tenants/rimini');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    });

    it('answers an unknown path with 404 problem+json, and an unknown prefix at the gateway too', async () => {
      expect((await gw('/catalogue/v1/nothing-here')).status).toBe(404);
      const res = await gw('/nowhere/v1');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    });
  });

  it("keeps the web's generated client current with the served documents (npm run generate:api-client)", () => {
    const check = spawnSync(
      process.execPath,
      [path.join(__dirname, '../../../tools/generators/api-client.mjs'), '--check', '--from', p.gateway],
      {
        encoding: 'utf8',
      },
    );
    expect(`${check.stdout}${check.stderr}`).toContain('libs/web/api-client is current');
    expect(check.status).toBe(0);
  }, 60000);

  it('carries a correlation id through the request and never logs personal data in it', async () => {
    const res = await gw('/catalogue/v1/tenants', { headers: { 'x-request-id': 'e2e-correlation-1' } });
    expect(res.headers.get('x-request-id')).toBe('e2e-correlation-1');
    expect(res.headers.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});

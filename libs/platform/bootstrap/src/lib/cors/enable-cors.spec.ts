import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Body, Controller, DynamicModule, Get, HttpCode, Module, Param, Post, Res } from '@nestjs/common';
import { INestApplication } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import request from 'supertest';
import { OptionalAuth, Public } from '@facile/platform/auth';
import { loadConfig, PlatformConfig } from '@facile/platform/config';
import { ensureDatabase } from '@facile/platform/persistence';
import { createServiceApp } from '../create-service-app';
import { ServiceDefinition } from '../service-definition';
import { CITIZEN_HEADERS, PREFLIGHT_MAX_AGE_SECONDS } from './cors-policy';

@Public()
@Controller('demo/v1/offers')
class OffersController {
  @Get()
  @ApiOperation({ operationId: 'listOffers' })
  list() {
    return { items: [] };
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'createOffer' })
  create(@Body() body: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Location', '/demo/v1/offers/1');
    return body;
  }
}

@Controller('demo/v1/bookings')
class BookingsController {
  @OptionalAuth()
  @Get(':code')
  @ApiOperation({ operationId: 'getBooking' })
  read(@Param('code') code: string) {
    return { code };
  }

  /** Staff only. */
  @Post(':code/no-show')
  @ApiOperation({ operationId: 'markBookingNoShow' })
  noShow(@Param('code') code: string) {
    return { code };
  }
}

@Module({ controllers: [OffersController, BookingsController] })
class DemoModule {}

const CITY = 'https://www.comune.demo.example.it';
const UNION = 'https://www.unione.demo.example.it';
const CONSOLE = 'https://sportello.demo.example.it';

/** createServiceApp as every service runs it, on the real PostgreSQL, Redis and Kafka, with a tiny demo API. */
describe('CORS of a service (createServiceApp)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cors-'));
    const tenantsFile = path.join(dir, 'tenants.json');
    writeFileSync(
      tenantsFile,
      JSON.stringify({
        union: { id: 'unione-demo', name: 'Unione demo', webOrigins: [UNION] },
        tenants: [
          { id: 'demo', name: 'Comune demo', webOrigins: [CITY] },
          { id: 'other', name: 'Comune senza sito' },
        ],
      }),
    );
    const suffix = (process.env['TEST_DATABASE_SUFFIX'] ?? '').replace(/[^a-z0-9]/gi, '_');
    const config = loadConfig(PlatformConfig, {
      NODE_ENV: 'test',
      DATABASE_URL: `postgres://postgres@127.0.0.1:5432/facile_test_platform_bootstrap${suffix ? `_${suffix}` : ''}`,
      KAFKA_BROKERS: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: 'test:platform-bootstrap:',
      LOG_LEVEL: 'silent',
      OUTBOX_RELAY_ENABLED: 'false',
      KAFKA_CONSUMERS_ENABLED: 'false',
      TENANTS_FILE: tenantsFile,
      CONSOLE_ORIGIN: CONSOLE,
    });
    await ensureDatabase(config.DATABASE_URL);
    const def: ServiceDefinition<PlatformConfig> = {
      service: 'demo',
      schema: 'demo',
      root: 'demo',
      title: 'Demo',
      description: 'CORS demo',
      version: '1',
      tags: [{ name: 'demo', description: 'Routes of the CORS demo' }],
      configClass: PlatformConfig,
      entities: [],
      migrations: [],
      modules: () => [{ module: DemoModule } as DynamicModule],
      consumesEvents: false,
    };
    app = await createServiceApp(def, config);
    await app.init();
    http = request(app.getHttpServer());
  });

  afterAll(async () => {
    await app?.close();
  });

  const preflight = (url: string, origin: string, method: string, headers = 'content-type') =>
    http
      .options(url)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', headers);

  it("answers a municipality's preflight for a public route with 204, cached, without credentials or the staff header", async () => {
    const res = await preflight('/demo/v1/offers', CITY, 'POST', 'content-type,idempotency-key');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(CITY);
    expect(res.headers['access-control-allow-methods']).toBe('GET,POST');
    expect(res.headers['access-control-allow-headers']).toBe(CITIZEN_HEADERS.join(','));
    expect(res.headers['access-control-allow-headers']).not.toMatch(/authorization/i);
    expect(res.headers['access-control-max-age']).toBe(String(PREFLIGHT_MAX_AGE_SECONDS));
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['vary']).toMatch(/Origin/);
  });

  it("lets the Union's own site in too, and an @OptionalAuth() route (a citizen's manage-token read)", async () => {
    expect((await preflight('/demo/v1/offers', UNION, 'GET')).headers['access-control-allow-origin']).toBe(
      UNION,
    );
    const res = await preflight('/demo/v1/bookings/AB12', CITY, 'GET', 'x-manage-token');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-methods']).toBe('GET');
  });

  it("refuses a municipality's preflight for a staff route: no CORS headers, the usual 404", async () => {
    const res = await preflight('/demo/v1/bookings/AB12/no-show', CITY, 'POST', 'authorization');
    expect(res.status).toBe(404);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('answers the console for staff routes, with Authorization allowed, and keeps its 401 readable', async () => {
    const pre = await preflight('/demo/v1/bookings/AB12/no-show', CONSOLE, 'POST', 'authorization');
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(CONSOLE);
    expect(pre.headers['access-control-allow-headers']).toMatch(/Authorization/);
    const res = await http.post('/demo/v1/bookings/AB12/no-show').set('Origin', CONSOLE);
    expect(res.status).toBe(401);
    expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
  });

  it('refuses an origin nobody listed, and a look-alike of a listed one', async () => {
    for (const origin of [
      'https://evil.example',
      'http://www.comune.demo.example.it',
      `${CITY}.evil.example`,
    ]) {
      const res = await preflight('/demo/v1/offers', origin, 'GET');
      expect(res.status).toBe(404);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const get = await http.get('/demo/v1/offers').set('Origin', origin);
      expect(get.status).toBe(200); // the server answers; the browser keeps it from the page
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
      expect(get.headers['vary']).toMatch(/Origin/);
    }
  });

  it('marks the answers of a public route: origin, exposed Location and Retry-After, and errors of the body parser too', async () => {
    const created = await http.post('/demo/v1/offers').set('Origin', CITY).send({ a: 1 });
    expect(created.status).toBe(201);
    expect(created.headers['access-control-allow-origin']).toBe(CITY);
    expect(created.headers['access-control-expose-headers']).toMatch(/Location/);
    expect(created.headers['access-control-expose-headers']).toMatch(/Retry-After/);
    const bad = await http
      .post('/demo/v1/offers')
      .set('Origin', CITY)
      .set('Content-Type', 'application/json')
      .send('{"a": ');
    expect(bad.status).toBe(400);
    expect(bad.headers['access-control-allow-origin']).toBe(CITY);
  });

  it("gives a municipality's page no access to a staff answer, even a simple GET", async () => {
    const res = await http.get('/demo/v1/bookings/AB12').set('Origin', CITY);
    expect(res.headers['access-control-allow-origin']).toBe(CITY); // @OptionalAuth(): citizens read with a token
    const staff = await http.post('/demo/v1/bookings/AB12/no-show').set('Origin', CITY);
    expect(staff.status).toBe(401);
    expect(staff.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a CONSOLE_ORIGIN that is not an origin', () => {
    for (const bad of [
      'https://sportello.example.it/',
      'https://sportello.example.it/sportello',
      'sportello.example.it',
      '*',
    ])
      expect(() => loadConfig(PlatformConfig, { CONSOLE_ORIGIN: bad })).toThrow(/CONSOLE_ORIGIN/);
    expect(loadConfig(PlatformConfig, {}).CONSOLE_ORIGIN).toBe('http://localhost:8080');
  });
});

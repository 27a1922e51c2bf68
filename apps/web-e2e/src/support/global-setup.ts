import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { prepareIdentity } from './identity-setup';
import { saveState } from './state';

const root = path.resolve(__dirname, '../../../..');
const tool = (rel: string) => import(pathToFileURL(path.join(root, rel)).href);

interface StartedPlatform {
  gateway: string;
  lines: Map<string, string[]>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Each run starts from empty schemas in the suite's own database. */
async function freshDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({
    connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('DROP SCHEMA IF EXISTS catalogue, scheduling, assistance, notifications CASCADE');
  } finally {
    await db.end();
  }
}

/** A municipality's own web site: one page, and whatever script the test runs in it. */
function siteServer(): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="it"><title>Sito del Comune</title><h1>Sito del Comune</h1></html>');
  });
  return new Promise((resolve) =>
    // localhost, while the gateway is 127.0.0.1: another host and another port, so surely another origin
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://localhost:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** The private copy of a build (same depth as dist/<x>), so a rebuild while the suite runs changes nothing. */
function privateCopy(source: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
}

/**
 * ONE platform for the whole run, started as `npm start` starts it (tools/dev/platform.mjs): built services,
 * migrated and seeded, the gateway serving the built web apps, on real PostgreSQL, Kafka and Redis.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const { ensureChromium } = await tool('tools/browser/ensure-chromium.mjs');
  ensureChromium();
  const { buildWebApps, WEB_APPS, webIndexOf } = await tool('tools/dev/web-build.mjs');
  if (!existsSync(path.join(root, 'dist/out/apps/catalogue/src/main.js'))) {
    if (spawnSync(process.execPath, ['tools/build/build.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0)
      throw new Error('the SWC build failed (node tools/build/build.mjs)');
  }
  if (!(WEB_APPS as string[]).every((app) => existsSync(webIndexOf(app))) && !buildWebApps())
    throw new Error('the web apps did not build (npx nx run-many -t build -p citizen-web,desk-console)');

  const run = path.join(root, 'tmp', `web-e2e-${process.pid}`);
  mkdirSync(run, { recursive: true });
  privateCopy(path.join(root, 'dist/out'), path.join(run, 'out'));
  privateCopy(path.join(root, 'dist/web'), path.join(run, 'web'));

  const listed = await siteServer();
  const unlisted = await siteServer();
  const tenants = JSON.parse(readFileSync(path.join(root, 'libs/platform/tenancy/src/tenants.json'), 'utf8'));
  for (const t of tenants.tenants)
    if (t.id === 'cesena') t.webOrigins = [...(t.webOrigins ?? []), listed.origin];
  const tenantsFile = path.join(run, 'tenants.json');
  writeFileSync(tenantsFile, JSON.stringify(tenants, null, 1));

  const suffix = (process.env['TEST_DATABASE_SUFFIX'] ?? '').replace(/[^a-z0-9]/gi, '_');
  const id = randomBytes(4).toString('hex');
  const prefix = `test.web_e2e.${id}.`;
  const { ensureKafka } = await tool('tools/kafka/kafka.mjs');
  await ensureKafka({ prefix, quiet: true });
  const { startMailSink } = await tool('tools/mail-sink/mail-sink.mjs');
  const mail = await startMailSink({ smtpPort: 0, httpPort: 0, log: () => undefined });

  const ports: Record<string, number> = {};
  for (const name of ['catalogue', 'scheduling', 'identity-assistance', 'notifications', 'gateway'])
    ports[name] = await freePort();
  // the same gateway by another name is another origin: the console's, calling the API at 127.0.0.1 across origins
  const consoleOrigin = `http://localhost:${ports['gateway']}`;
  // the desk console signs staff in at the real Keycloak (ADR 24): the services trust its keys, the gateway's CSP
  // lets the console talk to it, and the console's client accepts this run's origins as redirect targets
  const identity = await prepareIdentity([`http://127.0.0.1:${ports['gateway']}`, consoleOrigin]);
  const jwtSecret = `web-e2e-only-secret-${randomBytes(16).toString('hex')}`;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/facile_test_web_e2e${suffix ? `_${suffix}` : ''}`,
    KAFKA_BROKERS: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    KAFKA_TOPIC_PREFIX: prefix,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `test:web-e2e:${id}:`,
    // staff sign in through Keycloak in the console's specs; the other specs' staff calls (set-up through the
    // API) carry a development token, accepted only because this says so
    ...identity.env,
    GATEWAY_IDENTITY_URL: identity.issuer,
    DEV_TOKENS: 'true',
    JWT_SECRET: jwtSecret,
    SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
    TENANTS_FILE: tenantsFile,
    CONSOLE_ORIGIN: consoleOrigin,
    // the links in citizens' messages open this platform's citizen web
    CITIZEN_WEB_URL: `http://127.0.0.1:${ports['gateway']}`,
    LOG_LEVEL: 'info',
    OUTBOX_POLL_MS: '50',
    SHUTDOWN_GRACE_MS: '2000',
    // The statistics page is checked against the API's figures: the answer cache (ADR 11, covered by the
    // scheduling suite) serves each query stale for up to twice its time, so page and test could read two moments
    STATISTICS_CACHE_MS: '0',
  };
  await freshDatabase(env['DATABASE_URL'] ?? '');
  const { startPlatform } = await tool('tools/dev/platform.mjs');
  const platform: StartedPlatform = await startPlatform({
    env,
    ports,
    outDir: path.join(run, 'out'),
    webDir: path.join(run, 'web'),
    logDir: path.join(root, 'tmp/web-e2e/logs'),
  });
  const staffToken = execFileSync(
    process.execPath,
    [path.join(root, 'tools/token/token.mjs'), '--role', 'union-admin'],
    {
      env: { ...process.env, DEV_TOKENS: 'true', JWT_SECRET: jwtSecret },
      encoding: 'utf8',
    },
  ).trim();
  saveState({
    gateway: platform.gateway,
    listedOrigin: listed.origin,
    unlistedOrigin: unlisted.origin,
    consoleOrigin,
    staffToken,
    mailSink: `http://127.0.0.1:${mail.httpPort}`,
  });

  return async () => {
    await platform.stop();
    await identity.undo();
    await mail.close();
    await Promise.all([listed.server, unlisted.server].map((s) => new Promise((r) => s.close(r))));
    rmSync(run, { recursive: true, force: true });
  };
}

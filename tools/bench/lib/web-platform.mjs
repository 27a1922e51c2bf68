// A platform of the web benchmark's own (tools/bench/lighthouse.mjs --start).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startPlatform } from '../../dev/platform.mjs';
import { services } from '../../dev/services.mjs';
import { identityEnv } from '../../identity/identity.mjs';
import { ensureKafka } from '../../kafka/kafka.mjs';
import { startMailSink } from '../../mail-sink/mail-sink.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The platform as the browser suite starts it (tools/dev/platform.mjs), on free ports and a database, topic and
 * key prefix of the bench's own, so it never meets `npm start` on :8080 or another run. Built services and web
 * apps (dist/out, dist/web) must be there.
 */
export async function startWebPlatform({ say = () => {} } = {}) {
  const freePort = () =>
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    });
  const suffix = (process.env.TEST_DATABASE_SUFFIX ?? '').replace(/[^a-z0-9]/gi, '_');
  const database =
    process.env.BENCH_WEB_DATABASE_URL ??
    `postgres://postgres@127.0.0.1:5432/facile_bench_web${suffix ? `_${suffix}` : ''}`;
  const name = new URL(database).pathname.slice(1);
  if (!name.includes('bench'))
    throw new Error('BENCH_WEB_DATABASE_URL must name a database containing "bench"');
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(database), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const id = randomBytes(4).toString('hex');
  const prefix = `bench.web.${id}.`;
  await ensureKafka({ prefix, quiet: true });
  const mail = await startMailSink({ smtpPort: 0, httpPort: 0 });
  const ports = {};
  for (const s of [...services.map((x) => x.name), 'gateway']) ports[s] = await freePort();
  const platform = await startPlatform({
    onExit: (n, code) => say(`✖ ${n} exited (${code}); see tmp/bench-web/logs/${n}.log`),
    ports,
    logDir: path.join(root, 'tmp/bench-web/logs'),
    env: {
      // the web apps are the production build whatever this says; development spares the bench secrets
      NODE_ENV: 'development',
      ...identityEnv(),
      GATEWAY_IDENTITY_URL: identityEnv().JWT_ISSUER,
      LOG_LEVEL: 'warn',
      DATABASE_URL: database,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      KAFKA_TOPIC_PREFIX: prefix,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `bench:web:${id}:`,
      SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
      CITIZEN_WEB_URL: `http://127.0.0.1:${ports.gateway}`,
    },
  });
  say(`✔ a platform of the bench's own at ${platform.gateway}`);
  // the catalogue reaches scheduling through Kafka: wait until a card's booking data is there
  const until = Date.now() + 60000;
  while (Date.now() < until) {
    const r = await fetch(
      `${platform.gateway}/scheduling/v1/sites?service=carta-identita-elettronica&tenant=cesena`,
    ).catch(() => undefined);
    if (r?.ok && ((await r.json())?.items?.length ?? 0) > 0) break;
    await new Promise((res) => setTimeout(res, 500));
  }
  return {
    gateway: platform.gateway,
    async stop() {
      await platform.stop();
      await mail.close();
    },
  };
}

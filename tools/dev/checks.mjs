// Checks that PostgreSQL and Redis answer, and says exactly what is missing when they do not.
import net from 'node:net';
import pg from 'pg';
import { createClient } from 'redis';

export function isListening(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

export async function checkPostgres(url) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const r = await client.query('SHOW server_version');
    return { ok: true, detail: `PostgreSQL ${r.rows[0].server_version}` };
  } catch (e) {
    return {
      ok: false,
      detail: `PostgreSQL is not reachable at ${admin.host} (${e.message}). Start it (here: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set DATABASE_URL.`,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(url) {
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return { ok: true, detail: 'Redis answers PING' };
  } catch (e) {
    return {
      ok: false,
      detail: `Redis is not reachable at ${url} (${e.message}). Start it (here: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "") or set REDIS_URL.`,
    };
  } finally {
    await client.quit().catch(() => undefined);
  }
}

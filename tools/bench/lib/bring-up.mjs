// One bench platform from nothing: database recreated, roles, topics of its own prefix, migrate and seed of each
// service, the services started one at a time, then the wait for scheduling's projection of the catalogue. The
// default run brings up one; the region and replica scenarios bring up their own (other tenants, other processes).
import pg from 'pg';
import { mainOf } from '../../dev/services.mjs';
import {
  BENCH_SERVICES,
  createTopics,
  must,
  provisionRoles,
  recreateDatabase,
  roleEnv,
  startService,
  stopChild,
} from './platform.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param env the bench environment (benchEnv()), with any TENANTS_FILE / caches / pool size of this platform
 * @param instances the processes to start: [{name, port, key?, env?}] (key: the children map's, default name)
 * @param children the run's map of started processes (so Ctrl-C and failures stop them)
 * @param topicConfig Kafka topic settings ([{name, value}]) of this platform's topics
 * @param beforeStart async (db) => …: extra seed after the services' own seed, before they start
 * @returns {{db, stop}}: a superuser client on the database, and stop() for the processes and topics
 */
export async function bringUp({
  env,
  instances = BENCH_SERVICES,
  children,
  beforeStart,
  topicConfig,
  say = () => {},
}) {
  await recreateDatabase(env.DATABASE_URL);
  await provisionRoles(env.DATABASE_URL);
  const topics = await createTopics(env, topicConfig);
  const names = [...new Set(instances.map((s) => s.name))];
  for (const name of names)
    must(`${name} migrate`, [mainOf(name), 'migrate'], { ...env, ...roleEnv(env, name) });
  for (const name of names) must(`${name} seed`, [mainOf(name), 'seed'], { ...env, ...roleEnv(env, name) });
  const db = new pg.Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  const mine = [];
  const stop = async () => {
    await Promise.all(mine.map((k) => stopChild(children.get(k)?.child)));
    for (const k of mine) children.delete(k);
    await db.end().catch(() => undefined);
    await topics.drop().catch(() => undefined);
  };
  try {
    if (beforeStart) await beforeStart(db);
    for (const s of instances) {
      say(`  starting ${s.key ?? s.name} on ${s.port}`);
      const key = s.key ?? s.name;
      mine.push(key);
      children.set(key, await startService(s, { ...env, ...s.env }));
    }
    await projectionComplete(db);
  } catch (e) {
    for (const k of mine)
      say(`--- ${k} (last log lines)\n${(children.get(k)?.logs ?? []).slice(-15).join('\n')}`);
    await stop();
    throw e;
  }
  return { db, stop };
}

/** Scheduling learns the procedures from the catalogue's events: waits until its projection is complete. */
export async function projectionComplete(db, timeoutMs = 90000) {
  const expected = (await db.query(`SELECT count(*)::int AS n FROM catalogue.services`)).rows[0].n;
  for (let deadline = Date.now() + timeoutMs, last = -1, stableSince = Date.now(); ; await sleep(250)) {
    const n = (await db.query(`SELECT count(*)::int AS n FROM scheduling.procedures`)).rows[0].n;
    if (n !== last) [last, stableSince] = [n, Date.now()];
    if (n >= expected || (n > 0 && Date.now() - stableSince > 5000)) break;
    if (Date.now() > deadline)
      throw new Error(`scheduling has ${n} of ${expected} procedures after ${timeoutMs} ms`);
  }
  await sleep(2000);
}

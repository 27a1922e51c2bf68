// replicas: scheduling and notifications as several processes (BENCH_REPLICAS, 2) on a platform of the bench's
// own; scheduling behind a round-robin front on its usual port (lib/round-robin.mjs). Measured: booking throughput
// through the front with one scheduling process, then with all of them; contention through the replicas (exactly
// one winner, no 5xx); the pipeline with every notifications process in the consumer group; and the pipeline again
// with one notifications process killed (SIGKILL) once a quarter of its e-mails have arrived: the survivors take
// its partitions over, and every booking should still get exactly one e-mail. Each process has a pool of
// BENCH_REPLICA_POOL_SIZE (10) connections: the shared server's max_connections is 100.
import { DateTime } from 'luxon';
import { bringUp } from '../lib/bring-up.mjs';
import { fiscalCode } from '../lib/fiscal-codes.mjs';
import { getJson } from '../lib/load.mjs';
import { PORT_BASE, startService } from '../lib/platform.mjs';
import { startRoundRobin } from '../lib/round-robin.mjs';
import { httpBookings } from './booking.mjs';
import { contentionScenario } from './contention.mjs';
import { pipelineScenario, settle } from './pipeline.mjs';

const SERVICE = 'carta-identita-elettronica';
const TENANT = 'cesena';
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 4000);
const PIPELINE = Number(process.env.BENCH_PIPELINE_BOOKINGS ?? 2000);
const POOL = process.env.BENCH_REPLICA_POOL_SIZE ?? '10';
/** Replica r (1, 2, …) of the service at index j of BENCH_SERVICES listens on PORT_BASE + 10·r + j + 1. */
const replica = (name, j, r) => ({
  name,
  key: `${name}#${r}`,
  port: PORT_BASE + 10 * r + j + 1,
  env: { DATABASE_POOL_SIZE: POOL },
});
const single = (name, j) => ({ name, port: PORT_BASE + j + 1, env: { DATABASE_POOL_SIZE: POOL } });
const url = (s) => `http://127.0.0.1:${s.port}`;

export async function replicasScenario({ env, children, sink, replicas = 2, step }) {
  const scheduling = Array.from({ length: replicas }, (_, i) => replica('scheduling', 1, i + 1));
  const notifications = Array.from({ length: replicas }, (_, i) => replica('notifications', 3, i + 1));
  const front = await startRoundRobin({ port: PORT_BASE + 2, upstreams: [url(scheduling[0])] });
  const platform = await bringUp({
    env: { ...env, KAFKA_TOPIC_PREFIX: `${env.KAFKA_TOPIC_PREFIX}rep.` },
    instances: [single('catalogue', 0), scheduling[0], single('identity-assistance', 2), ...notifications],
    children,
  });
  try {
    const before = sink.messages().length;
    const { contentionSlots, jobs } = await freeJobs(front.url, 2 * BOOKINGS + 2 * PIPELINE);
    const n = Math.min(BOOKINGS, Math.floor((jobs.length - 2 * PIPELINE) / 2));
    if (n < 500) throw new Error(`only ${jobs.length} free slots for the replica scenario`);
    const take = (from, count, ns, prefix) =>
      jobs.slice(from, from + count).map((s, i) => ({
        ...s,
        fiscalCode: fiscalCode(ns, i),
        email: `${prefix}-${i}@bench.example.org`,
      }));
    const pids = () => Object.fromEntries(scheduling.map((s) => [s.key, children.get(s.key)?.child.pid]));
    const booking = async (batch) => {
      const r = await httpBookings({
        pids: pids(),
        base: front.url,
        jobs: batch,
        service: SERVICE,
        tenant: TENANT,
      });
      return {
        rps: r.rps,
        n: r.n,
        created: r.statuses[201] ?? 0,
        statuses: r.statuses,
        p99Ms: r.p99Ms,
        cpuMs: r.cpuMs,
      };
    };
    step(`  booking throughput: ${n} POSTs with one scheduling process`);
    const one = await booking(take(0, n, 4, 'rep1'));
    for (const s of scheduling.slice(1)) {
      children.set(
        s.key,
        await startService(s, { ...env, KAFKA_TOPIC_PREFIX: `${env.KAFKA_TOPIC_PREFIX}rep.`, ...s.env }),
      );
      front.add(url(s));
    }
    step(`  booking throughput: ${n} POSTs with ${replicas} scheduling processes`);
    const all = await booking(take(n, n, 5, 'rep2'));

    step('  contention: 20 runs × 500 concurrent POSTs through the replicas');
    const counters = new Map(
      (await platform.db.query(`SELECT id, counters FROM scheduling.sites`)).rows.map((r) => [
        r.id,
        r.counters,
      ]),
    );
    const contention = await contentionScenario({
      base: front.url,
      db: platform.db,
      slots: contentionSlots,
      counters: (site) => counters.get(site),
      service: SERVICE,
      tenant: TENANT,
      code: (i) => fiscalCode(6, i),
    });

    step('  waiting for the confirmations so far, then the pipeline with every notifications process');
    const expected = before + one.created + all.created + contention.exactOne;
    await settle(() => sink.messages().length, expected, { timeoutMs: 300000, quietMs: 20000 });
    const pipeBase = 2 * n;
    const pipeline = await pipelineScenario({
      base: front.url,
      sink,
      jobs: take(pipeBase, PIPELINE, 7, 'rep-pipe'),
      service: SERVICE,
      tenant: TENANT,
    });

    step(`  pipeline again, SIGKILL of ${notifications.at(-1).key} after a quarter of the e-mails`);
    const victim = children.get(notifications.at(-1).key).child;
    const killJobs = take(pipeBase + PIPELINE, PIPELINE, 8, 'rep-kill');
    const emails = new Set(killJobs.map((j) => j.email));
    const arrived = () => sink.messages().filter((m) => m.envelope.to.some((a) => emails.has(a))).length;
    let killedAfter = null;
    let finished = false;
    const watcher = (async () => {
      while (!finished && arrived() < killJobs.length / 4) await new Promise((r) => setTimeout(r, 50));
      killedAfter = arrived();
      victim.kill('SIGKILL');
    })();
    const killed = await pipelineScenario({
      base: front.url,
      sink,
      jobs: killJobs,
      service: SERVICE,
      tenant: TENANT,
      // the group notices the dead member after its session timeout, then rebalances: allow a long silence
      settleOptions: { timeoutMs: 300000, quietMs: 90000 },
    });
    finished = true;
    await watcher;
    // What the kill cost, from the deliveries: every booking's confirmation recorded once (the consumer group
    // took the dead member's partitions over), and the e-mails it had claimed but not sent marked failed, never
    // sent again (at most once, ADR 8).
    const byStatus = Object.fromEntries(
      (
        await platform.db.query(
          `SELECT status, count(*)::int AS n, count(DISTINCT recipient)::int AS recipients FROM notifications.deliveries
            WHERE kind = 'message' AND channel = 'email' AND recipient = ANY($1) GROUP BY status`,
          [[...emails]],
        )
      ).rows.map((r) => [r.status, { n: r.n, recipients: r.recipients }]),
    );
    const deliveries = Object.values(byStatus).reduce((a, x) => a + x.n, 0);
    return {
      replicas,
      bookingOne: one,
      bookingAll: all,
      speedup: Math.round((all.rps / Math.max(1, one.rps)) * 100) / 100,
      frontServed: front.served,
      frontErrors: front.errors,
      contention,
      pipeline,
      pipelineKilled: {
        ...killed,
        killedAfterEmails: killedAfter,
        missing: killed.bookings - killed.recipientsReached,
        deliveries,
        deliveriesByStatus: byStatus,
      },
    };
  } finally {
    await platform.stop();
    await front.close();
  }
}

/** Distinct free slots beyond the 14-day window, each counter once, and 20 other slots for contention (as run.mjs). */
async function freeJobs(base, wanted) {
  const today = DateTime.now().setZone('Europe/Rome').startOf('day');
  const far = (
    await getJson(
      `${base}/scheduling/v1/availability?service=${SERVICE}&tenant=${TENANT}&from=${today.plus({ days: 16 }).toISODate()}&to=${today.plus({ days: 59 }).toISODate()}`,
    )
  ).slots.filter((s) => s.available > 0);
  const jobs = [];
  for (let round = 0; jobs.length < wanted; round++) {
    const before = jobs.length;
    for (const s of far.slice(20)) if (s.available > round) jobs.push({ ...s, counter: round + 1 });
    if (jobs.length === before) break;
  }
  return { contentionSlots: far.slice(0, 20), jobs };
}

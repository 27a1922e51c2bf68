// region: the same four queries on two platforms of the bench's own, the shipped five municipalities (the normal
// seed and its 20,000 bookings) and a region of 330 (seed-region.mjs: ~700 sites, 200,000 bookings), each query
// 50 connections for BENCH_REGION_SECONDS (10): availability (one procedure, one municipality, every site that
// serves it, 14 days), catalogue search, a site's day agenda and the statistics (both staff, a union admin's token
// from the bench's own issuer). The availability and statistics micro-caches are off on both platforms
// (AVAILABILITY_CACHE_MS=0, STATISTICS_CACHE_MS=0), so every request computes its answer; the search cache cannot
// be switched off (1 s, in code) and rotates through the 34 queries as the search scenario does.
import { DateTime } from 'luxon';
import { bringUp } from '../lib/bring-up.mjs';
import { cannon, getJson } from '../lib/load.mjs';
import { BENCH_SERVICES } from '../lib/platform.mjs';
import {
  fillStatistics,
  seedRegionBookings,
  seedRegionSites,
  writeRegionTenants,
} from '../lib/seed-region.mjs';
import { seedNetwork } from '../lib/seed-network.mjs';
import { QUERIES } from './search.mjs';

const SERVICE = 'carta-identita-elettronica';
const TENANT = 'cesena';
const SITE = 'cesena-centro';
const SECONDS = Number(process.env.BENCH_REGION_SECONDS ?? 10);
const REGION_BOOKINGS = Number(process.env.BENCH_REGION_BOOKINGS ?? 200000);
const NETWORK = Number(process.env.BENCH_NETWORK_BOOKINGS ?? 20000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const port = (name) => BENCH_SERVICES.find((s) => s.name === name).port;

/** p99 and rps of each query, and the size of one answer (what a client downloads). */
async function measure({ token }) {
  const sched = `http://127.0.0.1:${port('scheduling')}`;
  const catalogue = `http://127.0.0.1:${port('catalogue')}`;
  const today = DateTime.now().setZone('Europe/Rome').startOf('day');
  const day = (n) => today.plus({ days: n }).toISODate();
  const auth = { authorization: `Bearer ${await token({ roles: ['union-admin'] })}` };
  const statistics = ['site', 'tenant', 'month'].map(
    (g) => `/scheduling/v1/statistics?from=${day(-90)}&to=${day(-1)}&groupBy=${g}`,
  );
  const queries = {
    availability: {
      base: sched,
      paths: [`/scheduling/v1/availability?service=${SERVICE}&tenant=${TENANT}&from=${day(1)}&to=${day(14)}`],
    },
    search: {
      base: catalogue,
      paths: QUERIES.map((q) => `/catalogue/v1/services?q=${encodeURIComponent(q)}&pageSize=10`),
    },
    agenda: { base: sched, paths: [`/scheduling/v1/agenda?site=${SITE}&date=${day(1)}`], headers: auth },
    statistics: { base: sched, paths: statistics, headers: auth },
  };
  const out = {};
  for (const [name, q] of Object.entries(queries)) {
    const probe = await fetch(`${q.base}${q.paths[0]}`, { headers: q.headers });
    const text = await probe.text();
    if (probe.status !== 200) throw new Error(`region ${name} probe: ${probe.status} ${text.slice(0, 300)}`);
    let i = 0;
    const r = await cannon({
      url: q.base,
      connections: 50,
      duration: SECONDS,
      headers: q.headers,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: q.paths[i++ % q.paths.length] }) }],
    });
    out[name] = {
      p99Ms: r.latency.p99,
      rps: Math.round(r.requests.average),
      errors: r.errors + r.non2xx,
      answerKb: Math.round(Buffer.byteLength(text) / 102.4) / 10,
    };
  }
  return out;
}

async function phase({ env, children, token, step, tenantsFile, seed }) {
  const platformEnv = {
    ...env,
    ...(tenantsFile ? { TENANTS_FILE: tenantsFile } : {}),
    KAFKA_TOPIC_PREFIX: `${env.KAFKA_TOPIC_PREFIX}${tenantsFile ? 'r330' : 'r5'}.`,
    AVAILABILITY_CACHE_MS: '0',
    STATISTICS_CACHE_MS: '0',
  };
  // A card event carries every municipality's offering (~46 kB at 330): the relay cuts its batches short of
  // 512 kB (MAX_BATCH_BYTES), so the broker's default limits do.
  const platform = await bringUp({ env: platformEnv, children, say: step });
  try {
    const seeded = await seed(platform.db);
    step(`  seeded: ${JSON.stringify(seeded)}`);
    await sleep(1100);
    return { ...(await measure({ token })), seeded };
  } catch (e) {
    step(`--- scheduling (last log lines)\n${(children.get('scheduling')?.logs ?? []).slice(-8).join('\n')}`);
    throw e;
  } finally {
    await platform.stop();
  }
}

export async function regionScenario({ env, children, token, step }) {
  const network = async (db) => {
    const today = DateTime.now().setZone('Europe/Rome').startOf('day');
    const window = (
      await getJson(
        `http://127.0.0.1:${port('scheduling')}/scheduling/v1/availability?service=${SERVICE}&tenant=${TENANT}&from=${today.plus({ days: 1 }).toISODate()}&to=${today.plus({ days: 14 }).toISODate()}`,
      )
    ).slots;
    return seedNetwork(db, { total: NETWORK, windowSlots: window, service: SERVICE, tenant: TENANT });
  };
  step('  5 tenants: the normal seed and its network bookings');
  const five = await phase({
    env,
    children,
    token,
    step,
    seed: async (db) => ({ ...(await network(db)), statsRows: await fillStatistics(db) }),
  });
  step(`  330 tenants: generated tenants file, ~700 sites, ${REGION_BOOKINGS} bookings`);
  const tenantsFile = writeRegionTenants();
  const region = await phase({
    env,
    children,
    token,
    step,
    tenantsFile,
    seed: async (db) => {
      const sites = await seedRegionSites(db);
      const net = await network(db);
      const bookings = await seedRegionBookings(db, { total: REGION_BOOKINGS });
      return { ...sites, network: net.total, bookings, statsRows: await fillStatistics(db) };
    },
  });
  const lines = {};
  for (const q of ['availability', 'search', 'agenda', 'statistics'])
    lines[q] = {
      p99Ms5: five[q].p99Ms,
      p99Ms330: region[q].p99Ms,
      rps5: five[q].rps,
      rps330: region[q].rps,
      ratio: Math.round((region[q].p99Ms / Math.max(1, five[q].p99Ms)) * 100) / 100,
      errors: five[q].errors + region[q].errors,
      answerKb5: five[q].answerKb,
      answerKb330: region[q].answerKb,
    };
  return { ...lines, seeded5: five.seeded, seeded330: region.seeded };
}

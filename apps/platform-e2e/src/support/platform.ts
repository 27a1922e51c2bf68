import { ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { localServiceDatabaseUrls, provisionLocalDatabaseRoles } from '@facile/platform/persistence';
import { createTopics, testEnvironment, testKafka } from '@facile/platform/testing';
import { responseContract } from './response-contract';

export const root = path.resolve(__dirname, '../../../..');

export interface PlatformService {
  name: string;
  prefix: string;
  port: number;
  /** The app a replica runs (its name is `<app>-<n>`); the name itself when absent. */
  app?: string;
}

/** The four services (the ports are the defaults; each started platform takes free ports of its own). */
export const SERVICES: PlatformService[] = [
  { name: 'catalogue', prefix: 'catalogue', port: 13001 },
  { name: 'scheduling', prefix: 'scheduling', port: 13002 },
  { name: 'identity-assistance', prefix: 'assistance', port: 13003 },
  { name: 'notifications', prefix: 'notifications', port: 13004 },
];
export const GATEWAY_PORT = 18080;

/**
 * A TCP port nobody listens on right now. Between this answer and the service's listen another process may take it
 * (suites start platforms side by side): `startPlatform` checks that its own child is the one that listens.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface PlatformOptions {
  /** Run each service's `seed` (catalogue procedures, scheduling sites) before serving. */
  seed?: boolean;
  /** Environment per service, on top of the shared one (e.g. a DATABASE_URL through a proxy for one service). */
  serviceEnv?: Record<string, Record<string, string>>;
  /** The client that creates the topics (default: plaintext on KAFKA_BROKERS); e.g. an admin on a secured broker. */
  kafka?: Kafka;
  /**
   * Processes of each service (default 1). The others are named `<service>-2`, … (`url`, `kill`, `start` take
   * those names), share the service's database role, consumer group and Redis, and the gateway sends the
   * requests to each in turn, as a Kubernetes Service does to its pods.
   */
  replicas?: number;
}

export interface RunningPlatform {
  env: Record<string, string>;
  processes: Map<string, ChildProcess>;
  logs: Map<string, string[]>;
  url(service: string): string;
  gateway: string;
  ports: Map<string, number>;
  restart(service: string): Promise<void>;
  /** SIGKILL: no graceful shutdown, no offset commit, no outbox flush. */
  kill(service: string): Promise<void>;
  /** Starts a stopped or killed service again and waits until it is ready. */
  start(service: string): Promise<void>;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

const run = promisify(execFile);
let builtDir = path.join(root, 'dist/out');
const mainOf = (name: string) => path.join(builtDir, 'apps', name, 'src/main.js');
const appOf = (s: PlatformService) => s.app ?? s.name;

/**
 * A private copy of dist/out (4 MB) at the same depth (tmp/e2e-<id>/out), so a rebuild by somebody else
 * while the suite runs never pulls the files from under the running services.
 */
async function privateBuild(project: string): Promise<void> {
  const source = path.join(root, 'dist/out');
  const target = path.join(root, 'tmp', `e2e-${project}-${process.pid}`, 'out');
  for (let attempt = 0; ; attempt++) {
    rmSync(target, { recursive: true, force: true });
    try {
      cpSync(source, target, { recursive: true });
      if (SERVICES.every((s) => existsSync(path.join(target, 'apps', s.name, 'src/main.js')))) break;
    } catch {
      // a build is rewriting dist/out right now
    }
    if (attempt > 60)
      throw new Error('dist/out is missing or incomplete: run `node tools/build/build.mjs` first');
    await new Promise((r) => setTimeout(r, 1000));
  }
  builtDir = target;
}

export async function waitForHttp(
  url: string,
  timeoutMs = 60000,
  ok = (s: number) => s === 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (ok(res.status)) return;
      last = `${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready: ${last}`);
}

/**
 * Waits until this child listens on its port and is ready. The ready answer alone is not proof: another suite's
 * service may hold the port this child failed to take (EADDRINUSE), and would answer in its place.
 */
async function waitForOwnService(
  name: string,
  child: ChildProcess,
  lines: string[],
  port: number,
  timeoutMs = 60000,
): Promise<'ready' | 'port-taken' | 'exited'> {
  const deadline = Date.now() + timeoutMs;
  const listening = `listening on :${port}`;
  while (!lines.some((l) => l.includes(listening))) {
    if (exited(child)) return lines.some((l) => l.includes('EADDRINUSE')) ? 'port-taken' : 'exited';
    if (Date.now() > deadline) throw new Error(`${name} did not listen on :${port} in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await waitForHttp(`http://127.0.0.1:${port}/health/ready`, Math.max(1000, deadline - Date.now()));
  return 'ready';
}

function launch(script: string, args: string[], env: Record<string, string>, logs: string[]): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (b: Buffer) => {
    for (const line of b.toString().split('\n')) if (line) logs.push(line);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Each run starts from empty schemas in the suite's own test database (counts asserted stay exact). */
async function freshDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
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
    await db.query(`DROP SCHEMA IF EXISTS catalogue, scheduling, assistance, notifications CASCADE`);
  } finally {
    await db.end();
  }
}

/**
 * Starts the built services (dist/out, made by `npm test` before this suite) as real processes on a test
 * database and a topic prefix of their own, plus the gateway in front of them.
 */
export async function startPlatform(
  project: string,
  extraEnv: Record<string, string> = {},
  options: PlatformOptions = {},
): Promise<RunningPlatform> {
  await privateBuild(project);
  const env: Record<string, string> = { ...testEnvironment(project), LOG_LEVEL: 'info', ...extraEnv };
  // env's DATABASE_URL is the superuser's: each service runs as its own role and migrates as the owner (ADR 5)
  const roleEnvOf = (name: string) =>
    localServiceDatabaseUrls(env['DATABASE_URL'], SERVICES.find((s) => s.name === name)?.prefix ?? name);
  const envOf = (name: string) => ({
    ...process.env,
    ...env,
    ...roleEnvOf(name),
    ...(options.serviceEnv?.[name] ?? {}),
  });
  await createTopics(env['KAFKA_TOPIC_PREFIX'], options.kafka ?? testKafka(env['KAFKA_BROKERS']));
  // asynchronously: a proxy in this very process (see tcp-proxy.ts) may stand between them and the database
  const command = async (name: string, cmd: string) => {
    try {
      await run(process.execPath, [mainOf(name), cmd], { cwd: root, env: envOf(name), encoding: 'utf8' });
    } catch (e) {
      const err = e as Error & { stderr?: string; stdout?: string };
      throw new Error(`${name} ${cmd} failed: ${err.stderr ?? ''}${err.stdout ?? err.message}`);
    }
  };
  await freshDatabase(env['DATABASE_URL']);
  await provisionLocalDatabaseRoles(env['DATABASE_URL']);
  for (const s of SERVICES) await command(s.name, 'migrate');
  const ports = new Map<string, number>();
  /** A free port no other process of this platform was given. */
  const newPort = async (): Promise<number> => {
    const taken = new Set(ports.values());
    for (;;) {
      const port = await freePort();
      if (!taken.has(port)) return port;
    }
  };
  const processes = new Map<string, ChildProcess>();
  const logs = new Map<string, string[]>();
  const instances: PlatformService[] = SERVICES.flatMap((s) => [
    s,
    ...Array.from({ length: Math.max(0, (options.replicas ?? 1) - 1) }, (_, i) => ({
      ...s,
      name: `${s.name}-${i + 2}`,
      app: s.name,
    })),
  ]);
  const start = (s: PlatformService) => {
    const lines = logs.get(s.name) ?? [];
    logs.set(s.name, lines);
    processes.set(
      s.name,
      launch(
        mainOf(appOf(s)),
        [],
        {
          ...env,
          ...roleEnvOf(appOf(s)),
          ...(options.serviceEnv?.[appOf(s)] ?? {}),
          PORT: String(ports.get(s.name)),
        },
        lines,
      ),
    );
  };
  /** Starts a service on a fresh port, again on another one when somebody took it meanwhile. */
  const startOnFreePort = async (s: PlatformService) => {
    for (let attempt = 1; ; attempt++) {
      ports.set(s.name, await newPort());
      const before = logs.get(s.name)?.length ?? 0;
      start(s);
      const child = processes.get(s.name) as ChildProcess;
      const lines = logs.get(s.name) as string[];
      const outcome = await waitForOwnService(s.name, child, lines, ports.get(s.name) as number);
      if (outcome === 'ready' && !exited(child)) return;
      if (outcome !== 'port-taken' || attempt === 3)
        throw new Error(`${s.name} exited while starting:\n${lines.slice(before).slice(-15).join('\n')}`);
    }
  };
  const urlOf = (name: string) => `http://127.0.0.1:${ports.get(name)}`;
  const gatewayLogs: string[] = [];
  logs.set('gateway', gatewayLogs);
  let gatewayPort = 0;
  try {
    await Promise.all(SERVICES.map(startOnFreePort));
    // the replicas after the first processes, which have run the start-up work that is done once
    await Promise.all(instances.filter((s) => s.app).map(startOnFreePort));
    for (let attempt = 1; ; attempt++) {
      gatewayPort = await newPort();
      ports.set('gateway', gatewayPort);
      const gatewayEnv: Record<string, string> = { GATEWAY_PORT: String(gatewayPort) };
      for (const s of SERVICES)
        gatewayEnv[`${s.prefix.toUpperCase()}_URL`] = instances
          .filter((i) => appOf(i) === s.name)
          .map((i) => urlOf(i.name))
          .join(',');
      const gateway = launch(path.join(root, 'tools/gateway/gateway.mjs'), [], gatewayEnv, gatewayLogs);
      processes.set('gateway', gateway);
      const listening = `listening on http://127.0.0.1:${gatewayPort}`;
      const deadline = Date.now() + 30000;
      while (!gatewayLogs.some((l) => l.includes(listening)) && !exited(gateway)) {
        if (Date.now() > deadline) throw new Error(`the gateway did not listen on :${gatewayPort} in 30 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      if (!exited(gateway)) break;
      if (attempt === 3)
        throw new Error(`the gateway exited while starting:\n${gatewayLogs.slice(-15).join('\n')}`);
    }
    await waitForHttp(`http://127.0.0.1:${gatewayPort}/catalogue/openapi.json`);
  } catch (e) {
    // never leave processes behind, and say why a service did not come up
    await Promise.all([...processes.values()].map(stopChild));
    const tails = [...logs.entries()]
      .map(([name, lines]) => `--- ${name}\n${lines.slice(-15).join('\n')}`)
      .join('\n');
    throw new Error(`${(e as Error).message}\n${tails}`);
  }
  // from now on every answer of this platform is checked against its OpenAPI document
  responseContract().watch(`http://127.0.0.1:${gatewayPort}`, ...instances.map((s) => urlOf(s.name)));
  // seeded while the services run, so the catalogue's events flow to scheduling as in production
  if (options.seed) for (const s of SERVICES) await command(s.name, 'seed');
  const service = (name: string) => {
    const s = instances.find((x) => x.name === name);
    if (!s) throw new Error(`unknown service ${name}`);
    return s;
  };
  return {
    env,
    processes,
    logs,
    ports,
    gateway: `http://127.0.0.1:${gatewayPort}`,
    url: urlOf,
    async restart(name) {
      await stopChild(processes.get(name));
      start(service(name));
      await waitForHttp(`${urlOf(name)}/health/live`);
    },
    async kill(name) {
      const child = processes.get(name);
      if (!child || exited(child)) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
    async start(name) {
      start(service(name));
      await waitForHttp(`${urlOf(name)}/health/ready`);
    },
    async stop() {
      await Promise.all([...processes.values()].map(stopChild));
      rmSync(path.dirname(builtDir), { recursive: true, force: true });
    },
  };
}

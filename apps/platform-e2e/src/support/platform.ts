import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createTopics, testEnvironment } from '@facile/platform/testing';

export const root = path.resolve(__dirname, '../../../..');

export interface PlatformService {
  name: string;
  prefix: string;
  port: number;
}

/** The four services on ports of their own, so the suite never collides with a running `npm start`. */
export const SERVICES: PlatformService[] = [
  { name: 'catalogue', prefix: 'catalogue', port: 13001 },
  { name: 'scheduling', prefix: 'scheduling', port: 13002 },
  { name: 'identity-assistance', prefix: 'assistance', port: 13003 },
  { name: 'notifications', prefix: 'notifications', port: 13004 },
];
export const GATEWAY_PORT = 18080;

export interface RunningPlatform {
  env: Record<string, string>;
  processes: Map<string, ChildProcess>;
  logs: Map<string, string[]>;
  url(service: string): string;
  gateway: string;
  restart(service: string): Promise<void>;
  stop(): Promise<void>;
}

const mainOf = (name: string) => path.join(root, 'dist/out/apps', name, 'src/main.js');

export async function waitForHttp(url: string, timeoutMs = 60000, ok = (s: number) => s === 200): Promise<void> {
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

function launch(script: string, args: string[], env: Record<string, string>, logs: string[]): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (b: Buffer) => {
    for (const line of b.toString().split('\n')) if (line) logs.push(line);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the built services (dist/out, made by `npm test` before this suite) as real processes on a test
 * database and a topic prefix of their own, plus the gateway in front of them.
 */
export async function startPlatform(project: string, extraEnv: Record<string, string> = {}): Promise<RunningPlatform> {
  if (!existsSync(mainOf('catalogue'))) throw new Error('dist/out is missing: run `npm run build` first');
  const env: Record<string, string> = { ...testEnvironment(project), LOG_LEVEL: 'info', ...extraEnv };
  await createTopics(env['KAFKA_TOPIC_PREFIX']);
  for (const s of SERVICES) {
    const r = spawnSync(process.execPath, [mainOf(s.name), 'migrate'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${s.name} migrate failed: ${r.stderr}${r.stdout}`);
  }
  const processes = new Map<string, ChildProcess>();
  const logs = new Map<string, string[]>();
  const start = (s: PlatformService) => {
    const lines = logs.get(s.name) ?? [];
    logs.set(s.name, lines);
    processes.set(s.name, launch(mainOf(s.name), [], { ...env, PORT: String(s.port) }, lines));
  };
  SERVICES.forEach(start);
  const gatewayEnv: Record<string, string> = { GATEWAY_PORT: String(GATEWAY_PORT) };
  for (const s of SERVICES) gatewayEnv[`${s.prefix.toUpperCase()}_URL`] = `http://127.0.0.1:${s.port}`;
  const gatewayLogs: string[] = [];
  logs.set('gateway', gatewayLogs);
  processes.set('gateway', launch(path.join(root, 'tools/gateway/gateway.mjs'), [], gatewayEnv, gatewayLogs));
  await Promise.all(SERVICES.map((s) => waitForHttp(`http://127.0.0.1:${s.port}/health/ready`)));
  await waitForHttp(`http://127.0.0.1:${GATEWAY_PORT}/catalogue/openapi.json`);
  return {
    env,
    processes,
    logs,
    gateway: `http://127.0.0.1:${GATEWAY_PORT}`,
    url: (name) => `http://127.0.0.1:${SERVICES.find((s) => s.name === name)?.port}`,
    async restart(name) {
      const s = SERVICES.find((x) => x.name === name);
      if (!s) throw new Error(name);
      await stopChild(processes.get(name));
      start(s);
      await waitForHttp(`http://127.0.0.1:${s.port}/health/live`);
    },
    async stop() {
      await Promise.all([...processes.values()].map(stopChild));
    },
  };
}

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
export const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  [key: string]: unknown;
}

/** Renders an overlay with the same command as `npm run -s k8s:render -- <overlay>`. */
export function render(overlay: string): K8sObject[] {
  const out = execFileSync(process.execPath, [path.join(root, 'tools/k8s/render.mjs'), overlay, '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as K8sObject[];
}

export const overlays = ['dev', 'prod'];

export interface AppSpec {
  name: string;
  port: number;
  prefix: string;
  /** libs/<context>: where its Kafka handlers live. */
  context: string;
}

/** contract.md, "Processes and addresses". */
export const contractApps: AppSpec[] = [
  { name: 'catalogue', port: 3001, prefix: '/catalogue', context: 'catalogue' },
  { name: 'scheduling', port: 3002, prefix: '/scheduling', context: 'scheduling' },
  { name: 'identity-assistance', port: 3003, prefix: '/assistance', context: 'assistance' },
  { name: 'notifications', port: 3004, prefix: '/notifications', context: 'notifications' },
];

/** The web apps' nginx (docker/Dockerfile target web): the citizen web at `/`, the desk console at `/sportello`. */
export const webApp = { name: 'web', port: 8080, prefixes: ['/', '/sportello'] };

/** Every web origin of the tenants file (tenants.json webOrigins, the Union's included), sorted. */
export function tenantWebOrigins(): string[] {
  const file = JSON.parse(read('libs/platform/tenancy/src/tenants.json')) as {
    union: { webOrigins?: string[] };
    tenants: { webOrigins?: string[] }[];
  };
  return [...new Set([file.union, ...file.tenants].flatMap((t) => t.webOrigins ?? []))].sort();
}

interface GatewayRoute {
  prefix: string;
  service: string;
  port: number;
}

/** The local gateway's routes when the file exists, else the contract's table. */
export function expectedRoutes(): GatewayRoute[] {
  const file = path.join(root, 'tools/gateway/routes.json');
  if (existsSync(file))
    return (JSON.parse(readFileSync(file, 'utf8')) as GatewayRoute[]).map(({ prefix, service, port }) => ({
      prefix,
      service,
      port,
    }));
  return contractApps.map((a) => ({ prefix: a.prefix, service: a.name, port: a.port }));
}

export const topics = JSON.parse(read('libs/contracts/src/lib/topics.json')) as Record<
  string,
  { partitions: number; types: string[] }
>;

const topicConstants = Object.fromEntries(
  [...read('libs/contracts/src/lib/topics.ts').matchAll(/^\s+(\w+): '([a-z0-9.-]+)',$/gm)].map((m) => [
    m[1],
    m[2],
  ]),
);

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : walk(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

/** Topics a context's code subscribes to (`@EventPattern(Topics.x)`), so the HPA limits stay true as code lands. */
export function consumedTopicsInSource(context: string): string[] {
  const found = new Set<string>();
  for (const file of walk(path.join(root, 'libs', context))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/EventPattern\(\s*Topics\.(\w+)/g)) {
      const topic = topicConstants[m[1]];
      if (!topic) throw new Error(`${file}: unknown Topics.${m[1]}`);
      found.add(topic);
    }
  }
  return [...found].sort();
}

export const byKind = (objs: K8sObject[], kind: string): K8sObject[] => objs.filter((o) => o.kind === kind);
export const find = (objs: K8sObject[], kind: string, name: string): K8sObject | undefined =>
  objs.find((o) => o.kind === kind && o.metadata.name === name);

/** Topics a context publishes: those named after it (`scheduling.*`), as topics.json and the outbox writers agree. */
export function ownTopics(context: string): string[] {
  return Object.keys(topics)
    .filter((t) => t.startsWith(`${context}.`))
    .sort();
}

/** Every metric name the code registers (`${METRIC_PREFIX}name`), histograms with their _bucket/_sum/_count series. */
export function metricNamesInSource(): Set<string> {
  const names = new Set<string>();
  for (const file of walk(path.join(root, 'libs'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/name: `\$\{METRIC_PREFIX\}([a-z0-9_]+)`/g)) {
      const name = `facile_${m[1]}`;
      names.add(name);
      const around = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index);
      if (/new Histogram/.test(around))
        for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`);
    }
  }
  return names;
}

/** GitHub's anchor of a Markdown heading. */
export const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');

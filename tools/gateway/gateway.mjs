#!/usr/bin/env node
// The local gateway: one port (8080, GATEWAY_PORT) in front of the four services and the two web apps, routing
// by path prefix exactly as the Kubernetes Ingress does (routes.json is the one route table both are checked
// against). Paths go through unchanged: /catalogue/v1/... reaches the catalogue service as /catalogue/v1/...
//
//   node tools/gateway/gateway.mjs            CATALOGUE_URL=http://127.0.0.1:3001 ... override an upstream
//                                             SCHEDULING_URL=http://…:3002,http://…:3012  replicas, in turn
//                                             GATEWAY_WEB_DIR=dist/web  where the built web apps are
//
// The API prefixes come first; then GET /gateway lists the routes and GET /health asks every upstream's
// /health/ready; every other path belongs to a web app (web-apps.mjs): /sportello/ the desk console, / the
// citizen web, each with its index.html for the deep links a browser reloads. An unreachable upstream is a 502
// (504 when it does not answer in time), anything unknown a 404, all as application/problem+json. Server-sent
// events stream through unbuffered. One JSON line per request on stdout, never the query string.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProxyServer } from 'http-proxy-3';
import { webApps } from './web-apps.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROUTES_FILE = path.join(here, 'routes.json');

/** How long an upstream may stay silent (connecting, or between bytes) before the gateway gives up. */
const DEFAULT_TIMEOUT_MS = Number(process.env.GATEWAY_UPSTREAM_TIMEOUT_MS ?? 30000);
const HEALTH_TIMEOUT_MS = 2000;
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;
/** The platform's problem types (libs/platform/http PROBLEM_TYPE_BASE): absolute, documented URIs. */
export const PROBLEM_TYPE_BASE = 'https://sportellofacile.unionevallesavio.it/problems/';
/** The route list and the health summary; every other unrouted path is the web apps'. */
const ROUTE_LIST = '/gateway';
const HEALTH = '/health';

/** The route table of routes.json, each with its upstream `target` (the env variable wins over the port). */
export function loadRoutes(env = process.env, file = ROUTES_FILE) {
  const table = JSON.parse(readFileSync(file, 'utf8'));
  return table.map((r) => ({ ...r, target: env[r.env] || `http://127.0.0.1:${r.port}` }));
}

function normaliseRoutes(routes) {
  return routes
    .map((r) => {
      const prefix = String(r.prefix ?? '').replace(/\/+$/, '');
      if (!prefix.startsWith('/'))
        throw new Error(`gateway route prefix must start with "/": ${JSON.stringify(r)}`);
      const target =
        r.target ??
        r.url ??
        (r.env && process.env[r.env]) ??
        (r.port ? `http://127.0.0.1:${r.port}` : undefined);
      if (!target) throw new Error(`gateway route ${prefix} has no target, url or port`);
      // Several replicas of a service: a comma-separated list, taken in turn (as a Kubernetes Service spreads
      // the connections over its pods).
      const targets = String(target)
        .split(',')
        .map((t) => t.trim().replace(/\/+$/, ''))
        .filter(Boolean);
      let next = 0;
      return {
        ...r,
        prefix,
        service: r.service ?? prefix.slice(1),
        target: targets.join(','),
        targets,
        pick: () => targets[next++ % targets.length],
      };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/** Ingress `pathType: Prefix`: matches whole path elements, case-sensitively (/catalogue, /catalogue/x; not /catalogues). */
const matches = (pathname, prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`);

const hasDotSegment = (pathname) => pathname.split('/').some((s) => /^(\.|%2e){1,2}$/i.test(s));

function pathOf(url) {
  if (!url) return '/';
  if (url.startsWith('/')) {
    const q = url.indexOf('?');
    return q === -1 ? url : url.slice(0, q);
  }
  try {
    return new URL(url).pathname; // absolute-form request target
  } catch {
    return '/';
  }
}

function sendJson(res, status, body, type = 'application/json') {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendProblem(res, status, code, title, detail, instance) {
  sendJson(
    res,
    status,
    { type: `${PROBLEM_TYPE_BASE}${code}`, title, status, detail, instance },
    'application/problem+json',
  );
}

/** Every replica of every route is asked: one that is down makes the platform degraded. */
const upstreamHealths = (table) =>
  Promise.all(table.flatMap((r) => r.targets.map((target) => upstreamHealth({ ...r, target }))));

async function upstreamHealth(route) {
  const url = `${route.target}/health/ready`;
  try {
    const r = await fetch(url, {
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
      headers: { accept: 'application/json' },
    });
    let body;
    try {
      body = await r.json();
    } catch {
      body = undefined;
    }
    return {
      service: route.service,
      prefix: route.prefix,
      url,
      status: r.ok ? 'up' : 'down',
      httpStatus: r.status,
      ...(body ? { details: body } : {}),
    };
  } catch (e) {
    const cause = e.cause?.code ?? e.name ?? 'error';
    return {
      service: route.service,
      prefix: route.prefix,
      url,
      status: 'down',
      error: cause === 'TimeoutError' ? `no answer in ${HEALTH_TIMEOUT_MS} ms` : cause,
    };
  }
}

/**
 * Starts the gateway and returns its http.Server (listening, or about to: wait for 'listening').
 * `routes`: [{prefix, service, target}] or the routes.json shape ({prefix, service, port, env}); defaults to routes.json.
 * `web`: { dir, headerOptions } of web-apps.mjs (defaults: GATEWAY_WEB_DIR or dist/web, the shipped tenants).
 * `log`: a function taking one object per line, or false; defaults to JSON lines on stdout.
 */
export function startGateway({ port, host, routes, timeoutMs = DEFAULT_TIMEOUT_MS, log, web } = {}) {
  const table = normaliseRoutes(routes ?? loadRoutes());
  const sites = webApps(web);
  const listenPort = port ?? Number(process.env.GATEWAY_PORT ?? 8080);
  const listenHost = host ?? process.env.GATEWAY_HOST ?? '127.0.0.1';
  const write = log === false ? () => {} : (log ?? ((o) => process.stdout.write(`${JSON.stringify(o)}\n`)));

  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const proxy = createProxyServer({ xfwd: true, changeOrigin: false, agent });

  proxy.on('proxyReq', (proxyReq, req, res) => {
    // Never hang: a silent upstream (connect or between bytes) ends in a 504 problem, or a cut stream.
    proxyReq.setTimeout(timeoutMs, () => {
      const err = new Error(`upstream did not answer within ${timeoutMs} ms`);
      err.code = 'GATEWAY_TIMEOUT';
      proxyReq.destroy(err);
    });
    // The client went away (closed an event stream, say): let go of the upstream too.
    res.once('close', () => {
      if (!res.writableFinished && !proxyReq.destroyed) proxyReq.destroy();
    });
  });

  proxy.on('proxyRes', (proxyRes, req, res) => {
    if (/^text\/event-stream/i.test(String(proxyRes.headers['content-type'] ?? ''))) {
      // An event stream may stay quiet for long: no idle timeout, no Nagle, headers out at once.
      proxyRes.req?.setTimeout(0);
      res.socket?.setNoDelay(true);
      res.socket?.setTimeout(0);
      setImmediate(() => {
        if (!res.headersSent && !res.destroyed) res.flushHeaders();
      });
    }
    // An upstream that dies mid-body must not leave the client waiting for the rest.
    proxyRes.once('close', () => {
      if (!proxyRes.complete && !res.destroyed) res.destroy();
    });
  });

  const routeList = () => ({
    name: 'Sportello FACILE Territoriale local gateway',
    health: HEALTH,
    web: sites.apps.map((a) => ({ app: a.name, path: a.base, dir: a.root })),
    routes: [...table]
      .sort((a, b) => a.prefix.localeCompare(b.prefix))
      .map((r) => ({
        prefix: r.prefix,
        service: r.service,
        upstream: r.target,
        openapi: `${r.prefix}/openapi.json`,
        docs: `${r.prefix}/docs`,
      })),
  });

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const pathname = pathOf(req.url);
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const unsafe = hasDotSegment(pathname);
    const route = unsafe ? undefined : table.find((r) => matches(pathname, r.prefix));
    const own = !unsafe && !route && (pathname === ROUTE_LIST || pathname === HEALTH);
    const redirect = unsafe || route || own ? undefined : sites.redirectFor(pathname);
    const site = unsafe || route || own ? undefined : (redirect ?? sites.appFor(pathname));
    const problem = (status, code, title, detail) => sendProblem(res, status, code, title, detail, pathname);

    res.once('close', () => {
      write({
        time: new Date().toISOString(),
        msg: 'request',
        method: req.method,
        path: pathname,
        status: res.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        ...(route ? { service: route.service } : site ? { web: site.name } : {}),
        requestId,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });

    if (unsafe) {
      problem(400, 'bad-request', 'Bad request', 'The path must not contain "." or ".." segments');
      return;
    }
    if (route) {
      proxy.web(req, res, { target: route.pick() }, (err) => {
        if (res.headersSent || res.destroyed) {
          res.destroy();
          return;
        }
        const timedOut = err.code === 'GATEWAY_TIMEOUT';
        write({
          time: new Date().toISOString(),
          level: 'warn',
          msg: 'upstream error',
          service: route.service,
          code: err.code ?? err.message,
          requestId,
        });
        if (timedOut)
          problem(
            504,
            'gateway-timeout',
            'Gateway timeout',
            `The ${route.service} service did not answer in time`,
          );
        else
          problem(
            502,
            'bad-gateway',
            'Bad gateway',
            `The ${route.service} service is not reachable (${err.code ?? 'error'})`,
          );
      });
      return;
    }
    const readOnly = req.method === 'GET' || req.method === 'HEAD';
    if (own) {
      if (!readOnly) {
        res.setHeader('allow', 'GET, HEAD');
        problem(405, 'method-not-allowed', 'Method not allowed', `${pathname} answers GET only`);
        return;
      }
      if (pathname === ROUTE_LIST) {
        sendJson(res, 200, routeList());
        return;
      }
      upstreamHealths(table).then((upstreams) => {
        upstreams.sort((a, b) => a.prefix.localeCompare(b.prefix) || a.url.localeCompare(b.url));
        sendJson(res, 200, {
          status: upstreams.every((u) => u.status === 'up') ? 'ok' : 'degraded',
          upstreams,
        });
      });
      return;
    }
    if (redirect && readOnly) {
      const q = (req.url ?? '').indexOf('?');
      res.writeHead(301, {
        location: `${redirect.base}${q === -1 ? '' : req.url.slice(q)}`,
        'content-length': 0,
      });
      res.end();
      return;
    }
    if (site) {
      sites.serve(req, res, pathname, site, problem);
      return;
    }
    problem(
      404,
      'not-found',
      'Not found',
      `No service is routed at ${pathname}; known prefixes: ${table
        .map((r) => r.prefix)
        .sort()
        .join(', ')}`,
    );
  });

  // WebSocket upgrades follow the same table.
  server.on('upgrade', (req, socket, head) => {
    const pathname = pathOf(req.url);
    const route = hasDotSegment(pathname) ? undefined : table.find((r) => matches(pathname, r.prefix));
    if (!route) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    proxy.ws(req, socket, head, { target: route.pick() }, () => socket.destroy());
  });

  server.on('close', () => {
    proxy.close();
    agent.destroy();
  });
  server.listen(listenPort, listenHost);
  return server;
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  const server = startGateway();
  server.on('error', (e) => {
    if (e.code === 'EADDRINUSE')
      process.stderr.write(`gateway: port ${e.port ?? process.env.GATEWAY_PORT ?? 8080} is already in use\n`);
    else process.stderr.write(`gateway: ${e.message}\n`);
    process.exit(1);
  });
  server.on('listening', () => {
    const a = server.address();
    const routes = loadRoutes()
      .map((r) => `${r.prefix} → ${r.target}`)
      .join(', ');
    const web = webApps()
      .apps.map((w) => `${w.base} → ${path.relative(process.cwd(), w.root) || w.root}`)
      .join(', ');
    process.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), msg: `gateway listening on http://${a.address}:${a.port}`, routes, web })}\n`,
    );
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// The built web apps on the gateway's origin: `/sportello/` the desk console, `/` the citizen web (contract.md).
// A file of the build is sent as it is; any other path a browser navigates to gets the app's index.html, so a
// deep link survives a reload (the app's router takes it from there). Requests that are not navigations (a
// script, an image, curl) get a 404 problem instead of a page. docker/web/nginx.conf does the same in the cluster.
//
// Hand-written rather than serve-static/send: those come only nested under @nestjs/platform-express here (not a
// dependency of the repository), and what the gateway needs is small: GET/HEAD, ETag revalidation, two cache rules.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webHeaders } from './web-headers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIR = path.resolve(here, '../../dist/web');

/** Longest base first: the console's `/sportello/` wins over the citizen web's `/`. */
export const WEB_APPS = [
  { name: 'desk-console', base: '/sportello/', title: 'desk console' },
  { name: 'citizen-web', base: '/', title: 'citizen web' },
];

/** Vite's hashed output (`assets/<name>-<8-character hash>.<ext>`): it never changes, so it is cached for a year. */
export const HASHED_ASSET = /^assets\/(?:.+\/)?[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the unhashed files (favicon, robots.txt): always revalidated (cheap with the ETag). */
export const REVALIDATE = 'no-cache';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

const fileAt = (file) => {
  try {
    const s = statSync(file);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
};

/** A browser navigating (typing a URL, following a link, reloading): it asks for HTML. */
const isNavigation = (req) => /\btext\/html\b/.test(String(req.headers.accept ?? ''));

/**
 * The web apps found under `dir` (`<dir>/<name>/index.html`), with their headers.
 * `headerOptions`: { frameAncestors, identityUrl, tenantsFile } for web-headers.mjs.
 */
export function webApps({ dir = process.env.GATEWAY_WEB_DIR || DEFAULT_WEB_DIR, headerOptions = {} } = {}) {
  const apps = WEB_APPS.map((a) => ({
    ...a,
    root: path.join(dir, a.name),
    headers: webHeaders(a.name, headerOptions),
  }));
  return {
    apps,
    /** The app serving this path (every path belongs to one: the citizen web's base is `/`). */
    appFor: (pathname) => apps.find((a) => pathname.startsWith(a.base)),
    /** `/sportello` without its slash: the console's relative asset paths need the directory form. */
    redirectFor: (pathname) => apps.find((a) => a.base !== '/' && pathname === a.base.slice(0, -1)),
    serve,
  };
}

/**
 * Answers a GET/HEAD for `app`. `problem(status, code, title, detail)` sends the gateway's problem+json answers.
 * Returns true when it answered.
 */
function serve(req, res, pathname, app, problem) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    problem(405, 'method-not-allowed', 'Method not allowed', `The ${app.title} answers GET only`);
    return;
  }
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(app.base.length));
  } catch {
    problem(400, 'bad-request', 'Bad request', 'The path is not valid percent-encoding');
    return;
  }
  const segments = rel.split('/');
  // no hidden files, no NUL, no backslash games: such a path is simply not a file of the build
  const plausible = !rel.includes('\0') && !rel.includes('\\') && segments.every((s) => !s.startsWith('.'));
  const wanted = rel === '' || rel.endsWith('/') ? undefined : path.join(app.root, ...segments);
  const stat = plausible && wanted && wanted.startsWith(app.root + path.sep) ? fileAt(wanted) : undefined;
  if (stat) {
    sendFile(req, res, wanted, stat, app, HASHED_ASSET.test(rel) ? IMMUTABLE : REVALIDATE);
    return;
  }
  if (wanted && !isNavigation(req)) {
    problem(404, 'not-found', 'Not found', `The ${app.title} has no file ${pathname}`);
    return;
  }
  const index = path.join(app.root, 'index.html');
  const indexStat = fileAt(index);
  if (!indexStat) {
    problem(
      404,
      'not-found',
      'Not found',
      `The ${app.title} is not built (${path.relative(process.cwd(), app.root) || app.root}): \`npm start\` builds it, or \`npx nx build ${app.name}\``,
    );
    return;
  }
  sendFile(req, res, index, indexStat, app, REVALIDATE);
}

/**
 * Text files of the build gzipped once and kept (keyed by path, size and mtime), for browsers that accept it — as
 * nginx's `gzip on` does in the cluster, so what Lighthouse measures here is what a citizen downloads there.
 */
const GZIP_CACHE = new Map();
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/;
function compressed(req, file, stat, type) {
  if (
    stat.size < 1024 ||
    !COMPRESSIBLE.test(type) ||
    !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  )
    return undefined;
  const key = `${file}:${stat.size}:${stat.mtimeMs}`;
  let body = GZIP_CACHE.get(key);
  if (!body) {
    try {
      body = gzipSync(readFileSync(file));
    } catch {
      return undefined;
    }
    GZIP_CACHE.set(key, body);
  }
  return body;
}

function sendFile(req, res, file, stat, app, cacheControl) {
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    ...app.headers,
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    etag,
    'last-modified': stat.mtime.toUTCString(),
  };
  const given = String(req.headers['if-none-match'] ?? '');
  if (given && given.split(/\s*,\s*/).some((t) => t === etag || t === '*' || `W/${t}` === etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzipped = compressed(req, file, stat, headers['content-type']);
  if (gzipped) {
    res.writeHead(200, {
      ...headers,
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
      'content-length': gzipped.length,
    });
    res.end(req.method === 'HEAD' ? undefined : gzipped);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': stat.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.once('error', () => res.destroy());
  stream.pipe(res);
}

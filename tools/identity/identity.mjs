#!/usr/bin/env node
// Local Keycloak, the OpenID Connect provider of the realm `facile`, for development and tests — no Docker.
//
//   node tools/identity/identity.mjs up        start (or reuse) Keycloak on KEYCLOAK_URL with the realm facile
//   node tools/identity/identity.mjs status    listening? ours? the realm's issuer (exit 3 when down)
//   node tools/identity/identity.mjs down      stop the Keycloak started by this tool
//   node tools/identity/identity.mjs logs [N]  last N lines (default 60) of tools/identity/.data/keycloak.log
//   node tools/identity/identity.mjs reset     down + delete Keycloak's database (the realm is imported again at up)
//
// Keycloak's own distribution (org.keycloak:keycloak-quarkus-dist, a zip: tools/identity/pom.xml) comes from
// Maven Central into ~/.m2, is unpacked once into tools/identity/.data/keycloak-<version> and built once
// (`kc.sh build`), so every later start is an optimized one (`kc.sh start --optimized`: seconds, not minutes).
// Its database is the distribution's file store (dev-file, H2) in that folder; the admin password (user
// `admin` of the master realm) is generated at the first run into tools/identity/.data/admin-password.
// Everything under tools/identity/.data is git-ignored.
//
// The realm comes from ONE file, k8s/overlays/dev/keycloak/facile-realm.json (the dev cluster imports the same
// file): imported at the first start, and imported again (realm deleted and re-created) whenever the file changes.
//
// Env: KEYCLOAK_URL (default http://127.0.0.1:8180), KEYCLOAK_JAVA_HOME (else Temurin 25, JAVA_HOME, java on PATH;
//      Java 17+), JAVA_OPTS_APPEND (default -XX:TieredStopAtLevel=1), KEYCLOAK_READY_TIMEOUT_MS (default 300000),
//      KEYCLOAK_ADMIN_PASSWORD (a Keycloak not started here).
// See docs/adr/0016-staff-identity-keycloak.md.
//
// Importable (start.mjs, the test runner, the token tool):
//   import { ensureIdentity, stopIdentity, identityEnv } from '../identity/identity.mjs';

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { livePidFromFile, pidAlive, tail as tailOf } from '../lib/local-process.mjs';

const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(TOOL_DIR, '../..');
const POM = path.join(TOOL_DIR, 'pom.xml');
const DATA_DIR = path.join(TOOL_DIR, '.data');
const PID_FILE = path.join(DATA_DIR, 'keycloak.pid');
const LOG_FILE = path.join(DATA_DIR, 'keycloak.log');
const LOCK_DIR = path.join(DATA_DIR, '.lock');
const ADMIN_PASSWORD_FILE = path.join(DATA_DIR, 'admin-password');
const REALM_HASH_FILE = path.join(DATA_DIR, 'realm.sha256');

/** The one realm file: users, roles, clients, mappers. */
export const REALM_FILE = path.join(REPO_ROOT, 'k8s/overlays/dev/keycloak/facile-realm.json');
export const REALM = 'facile';
/** The audience every access token of the realm carries and the services check (JWT_AUDIENCE). */
export const AUDIENCE = 'facile-api';
/** The public client allowed the password grant: development tokens and the end-to-end tests only. */
export const DEV_CLIENT = 'facile-dev-cli';
export const ADMIN_USER = 'admin';

const DEFAULT_URL = 'http://127.0.0.1:8180';
/**
 * JVM options (kc.sh appends JAVA_OPTS_APPEND to its own): the client compiler only. A development server
 * needs no peak performance, and C2 compiling at start-up doubled its CPU time (20 s instead of 9 s here).
 */
const JAVA_OPTS_APPEND = process.env.JAVA_OPTS_APPEND ?? '-XX:TieredStopAtLevel=1';
/** Build-time options of the optimized server; a change rebuilds it at the next start. */
const BUILD_OPTIONS = ['--db=dev-file', '--health-enabled=false', '--metrics-enabled=false'];

// ---------------------------------------------------------------------------------------------------------------
// small helpers

export class IdentityToolError extends Error {}

function fail(message) {
  throw new IdentityToolError(message);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let quiet = false;
function say(line) {
  if (!quiet) process.stderr.write(`[identity] ${line}\n`);
}

export function baseUrl() {
  const url = new URL(process.env.KEYCLOAK_URL || DEFAULT_URL);
  return url.origin;
}

/** The realm's issuer as the services must check it (JWT_ISSUER): the URL staff and tools use, 127.0.0.1. */
export const issuer = () => `${baseUrl()}/realms/${REALM}`;
export const jwksUrl = () => `${issuer()}/protocol/openid-connect/certs`;
export const tokenUrl = () => `${issuer()}/protocol/openid-connect/token`;

/** What a service needs to trust the local Keycloak. */
export function identityEnv() {
  return {
    JWKS_URL: jwksUrl(),
    JWT_ISSUER: issuer(),
    JWT_AUDIENCE: AUDIENCE,
    JWT_ROLES_CLAIM: 'realm_access.roles',
  };
}

function keycloakVersion() {
  const m = /<keycloak\.version>([^<]+)<\/keycloak\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  if (!m) fail(`no <keycloak.version> in ${path.relative(REPO_ROOT, POM)}`);
  return m[1].trim();
}

const distDir = () => path.join(DATA_DIR, `keycloak-${keycloakVersion()}`);
const databaseDir = () => path.join(distDir(), 'data', 'h2');

const tail = (file, lines = 60) => tailOf(file, lines, REPO_ROOT);

/** Pid of the server started by this tool, if alive and really ours (guards against pid reuse). */
function ourPid() {
  return livePidFromFile(PID_FILE, path.join(DATA_DIR, 'keycloak-'));
}

function statMtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** Two parallel `up` (npm start and a test run) must not fetch, build or start twice. */
async function withLock(fn, timeoutMs = 600000) {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'owner'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'owner'), 'utf8'));
      } catch {
        // owner not written yet, or lock just released
      }
      const stale =
        (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) ||
        (Number.isNaN(owner) && Date.now() - statMtime(LOCK_DIR) > 10000);
      if (stale) {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        fail(`timed out waiting for ${path.relative(REPO_ROOT, LOCK_DIR)} (pid ${owner})`);
      if (!announced) say(`another identity.mjs (pid ${owner}) is starting Keycloak, waiting…`);
      announced = true;
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

async function get(url, timeoutMs = 3000) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, body: await res.text() };
  } catch (err) {
    return { status: 0, body: err.cause?.code ?? err.message };
  }
}

/** The realm's OpenID configuration, or null (down, booting, realm missing). */
async function discovery(realm = REALM) {
  const r = await get(`${baseUrl()}/realms/${realm}/.well-known/openid-configuration`);
  if (r.status !== 200) return null;
  try {
    return JSON.parse(r.body);
  } catch {
    return null;
  }
}

/** True when something answers HTTP on KEYCLOAK_URL (any status: Keycloak answers 503 while it boots). */
export async function isListening() {
  return (await get(`${baseUrl()}/`, 1500)).status > 0;
}

function adminPassword() {
  if (process.env.KEYCLOAK_ADMIN_PASSWORD) return process.env.KEYCLOAK_ADMIN_PASSWORD;
  try {
    return fs.readFileSync(ADMIN_PASSWORD_FILE, 'utf8').trim();
  } catch {
    return null;
  }
}

/** An access token of the master realm's admin (the admin REST API), or null when the password is unknown. */
export async function adminToken() {
  const password = adminPassword();
  if (!password) return null;
  const res = await fetch(`${baseUrl()}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: ADMIN_USER,
      password,
    }),
    signal: AbortSignal.timeout(10000),
  });
  if (!res.ok) return null;
  return (await res.json()).access_token;
}

// ---------------------------------------------------------------------------------------------------------------
// java, distribution, build

function javaMajor(java) {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return NaN;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr || '');
  return m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
}

/**
 * The JDK Keycloak runs on: KEYCLOAK_JAVA_HOME when set, else the newest LTS Keycloak 26.7 supports that is
 * installed (Temurin 25 here), else JAVA_HOME, else `java` on the PATH. Keycloak 26.7 supports 17, 21 and 25.
 */
export function javaHome() {
  const explicit = process.env.KEYCLOAK_JAVA_HOME;
  const candidates = explicit
    ? [explicit]
    : [
        '/usr/lib/jvm/temurin-25-jdk-amd64',
        '/usr/lib/jvm/temurin-21-jdk-amd64',
        process.env.JAVA_HOME,
      ].filter(Boolean);
  for (const home of candidates) {
    const major = javaMajor(path.join(home, 'bin', 'java'));
    if (major >= 17) return { home, major };
    if (explicit) fail(`KEYCLOAK_JAVA_HOME=${explicit}: no Java 17+ there`);
  }
  const onPath = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) {
    const home = path.dirname(path.dirname(fs.realpathSync(onPath)));
    const major = javaMajor(path.join(home, 'bin', 'java'));
    if (major >= 17) return { home, major };
  }
  fail('no Java 17+ found: install a JDK (17, 21 or 25) or set KEYCLOAK_JAVA_HOME');
}

/** Unpacks the distribution from ~/.m2 (fetched there by Maven on the very first run). */
function ensureDistribution() {
  const dist = distDir();
  if (fs.existsSync(path.join(dist, 'bin', 'kc.sh'))) return false;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) fail('maven not found (mvn): needed once to fetch Keycloak from Maven Central');
  const version = keycloakVersion();
  say(`fetching Keycloak ${version} from Maven Central (first run only; ~/.m2 keeps the zip)…`);
  const tmp = path.join(DATA_DIR, `unpack-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  const t0 = Date.now();
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      POM,
      'dependency:unpack-dependencies',
      `-DoutputDirectory=${tmp}`,
      `-DmarkersDirectory=${tmp}-markers`,
    ],
    { encoding: 'utf8', cwd: TOOL_DIR, maxBuffer: 64 * 1024 * 1024 },
  );
  fs.rmSync(`${tmp}-markers`, { recursive: true, force: true });
  const unpacked = path.join(tmp, `keycloak-${version}`);
  if (r.error || r.status !== 0 || !fs.existsSync(path.join(unpacked, 'bin', 'kc.sh'))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const out = `${r.stdout || ''}${r.stderr || ''}`.trim().split('\n').slice(-30).join('\n');
    fail(
      `maven fetch of keycloak-quarkus-dist ${version} failed (exit ${r.status ?? r.error?.message}):\n${out}`,
    );
  }
  fs.renameSync(unpacked, dist);
  fs.rmSync(tmp, { recursive: true, force: true });
  say(`unpacked into ${path.relative(REPO_ROOT, dist)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return true;
}

/** `kc.sh build` once per option set, so that every start is `--optimized` (no re-augmentation at start). */
function ensureBuilt(java) {
  const marker = path.join(distDir(), '.facile-build');
  const wanted = JSON.stringify(BUILD_OPTIONS);
  try {
    if (fs.readFileSync(marker, 'utf8') === wanted) return false;
  } catch {
    // never built
  }
  say('building the optimized server (kc.sh build, first run only)…');
  const t0 = Date.now();
  const r = spawnSync('/bin/sh', [path.join(distDir(), 'bin', 'kc.sh'), 'build', ...BUILD_OPTIONS], {
    encoding: 'utf8',
    env: { ...process.env, JAVA_HOME: java.home, JAVA_OPTS_APPEND },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error || r.status !== 0) {
    fail(
      `kc.sh build failed (exit ${r.status}):\n${`${r.stdout || ''}${r.stderr || ''}`.trim().split('\n').slice(-30).join('\n')}`,
    );
  }
  fs.writeFileSync(marker, wanted);
  say(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}

const realmFileHash = () => createHash('sha256').update(fs.readFileSync(REALM_FILE)).digest('hex');

function readRealmFile() {
  let json;
  try {
    json = JSON.parse(fs.readFileSync(REALM_FILE, 'utf8'));
  } catch (err) {
    fail(`cannot read ${path.relative(REPO_ROOT, REALM_FILE)}: ${err.message}`);
  }
  if (json.realm !== REALM) fail(`${path.relative(REPO_ROOT, REALM_FILE)}: "realm" must be "${REALM}"`);
  return json;
}

/** The development users of the realm file (username, password, roles, tenants, sites). */
export function developmentUsers() {
  return (readRealmFile().users ?? []).map((u) => ({
    username: u.username,
    password: (u.credentials ?? []).find((c) => c.type === 'password')?.value,
    roles: u.realmRoles ?? [],
    tenants: u.attributes?.tenants ?? [],
    sites: u.attributes?.sites ?? [],
  }));
}

function startServer(java) {
  const dist = distDir();
  // a fresh database imports the realm file at start (the same path the dev cluster's Keycloak takes)
  const importDir = path.join(dist, 'data', 'import');
  fs.mkdirSync(importDir, { recursive: true });
  fs.copyFileSync(REALM_FILE, path.join(importDir, 'facile-realm.json'));
  let password = adminPassword();
  const fresh = !fs.existsSync(databaseDir());
  if (!password) {
    if (!fresh)
      fail(
        `${path.relative(REPO_ROOT, ADMIN_PASSWORD_FILE)} is missing but Keycloak's database exists: run "node tools/identity/identity.mjs reset"`,
      );
    password = randomBytes(18).toString('base64url');
    fs.writeFileSync(ADMIN_PASSWORD_FILE, `${password}\n`, { mode: 0o600 });
  }
  if (fresh) fs.rmSync(REALM_HASH_FILE, { force: true });
  const port = new URL(baseUrl()).port || '80';
  const host = new URL(baseUrl()).hostname;
  const args = [
    path.join(dist, 'bin', 'kc.sh'),
    'start',
    '--optimized',
    '--http-enabled=true',
    `--http-host=${host}`,
    `--http-port=${port}`,
    // development: the issuer follows the URL used (use 127.0.0.1 everywhere; tests use localhost as a wrong issuer)
    '--hostname-strict=false',
    '--cache=local',
    '--import-realm',
  ];
  if (fs.existsSync(LOG_FILE)) fs.renameSync(LOG_FILE, `${LOG_FILE}.1`);
  const out = fs.openSync(LOG_FILE, 'a');
  const child = spawn('/bin/sh', args, {
    cwd: dist,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      JAVA_HOME: java.home,
      JAVA_OPTS_APPEND,
      KC_BOOTSTRAP_ADMIN_USERNAME: ADMIN_USER,
      KC_BOOTSTRAP_ADMIN_PASSWORD: password,
    },
  });
  fs.closeSync(out);
  if (!child.pid) fail('could not start kc.sh');
  fs.writeFileSync(PID_FILE, `${child.pid}\n`);
  const state = { exited: false, code: null };
  child.once('exit', (code) => Object.assign(state, { exited: true, code }));
  child.unref();
  return { pid: child.pid, state, fresh };
}

/** Until the master realm answers (Keycloak answers 503 while it boots and imports). */
async function waitReady({ timeoutMs, state, pid }) {
  const deadline = Date.now() + timeoutMs;
  let last = 'not listening yet';
  while (Date.now() < deadline) {
    if (state?.exited) break;
    if (await discovery('master')) return;
    last = (await get(`${baseUrl()}/realms/master`)).status || 'not listening';
    await sleep(500);
  }
  if (!state)
    fail(`nothing answers as Keycloak on ${baseUrl()} after ${Math.round(timeoutMs / 1000)} s (${last})`);
  if (pid && !state.exited && pidAlive(pid)) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // gone
    }
  }
  fs.rmSync(PID_FILE, { force: true });
  const why = state.exited
    ? `kc.sh exited (code ${state.code})`
    : `not ready after ${Math.round(timeoutMs / 1000)} s`;
  fail(
    `Keycloak failed to start: ${why}. Last lines of ${path.relative(REPO_ROOT, LOG_FILE)}:\n${tail(LOG_FILE, 40)}`,
  );
}

/**
 * Makes the running Keycloak's realm `facile` the realm file's: imported when missing, deleted and imported
 * again when the file changed since the last import. Needs the admin password (ours, or KEYCLOAK_ADMIN_PASSWORD).
 */
async function syncRealm({ justImported }) {
  const hash = realmFileHash();
  const present = Boolean(await discovery());
  let recorded = null;
  try {
    recorded = fs.readFileSync(REALM_HASH_FILE, 'utf8').trim();
  } catch {
    // never recorded
  }
  if (present && justImported) {
    fs.writeFileSync(REALM_HASH_FILE, `${hash}\n`);
    return 'imported';
  }
  if (present && recorded === hash) return 'current';
  const token = await adminToken();
  if (!token) {
    if (present) {
      say(
        `warning: cannot check realm ${REALM} against the realm file (admin password unknown): using it as it is`,
      );
      return 'unchecked';
    }
    fail(
      `realm ${REALM} is missing on ${baseUrl()} and the admin password is unknown (set KEYCLOAK_ADMIN_PASSWORD)`,
    );
  }
  const admin = (p, init = {}) =>
    fetch(`${baseUrl()}/admin/realms${p}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(init.headers ?? {}),
      },
      signal: AbortSignal.timeout(60000),
    });
  if (present) {
    say(`the realm file changed since the last import: re-importing realm ${REALM}…`);
    const del = await admin(`/${REALM}`, { method: 'DELETE' });
    if (!del.ok && del.status !== 404)
      fail(`deleting realm ${REALM} failed: ${del.status} ${await del.text()}`);
  }
  const res = await admin('', { method: 'POST', body: JSON.stringify(readRealmFile()) });
  if (res.status !== 201)
    fail(`importing ${path.relative(REPO_ROOT, REALM_FILE)} failed: ${res.status} ${await res.text()}`);
  fs.writeFileSync(REALM_HASH_FILE, `${hash}\n`);
  return present ? 're-imported' : 'imported';
}

// ---------------------------------------------------------------------------------------------------------------
// public API

/**
 * Makes sure Keycloak answers on KEYCLOAK_URL (starting the local one if nothing listens) with the realm of the
 * realm file.
 * @returns {Promise<{url: string, issuer: string, started: boolean, pid: number|null, realm: string, ms: number}>}
 */
export async function ensureIdentity({ quiet: q, timeoutMs } = {}) {
  const prevQuiet = quiet;
  if (q !== undefined) quiet = q;
  const t0 = Date.now();
  try {
    const readyTimeout = timeoutMs ?? Number(process.env.KEYCLOAK_READY_TIMEOUT_MS || 300000);
    const url = baseUrl();
    let started = false;
    let pid = ourPid();
    let realm;
    // the realm is checked under the lock too: a parallel `up` must not re-import what another just imported
    if (await isListening()) {
      await waitReady({ timeoutMs: readyTimeout });
      say(`Keycloak already answers on ${url}${pid ? ` (ours, pid ${pid})` : ''}, reusing it`);
      realm = await withLock(() => syncRealm({ justImported: false }));
    } else {
      const host = new URL(url).hostname;
      if (!['127.0.0.1', 'localhost', '::1'].includes(host))
        fail(`KEYCLOAK_URL=${url} does not answer and is not local`);
      realm = await withLock(async () => {
        if (await isListening()) {
          await waitReady({ timeoutMs: readyTimeout }); // started by whoever held the lock before us
          return syncRealm({ justImported: false });
        }
        pid = ourPid();
        if (pid) {
          say(`Keycloak (pid ${pid}) is running but not answering yet, waiting…`);
          await waitReady({ timeoutMs: readyTimeout });
          return syncRealm({ justImported: false });
        }
        const java = javaHome();
        readRealmFile();
        ensureDistribution();
        ensureBuilt(java);
        const t1 = Date.now();
        const child = startServer(java);
        pid = child.pid;
        say(
          `starting Keycloak ${keycloakVersion()} on Java ${java.major} (pid ${pid}${child.fresh ? ', new database' : ''}, log ${path.relative(REPO_ROOT, LOG_FILE)})…`,
        );
        await waitReady({ timeoutMs: readyTimeout, state: child.state, pid });
        started = true;
        say(`Keycloak ready on ${url} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
        return syncRealm({ justImported: child.fresh });
      });
    }
    const conf = await discovery();
    if (!conf) fail(`realm ${REALM} does not answer on ${url}`);
    if (conf.issuer !== issuer()) fail(`realm ${REALM} says issuer ${conf.issuer}, expected ${issuer()}`);
    say(`realm ${REALM} (${realm}), issuer ${conf.issuer}`);
    return { url, issuer: conf.issuer, started, pid, realm, ms: Date.now() - t0 };
  } finally {
    quiet = prevQuiet;
  }
}

/** Stops the Keycloak started by this tool (SIGTERM to kc.sh, which passes it on; SIGKILL after 30 s). */
export async function stopIdentity({ timeoutMs = 30000 } = {}) {
  const pid = ourPid();
  if (!pid) {
    fs.rmSync(PID_FILE, { force: true });
    const foreign = await isListening();
    say(
      `no Keycloak started by this tool is running${foreign ? ` (something else answers on ${baseUrl()}; left alone)` : ''}`,
    );
    return false;
  }
  say(`stopping Keycloak (pid ${pid})…`);
  const t0 = Date.now();
  process.kill(pid, 'SIGTERM');
  while (ourPid() === pid && Date.now() - t0 < timeoutMs) await sleep(200);
  if (ourPid() === pid) {
    say(`still running after ${timeoutMs / 1000} s, sending SIGKILL`);
    try {
      process.kill(-pid, 'SIGKILL'); // its process group: kc.sh and the JVM
    } catch {
      // gone meanwhile
    }
  }
  const t1 = Date.now();
  while ((pidAlive(pid) || (await isListening())) && Date.now() - t1 < 10000) await sleep(100);
  fs.rmSync(PID_FILE, { force: true });
  say(`stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}

export async function identityStatus() {
  const pid = ourPid();
  const listening = await isListening();
  const conf = listening ? await discovery() : null;
  return { url: baseUrl(), listening, pid, issuer: conf?.issuer ?? null };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

const USAGE = `usage: node tools/identity/identity.mjs <up|status|down|logs|reset> [--quiet]
  up      start Keycloak on KEYCLOAK_URL (default ${DEFAULT_URL}) unless one answers there; realm ${REALM} from
          ${path.relative(REPO_ROOT, REALM_FILE)} (imported again when the file changes)
  status  answering? ours? the realm's issuer (exit 3 when down)
  down    stop the Keycloak started by this tool
  logs    print the last lines of tools/identity/.data/keycloak.log (logs 200 for more)
  reset   down, then delete Keycloak's database and admin password (a fresh import at the next up)`;

async function main(argv) {
  const args = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h') || !args[0]) {
    process.stdout.write(`${USAGE}\n`);
    return args[0] ? 0 : 2;
  }
  quiet = argv.includes('--quiet') || argv.includes('-q');
  switch (args[0]) {
    case 'up': {
      const r = await ensureIdentity();
      process.stdout.write(
        `identity up on ${r.url}${r.started ? ` (started, pid ${r.pid})` : ' (reused)'}, issuer ${r.issuer}, in ${(r.ms / 1000).toFixed(1)} s\n`,
      );
      return 0;
    }
    case 'down':
      await stopIdentity();
      return 0;
    case 'status': {
      const s = await identityStatus();
      if (!s.listening) {
        process.stdout.write(
          `identity: DOWN (nothing answers on ${s.url})${s.pid ? `, but our Keycloak pid ${s.pid} is alive (starting?)` : ''}\n`,
        );
        return 3;
      }
      process.stdout.write(
        `identity: UP on ${s.url} (${s.pid ? `ours, pid ${s.pid}` : 'not started by this tool'})\n`,
      );
      process.stdout.write(
        s.issuer ? `  realm ${REALM}, issuer ${s.issuer}\n` : `  realm ${REALM} not there (yet)\n`,
      );
      process.stdout.write(
        `  admin console ${s.url}/admin (user ${ADMIN_USER}, password in ${path.relative(REPO_ROOT, ADMIN_PASSWORD_FILE)})\n`,
      );
      return s.issuer ? 0 : 1;
    }
    case 'logs':
      process.stdout.write(`${tail(LOG_FILE, Number(args[1] || 60))}\n`);
      return 0;
    case 'reset': {
      await stopIdentity();
      fs.rmSync(path.join(distDir(), 'data'), { recursive: true, force: true });
      fs.rmSync(ADMIN_PASSWORD_FILE, { force: true });
      fs.rmSync(REALM_HASH_FILE, { force: true });
      say(`deleted Keycloak's database (${path.relative(REPO_ROOT, databaseDir())}) and admin password`);
      return 0;
    }
    default:
      fail(`unknown command "${args[0]}"\n${USAGE}`);
  }
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(
        `[identity] error: ${err instanceof IdentityToolError ? err.message : (err?.stack ?? err)}\n`,
      );
      process.exit(1);
    },
  );
}

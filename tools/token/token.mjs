#!/usr/bin/env node
// `npm run -s token -- --role R [--tenant T]... [--site S]...` prints a staff access token and nothing else.
//
// By default the token comes from Keycloak (tools/identity, KEYCLOAK_URL): the development user of the realm file
// (k8s/overlays/dev/keycloak/facile-realm.json) with that role and scope signs in with the password grant of the
// development-only client facile-dev-cli. The running platform (`npm start`) trusts exactly those tokens.
// With DEV_TOKENS=true it prints an HS256 development token instead (any scope, --ttl), which only services
// started with DEV_TOKENS=true accept (never in production). See docs/adr/0016-staff-identity-keycloak.md.
import { SignJWT } from 'jose';
import { DEV_CLIENT, baseUrl, developmentUsers, tokenUrl } from '../identity/identity.mjs';

const ROLES = ['operator', 'tenant-admin', 'union-admin'];
const PUBLISHED_DEV_SECRET = 'development-only-secret-change-me-0123456789';
const USAGE =
  'usage: npm run -s token -- --role operator|tenant-admin|union-admin [--tenant T]... [--site S]... [--ttl seconds, DEV_TOKENS=true only]';

const args = process.argv.slice(2);
const wanted = { roles: [], tenants: [], sites: [] };
let ttl;
for (let i = 0; i < args.length; i++) {
  const [flag, value] = [args[i], args[i + 1]];
  if (flag === '--') continue;
  if (value === undefined) fail(`${flag} needs a value`);
  if (flag === '--role') wanted.roles.push(value);
  else if (flag === '--tenant') wanted.tenants.push(value);
  else if (flag === '--site') wanted.sites.push(value);
  else if (flag === '--ttl') ttl = Number(value);
  else fail(`unknown option ${flag}`);
  i++;
}
if (wanted.roles.length === 0) fail('--role is required');
for (const r of wanted.roles) if (!ROLES.includes(r)) fail(`unknown role ${r} (${ROLES.join(', ')})`);
if (ttl !== undefined && (!Number.isInteger(ttl) || ttl <= 0))
  fail('--ttl must be a positive number of seconds');

const devTokens = ['1', 'true', 'yes', 'on'].includes(String(process.env.DEV_TOKENS ?? '').toLowerCase());
process.stdout.write(`${devTokens ? await devToken() : await keycloakToken()}\n`);

/** HS256, shaped like Keycloak's (roles at JWT_ROLES_CLAIM): for services started with DEV_TOKENS=true. */
async function devToken() {
  const claimPath = (process.env.JWT_ROLES_CLAIM || 'realm_access.roles').split('.');
  const roles = claimPath.reverse().reduce((inner, key) => ({ [key]: inner }), wanted.roles);
  const secret = process.env.JWT_SECRET || PUBLISHED_DEV_SECRET;
  return new SignJWT({ ...roles, tenants: wanted.tenants, sites: wanted.sites })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(`dev-${wanted.roles.join('+')}`)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (ttl ?? 8 * 3600))
    .sign(new TextEncoder().encode(secret));
}

/** The development user with this role and (at least) this scope; the narrowest when several match. */
function developmentUser() {
  const users = developmentUsers();
  if (wanted.roles.length > 1)
    fail(`no development user holds several roles; DEV_TOKENS=true signs such a token\n${list(users)}`);
  const [role] = wanted.roles;
  const covers = (have, want) => want.every((x) => have.includes(x));
  const matching = users
    .filter(
      (u) => u.roles.includes(role) && covers(u.tenants, wanted.tenants) && covers(u.sites, wanted.sites),
    )
    .sort((a, b) => a.tenants.length + a.sites.length - (b.tenants.length + b.sites.length));
  if (matching.length === 0) {
    const scope = [...wanted.tenants.map((t) => `tenant ${t}`), ...wanted.sites.map((s) => `site ${s}`)].join(
      ', ',
    );
    fail(
      `no development user is ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}${scope ? ` of ${scope}` : ''} in the realm file; DEV_TOKENS=true signs any scope (for services started with DEV_TOKENS=true)\n${list(users)}`,
    );
  }
  if (matching.length > 1 && wanted.tenants.length + wanted.sites.length === 0)
    process.stderr.write(`token: signing in as ${matching[0].username} (add --tenant/--site to choose)\n`);
  return matching[0];
}

async function keycloakToken() {
  if (ttl !== undefined)
    process.stderr.write("token: --ttl ignored: Keycloak's access tokens live 5 minutes\n");
  const user = developmentUser();
  let res;
  try {
    res = await fetch(tokenUrl(), {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: DEV_CLIENT,
        username: user.username,
        password: user.password,
        scope: 'openid',
      }),
      signal: AbortSignal.timeout(15000),
    });
  } catch (err) {
    fail(
      `Keycloak does not answer on ${baseUrl()} (${err.cause?.code ?? err.message}): \`npm start\` or \`npm run identity:up\` starts it; DEV_TOKENS=true signs a development token instead`,
    );
  }
  const body = await res.json().catch(() => ({}));
  if (!res.ok || !body.access_token)
    fail(
      `Keycloak refused ${user.username}: ${res.status} ${body.error_description ?? body.error ?? ''}`.trim(),
    );
  return body.access_token;
}

function list(users) {
  return `development users:\n${users
    .map(
      (u) =>
        `  ${u.username.padEnd(30)} ${u.roles.join(',')}${u.tenants.length ? ` tenants ${u.tenants}` : ''}${u.sites.length ? ` sites ${u.sites}` : ''}`,
    )
    .join('\n')}`;
}

function fail(message) {
  process.stderr.write(`token: ${message}\n${USAGE}\n`);
  process.exit(2);
}

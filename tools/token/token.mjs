#!/usr/bin/env node
// `npm run -s token -- --role R [--tenant T]... [--site S]...` prints a development staff token and nothing else.
import { SignJWT } from 'jose';

const ROLES = ['operator', 'tenant-admin', 'union-admin'];
const args = process.argv.slice(2);
const claims = { roles: [], tenants: [], sites: [] };
let ttl = 8 * 3600;
for (let i = 0; i < args.length; i++) {
  const [flag, value] = [args[i], args[i + 1]];
  if (value === undefined) fail(`${flag} needs a value`);
  if (flag === '--role') claims.roles.push(value);
  else if (flag === '--tenant') claims.tenants.push(value);
  else if (flag === '--site') claims.sites.push(value);
  else if (flag === '--ttl') ttl = Number(value);
  else fail(`unknown option ${flag}`);
  i++;
}
if (claims.roles.length === 0) fail('--role is required');
for (const r of claims.roles) if (!ROLES.includes(r)) fail(`unknown role ${r} (${ROLES.join(', ')})`);
if (!Number.isInteger(ttl) || ttl <= 0) fail('--ttl must be a positive number of seconds');

const secret = process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789';
const token = await new SignJWT({ roles: claims.roles, tenants: claims.tenants, sites: claims.sites })
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(`dev-${claims.roles.join('+')}`)
  .setIssuedAt()
  .setExpirationTime(Math.floor(Date.now() / 1000) + ttl)
  .sign(new TextEncoder().encode(secret));
process.stdout.write(`${token}\n`);

function fail(message) {
  process.stderr.write(`token: ${message}\nusage: npm run -s token -- --role operator|tenant-admin|union-admin [--tenant T] [--site S] [--ttl seconds]\n`);
  process.exit(2);
}

import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, JWK, KeyLike, SignJWT, UnsecuredJWT } from 'jose';
import { NotAuthenticatedError } from './auth-errors';
import { claimAt, rolesAt } from './claims';
import { signDevToken } from './dev-token';
import { canAdministerTenant, canStaffSite } from './principal';
import { TokenVerifier, TokenVerifierOptions } from './token-verifier';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const ISSUER = 'https://login.example.test/realms/facile';
const AUDIENCE = 'facile-api';

interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
  publicPem: string;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return {
    kid,
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
    publicPem: await exportSPKI(publicKey),
  };
}

/** A provider's JWKS endpoint: serves the public keys it is given, counts the fetches. */
class JwksEndpoint {
  keys: JWK[] = [];
  fetches = 0;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((_req, res) => {
      this.fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: this.keys }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/certs`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A Keycloak-shaped access token. */
function providerToken(
  key: SigningKey,
  claims: Record<string, unknown> = {},
  {
    iss = ISSUER,
    aud = AUDIENCE,
    exp = '5m',
    kid = key.kid,
  }: { iss?: string; aud?: string; exp?: string | number; kid?: string } = {},
): Promise<string> {
  return new SignJWT({
    realm_access: { roles: ['operator', 'offline_access'] },
    sites: ['cesena-centro'],
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
    .setSubject('0b7c1d2e-staff')
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key.privateKey);
}

const rejection = async (verifier: TokenVerifier, token: string | Promise<string>): Promise<string> => {
  try {
    await verifier.verify(await token);
  } catch (e) {
    expect(e).toBeInstanceOf(NotAuthenticatedError);
    return (e as Error).message;
  }
  throw new Error('the token was accepted');
};

describe('TokenVerifier with the provider JWKS', () => {
  const endpoint = new JwksEndpoint();
  let current: SigningKey;
  let stranger: SigningKey;
  let options: TokenVerifierOptions;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    current = await signingKey('key-1');
    stranger = await signingKey('key-1'); // same kid, another key: a forgery
    endpoint.keys = [current.publicJwk];
    options = {
      jwksUrl: await endpoint.start(),
      issuer: ISSUER,
      audience: AUDIENCE,
      rolesClaim: 'realm_access.roles',
    };
    verifier = new TokenVerifier(options);
  });
  afterAll(() => endpoint.stop());

  it("accepts the provider's token and reads roles at realm_access.roles, tenants and sites", async () => {
    const p = await verifier.verify(await providerToken(current, { tenants: ['cesena'] }));
    expect(p).toEqual({
      sub: '0b7c1d2e-staff',
      roles: ['operator'],
      tenants: ['cesena'],
      sites: ['cesena-centro'],
    });
  });

  it('reads a flat roles claim when configured so', async () => {
    const flat = new TokenVerifier({ ...options, rolesClaim: 'roles' });
    const p = await flat.verify(
      await providerToken(current, { realm_access: undefined, roles: ['union-admin'] }),
    );
    expect(p.roles).toEqual(['union-admin']);
    expect(await rejection(flat, providerToken(current))).toMatch(/no valid roles/);
  });

  it.each<[string, (k: SigningKey) => Promise<string> | string]>([
    ['a wrong issuer', (k) => providerToken(k, {}, { iss: 'https://login.example.test/realms/other' })],
    ['a wrong audience', (k) => providerToken(k, {}, { aud: 'account' })],
    ['a forged signature (another key, same kid)', () => providerToken(stranger)],
    ['an unknown kid', (k) => providerToken(k, {}, { kid: 'key-unknown' })],
    ['no known role', (k) => providerToken(k, { realm_access: { roles: ['offline_access', 'root'] } })],
    [
      'alg none',
      () =>
        new UnsecuredJWT({ realm_access: { roles: ['union-admin'] } })
          .setSubject('x')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1h')
          .encode(),
    ],
    [
      'HS256 signed with the public key',
      async (k) =>
        new SignJWT({ realm_access: { roles: ['union-admin'] } })
          .setProtectedHeader({ alg: 'HS256', kid: k.kid })
          .setSubject('x')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(k.publicPem)),
    ],
    ['a development token (development tokens off)', () => signDevToken(secret, { roles: ['union-admin'] })],
    ['garbage', () => 'not.a.jwt'],
  ])('rejects %s', async (_name, make) => {
    expect(await rejection(verifier, make(current))).toMatch(/not valid|no valid roles/);
  });

  it('says when a token has expired', async () => {
    expect(
      await rejection(verifier, providerToken(current, {}, { exp: Math.floor(Date.now() / 1000) - 5 })),
    ).toMatch(/expired/);
  });

  it('refetches the key set for an unknown kid at most once per cooldown', async () => {
    const before = endpoint.fetches;
    for (let i = 0; i < 5; i++) await rejection(verifier, providerToken(current, {}, { kid: `flood-${i}` }));
    expect(endpoint.fetches - before).toBeLessThanOrEqual(1);
  });

  it('follows a key rotation without a restart, and refuses the retired key afterwards', async () => {
    const rotating = new TokenVerifier({ ...options, jwksCache: { cooldownMs: 0 } });
    const old = await providerToken(current);
    await rotating.verify(old);
    const next = await signingKey('key-2');
    endpoint.keys = [next.publicJwk]; // the provider rotated: new key active, old one removed
    expect((await rotating.verify(await providerToken(next))).roles).toEqual(['operator']);
    expect(await rejection(rotating, old)).toMatch(/not valid/);
    endpoint.keys = [current.publicJwk];
  });

  it('says when the provider cannot be reached', async () => {
    const unreachable = new TokenVerifier({ ...options, jwksUrl: 'http://127.0.0.1:9/certs' });
    expect(await rejection(unreachable, providerToken(current))).toMatch(
      /identity provider could not be reached/,
    );
  });
});

describe('TokenVerifier with development tokens', () => {
  const verifier = new TokenVerifier({ devTokenSecret: secret });

  it('accepts a development token it signed and reads the claims', async () => {
    const token = await signDevToken(secret, { roles: ['tenant-admin'], tenants: ['cesena'] });
    const p = await verifier.verify(token);
    expect(p.roles).toEqual(['tenant-admin']);
    expect(p.tenants).toEqual(['cesena']);
  });

  it.each([
    [
      'alg none',
      () =>
        new UnsecuredJWT({ realm_access: { roles: ['union-admin'] } })
          .setSubject('x')
          .setExpirationTime('1h')
          .encode(),
    ],
    [
      'forged signature',
      () => signDevToken('another-secret-that-is-long-enough-01234567', { roles: ['union-admin'] }),
    ],
    ['expired', () => signDevToken(secret, { roles: ['operator'] }, -10)],
    [
      'unknown role',
      () =>
        new SignJWT({ realm_access: { roles: ['root'] } })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(secret)),
    ],
    ['garbage', async () => 'not.a.jwt'],
  ])('rejects %s', async (_name, make) => {
    await expect(verifier.verify(await make())).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it('accepts nothing at all without JWKS_URL and without development tokens', async () => {
    const closed = new TokenVerifier({});
    expect(closed.acceptsNothing).toBe(true);
    expect(await rejection(closed, signDevToken(secret, { roles: ['union-admin'] }))).toMatch(/not valid/);
  });
});

describe('claim paths', () => {
  it('reads and writes dotted paths', () => {
    expect(claimAt({ realm_access: { roles: ['operator'] } }, 'realm_access.roles')).toEqual(['operator']);
    expect(claimAt({ roles: ['operator'] }, 'realm_access.roles')).toBeUndefined();
    expect(rolesAt('realm_access.roles', ['operator'])).toEqual({ realm_access: { roles: ['operator'] } });
    expect(rolesAt('roles', ['operator'])).toEqual({ roles: ['operator'] });
  });
});

describe('access rules', () => {
  const tenantAdmin = { sub: 'a', roles: ['tenant-admin'] as const, tenants: ['montiano'], sites: [] };
  const operator = { sub: 'o', roles: ['operator'] as const, tenants: [], sites: ['cesena-centro'] };
  const unionAdmin = { sub: 'u', roles: ['union-admin'] as const, tenants: [], sites: [] };

  it('lets a tenant admin administer only their municipality', () => {
    expect(canAdministerTenant(tenantAdmin, 'montiano')).toBe(true);
    expect(canAdministerTenant(tenantAdmin, 'cesena')).toBe(false);
    expect(canAdministerTenant(unionAdmin, 'cesena')).toBe(true);
    expect(canAdministerTenant(operator, 'cesena')).toBe(false);
  });

  it('lets an operator staff only their sites, whatever the municipality', () => {
    expect(canStaffSite(operator, 'cesena-centro', 'cesena')).toBe(true);
    expect(canStaffSite(operator, 'montiano-municipio', 'montiano')).toBe(false);
  });
});

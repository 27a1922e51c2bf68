import { createPublicKey, generateKeyPairSync, JsonWebKey } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import {
  AUDIENCE,
  browserSignIn,
  decodeJwt,
  developmentUsers,
  ensureKeycloak,
  exchangeCode,
  ISSUER,
  JWKS_URL,
  KEYCLOAK_URL,
  KeycloakAdmin,
  keycloakTrust,
  passwordGrant,
} from '../support/keycloak';
import { RunningPlatform, startPlatform } from '../support/platform';

/**
 * Staff sign in through the real provider: the local Keycloak with the repository realm file, and the four
 * services trusting nothing but its JWKS (development tokens off). ADR 16.
 */
describe('staff sign-in through Keycloak', () => {
  let p: RunningPlatform;
  const today = new Date().toISOString().slice(0, 10);
  const agenda = (site: string) => `/scheduling/v1/agenda?site=${site}&date=${today}`;

  beforeAll(async () => {
    ensureKeycloak();
    p = await startPlatform('platform_identity', keycloakTrust(), { seed: true });
  }, 900000);

  afterAll(async () => {
    await p?.stop();
  });

  const call = (path: string, token?: string, init: RequestInit = {}) =>
    fetch(`${p.gateway}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers ?? {}),
      },
    });
  const put = (path: string, token: string, body: unknown) =>
    call(path, token, { method: 'PUT', body: JSON.stringify(body) });

  it('the realm issues tokens the services check: issuer, audience, Keycloak roles, tenants and sites', async () => {
    const { header, payload } = decodeJwt(await passwordGrant('operator-montiano-municipio'));
    expect(header).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    expect(payload).toMatchObject({
      iss: ISSUER,
      aud: AUDIENCE,
      realm_access: { roles: ['operator'] },
      sites: ['montiano-municipio'],
      typ: 'Bearer',
    });
    expect(Number(payload['exp']) - Number(payload['iat'])).toBe(300); // short-lived: five minutes, then refresh
  });

  describe('every development user signs in and works within their scope', () => {
    const users = developmentUsers();
    /** A site the user may work: their own, a site of their municipality, any for the Union. */
    const siteOf = (u: (typeof users)[number]) =>
      u.sites[0] ??
      (u.tenants[0] === 'cesena'
        ? 'cesena-centro'
        : u.tenants[0]
          ? `${u.tenants[0]}-municipio`
          : 'cesena-centro');

    it('has a user for each role and each municipality', () => {
      const byRole = (r: string) => users.filter((u) => u.roles.includes(r));
      expect(
        byRole('operator')
          .flatMap((u) => u.sites)
          .sort(),
      ).toEqual(['cesena-centro', 'montiano-municipio']);
      expect(
        byRole('tenant-admin')
          .flatMap((u) => u.tenants)
          .sort(),
      ).toEqual(['bagno-di-romagna', 'cesena', 'mercato-saraceno', 'montiano', 'verghereto']);
      expect(byRole('union-admin')).toHaveLength(1);
    });

    it.each(users.map((u) => [u.username, u] as const))('%s', async (_name, user) => {
      const token = await passwordGrant(user.username);
      const res = await call(agenda(siteOf(user)), token);
      expect(res.status).toBe(200);
    });
  });

  describe('a slice of the isolation matrix, with Keycloak tokens', () => {
    it("the operator of montiano-municipio sees Montiano's agenda, not Cesena's", async () => {
      const token = await passwordGrant('operator-montiano-municipio');
      const own = await call(agenda('montiano-municipio'), token);
      expect(own.status).toBe(200);
      expect(JSON.stringify(await own.json())).toMatch(/montiano-municipio/);
      const other = await call(agenda('cesena-centro'), token);
      expect(other.status).toBe(403);
      expect(other.headers.get('content-type')).toMatch(/application\/problem\+json/);
    });

    it("the operator of cesena-centro sees Cesena's agenda, not Montiano's", async () => {
      const token = await passwordGrant('operator-cesena-centro');
      expect((await call(agenda('cesena-centro'), token)).status).toBe(200);
      expect((await call(agenda('montiano-municipio'), token)).status).toBe(403);
    });

    it("the tenant admin of montiano changes Montiano's offering, never Cesena's", async () => {
      const token = await passwordGrant('tenant-admin-montiano');
      const path = (t: string) => `/catalogue/v1/tenants/${t}/offerings/carta-identita-elettronica`;
      const denied = await put(path('cesena'), token, { enabled: true, feeCents: 2222 });
      expect(denied.status).toBe(403);
      expect(denied.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect((await put(path('montiano'), token, { enabled: true, feeCents: 2222 })).status).toBe(200);
    });

    it('nobody without a token', async () => {
      expect((await call(agenda('montiano-municipio'))).status).toBe(401);
    });
  });

  describe("the desk console's sign-in (Authorization Code + PKCE on the public client)", () => {
    it("signing in at Keycloak's login page gives a token the agenda accepts", async () => {
      const { tokens } = await browserSignIn('operator-cesena-centro');
      expect(decodeJwt(tokens.access_token).payload).toMatchObject({
        azp: 'facile-sportello',
        aud: AUDIENCE,
      });
      expect(tokens.refresh_token).toEqual(expect.any(String));
      expect((await call(agenda('cesena-centro'), tokens.access_token)).status).toBe(200);
    });

    it('refuses the code without its PKCE verifier, and a redirect outside /sportello/', async () => {
      const { code, redirectUri } = await browserSignIn('operator-cesena-centro', { exchange: false });
      const answer = await exchangeCode({
        grant_type: 'authorization_code',
        client_id: 'facile-sportello',
        code,
        redirect_uri: redirectUri,
      });
      expect(answer).toEqual({ status: 400, error: 'invalid_grant' });
      await expect(
        browserSignIn('operator-cesena-centro', { redirectUri: 'http://127.0.0.1:8080/elsewhere/' }),
      ).rejects.toThrow(/no login form \(400\)/);
    });

    it('refuses the implicit flow and the password grant on the console client', async () => {
      const implicit = new URL(`${ISSUER}/protocol/openid-connect/auth`);
      implicit.search = new URLSearchParams({
        client_id: 'facile-sportello',
        redirect_uri: 'http://127.0.0.1:8080/sportello/',
        response_type: 'token',
        scope: 'openid',
      }).toString();
      const res = await fetch(implicit, { redirect: 'manual' });
      expect(res.headers.get('location')).toMatch(/error=unauthorized_client/);
      await expect(passwordGrant('operator-cesena-centro', { clientId: 'facile-sportello' })).rejects.toThrow(
        /400|401/,
      );
    });
  });

  describe('tokens the services refuse: 401 problem+json', () => {
    let admin: KeycloakAdmin;
    const temporary: string[] = [];
    /** A valid token's claims and key id: each variant below differs from it in one way only. */
    let claims: Record<string, unknown>;
    let kid: string;
    const ownKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

    beforeAll(async () => {
      admin = await KeycloakAdmin.connect();
      const valid = decodeJwt(await passwordGrant('union-admin'));
      claims = valid.payload;
      kid = String(valid.header['kid']);
    });
    afterAll(async () => {
      for (const id of temporary) await admin.deleteClient(id);
    });

    async function expect401(token: string, detail: RegExp): Promise<void> {
      const res = await call(agenda('cesena-centro'), token);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const body = (await res.json()) as { status: number; type: string; detail: string };
      expect(body).toMatchObject({ status: 401, type: expect.stringMatching(/\/unauthenticated$/) });
      expect(body.detail).toMatch(detail);
    }

    it('the valid token itself is accepted (so each refusal below is for its one difference)', async () => {
      expect((await call(agenda('cesena-centro'), await passwordGrant('union-admin'))).status).toBe(200);
    });

    it('forged: signed by another key under the realm key id', async () => {
      const forged = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .sign(ownKey);
      await expect401(forged, /not valid/);
    });

    it('alg none', async () => {
      await expect401(new UnsecuredJWT(claims).encode(), /not valid/);
    });

    it('HS256 signed with the realm public key', async () => {
      const jwks = (await (await fetch(JWKS_URL)).json()) as { keys: (JsonWebKey & { kid: string })[] };
      const jwk = jwks.keys.find((k) => k.kid === kid);
      const pem = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).export({
        type: 'spki',
        format: 'pem',
      });
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid })
        .sign(Buffer.from(pem));
      await expect401(token, /not valid/);
    });

    it('an unknown kid', async () => {
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'not-a-realm-key' })
        .sign(ownKey);
      await expect401(token, /not valid/);
    });

    it('a wrong issuer: the same realm and key, reached as localhost', async () => {
      const token = await passwordGrant('union-admin', {
        base: KEYCLOAK_URL.replace('127.0.0.1', 'localhost'),
      });
      expect(decodeJwt(token).payload['iss']).not.toBe(ISSUER);
      expect(decodeJwt(token).header['kid']).toBe(kid);
      await expect401(token, /not valid/);
    });

    it('a wrong audience: a client of the realm that does not address the services', async () => {
      const clientId = `e2e-other-audience-${Date.now()}`;
      temporary.push(
        await admin.createClient({
          clientId,
          protocolMappers: [
            {
              name: 'audience',
              protocol: 'openid-connect',
              protocolMapper: 'oidc-audience-mapper',
              config: { 'included.custom.audience': 'another-api', 'access.token.claim': 'true' },
            },
          ],
        }),
      );
      const token = await passwordGrant('union-admin', { clientId });
      expect(decodeJwt(token).payload['aud']).not.toContain(AUDIENCE);
      await expect401(token, /not valid/);
    });

    it('expired: a token of the realm whose lifetime has passed', async () => {
      const clientId = `e2e-short-lived-${Date.now()}`;
      temporary.push(
        await admin.createClient({
          clientId,
          attributes: { 'access.token.lifespan': '2' },
          protocolMappers: [
            {
              name: 'audience',
              protocol: 'openid-connect',
              protocolMapper: 'oidc-audience-mapper',
              config: { 'included.custom.audience': AUDIENCE, 'access.token.claim': 'true' },
            },
          ],
        }),
      );
      const token = await passwordGrant('union-admin', { clientId });
      expect((await call(agenda('cesena-centro'), token)).status).toBe(200);
      const exp = Number(decodeJwt(token).payload['exp']) * 1000;
      await new Promise((r) => setTimeout(r, Math.max(0, exp - Date.now()) + 1500));
      await expect401(token, /expired/);
    });
  });

  it('follows a rotation of the realm key without a restart, and refuses the retired key', async () => {
    const admin = await KeycloakAdmin.connect();
    const before = await passwordGrant('union-admin');
    expect((await call(agenda('cesena-centro'), before)).status).toBe(200);
    const pids = [...p.processes.values()].map((c) => c.pid);
    const retired = await admin.rotateSigningKey();
    try {
      const after = await passwordGrant('union-admin');
      expect(decodeJwt(after).header['kid']).not.toBe(decodeJwt(before).header['kid']);
      // an unknown kid refetches the key set, at most once per 30 s cooldown (JWKS_CACHE): poll until then
      const deadline = Date.now() + 60000;
      let status = 0;
      while (Date.now() < deadline) {
        status = (await call(agenda('cesena-centro'), after)).status;
        if (status === 200) break;
        await new Promise((r) => setTimeout(r, 2000));
      }
      expect(status).toBe(200);
      expect((await call(agenda('cesena-centro'), before)).status).toBe(401);
      expect([...p.processes.values()].map((c) => c.pid)).toEqual(pids);
      // a process that died says which and why (its last lines), not just "false"
      const exited = [...p.processes.entries()]
        .filter(([, c]) => c.exitCode !== null || c.signalCode !== null)
        .map(
          ([name, c]) =>
            `${name} (${c.exitCode ?? c.signalCode}):\n${(p.logs.get(name) ?? []).slice(-20).join('\n')}`,
        );
      expect(exited).toEqual([]);
    } finally {
      for (const id of retired) await admin.deleteComponent(id);
    }
  }, 120000);
});

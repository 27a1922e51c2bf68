import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './platform';

/**
 * The local Keycloak of tools/identity (realm `facile` from the repository realm file), as the end-to-end
 * suites use it: the real provider, signed in through its real endpoints, administered through its admin API.
 */
export const KEYCLOAK_URL = new URL(process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8180').origin;
export const REALM = 'facile';
export const ISSUER = `${KEYCLOAK_URL}/realms/${REALM}`;
export const JWKS_URL = `${ISSUER}/protocol/openid-connect/certs`;
export const AUDIENCE = 'facile-api';
const TOKEN_PATH = '/protocol/openid-connect/token';

/** What a service needs to trust the local Keycloak, development tokens off. */
export const keycloakTrust = (): Record<string, string> => ({
  JWKS_URL,
  JWT_ISSUER: ISSUER,
  JWT_AUDIENCE: AUDIENCE,
  JWT_ROLES_CLAIM: 'realm_access.roles',
  DEV_TOKENS: 'false',
});

export interface DevelopmentUser {
  username: string;
  password: string;
  roles: string[];
  tenants: string[];
  sites: string[];
}

interface RealmFileUser {
  username: string;
  realmRoles?: string[];
  attributes?: { tenants?: string[]; sites?: string[] };
  credentials?: { type: string; value: string }[];
}

/** The development users, straight from the one realm file. */
export function developmentUsers(): DevelopmentUser[] {
  const realm = JSON.parse(
    readFileSync(path.join(root, 'k8s/overlays/dev/keycloak/facile-realm.json'), 'utf8'),
  ) as {
    users: RealmFileUser[];
  };
  return realm.users.map((u) => ({
    username: u.username,
    password: u.credentials?.find((c) => c.type === 'password')?.value ?? '',
    roles: u.realmRoles ?? [],
    tenants: u.attributes?.tenants ?? [],
    sites: u.attributes?.sites ?? [],
  }));
}

export function developmentUser(username: string): DevelopmentUser {
  const user = developmentUsers().find((u) => u.username === username);
  if (!user) throw new Error(`no development user ${username} in the realm file`);
  return user;
}

/** Starts (or reuses) the local Keycloak with the realm, as `npm test` does before the suites. */
export function ensureKeycloak(): void {
  const r = spawnSync(process.execPath, [path.join(root, 'tools/identity/identity.mjs'), 'up', '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 900000,
  });
  if (r.status !== 0)
    throw new Error(`Keycloak is not available: ${r.stderr || r.stdout || r.error?.message}`);
}

export interface TokenAnswer {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
}

async function tokenRequest(base: string, form: Record<string, string>): Promise<TokenAnswer> {
  const res = await fetch(`${base}/realms/${REALM}${TOKEN_PATH}`, {
    method: 'POST',
    body: new URLSearchParams(form),
  });
  const body = (await res.json()) as TokenAnswer & { error?: string; error_description?: string };
  if (!res.ok) throw new Error(`token endpoint: ${res.status} ${body.error} ${body.error_description ?? ''}`);
  return body;
}

/** The password grant of the development client (or another client of the realm), at `base` (issuer host). */
export async function passwordGrant(
  username: string,
  { clientId = 'facile-dev-cli', base = KEYCLOAK_URL }: { clientId?: string; base?: string } = {},
): Promise<string> {
  const user = developmentUser(username);
  const answer = await tokenRequest(base, {
    grant_type: 'password',
    client_id: clientId,
    username,
    password: user.password,
    scope: 'openid',
  });
  return answer.access_token;
}

/** Decoded claims and header of a JWT (no verification: for building tampered variants). */
export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [header, payload] = token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
  return { header, payload };
}

class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

export interface BrowserSignIn {
  tokens: TokenAnswer;
  /** The authorization code the console received on its redirect URI, and the verifier it kept. */
  code: string;
  verifier: string;
  redirectUri: string;
}

/**
 * What the desk console does: Authorization Code with PKCE (S256) on the public client facile-sportello, the
 * user typing the password into Keycloak's own login page, the code exchanged with the verifier.
 */
export async function browserSignIn(
  username: string,
  {
    exchange = true,
    redirectUri = 'http://127.0.0.1:8080/sportello/',
  }: { exchange?: boolean; redirectUri?: string } = {},
): Promise<BrowserSignIn> {
  const user = developmentUser(username);
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const jar = new CookieJar();
  const auth = new URL(`${ISSUER}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: 'facile-sportello',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const page = await fetch(auth, { redirect: 'manual' });
  jar.take(page);
  const html = await page.text();
  const action =
    /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1] ??
    /<form[^>]*action="([^"]+)"[^>]*id="kc-form-login"/.exec(html)?.[1];
  if (page.status !== 200 || !action)
    throw new Error(`no login form (${page.status}): ${html.slice(0, 300)}`);
  const submitted = await fetch(unescapeHtml(action), {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: user.password, credentialId: '' }),
  });
  const location = submitted.headers.get('location') ?? '';
  const code = new URL(location || 'http://invalid/').searchParams.get('code');
  if (submitted.status !== 302 || !location.startsWith(redirectUri) || !code)
    throw new Error(
      `sign-in did not redirect to the console: ${submitted.status} ${location} ${(await submitted.text()).slice(0, 300)}`,
    );
  const tokens = exchange
    ? await tokenRequest(KEYCLOAK_URL, {
        grant_type: 'authorization_code',
        client_id: 'facile-sportello',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      })
    : ({ access_token: '', expires_in: 0 } as TokenAnswer);
  return { tokens, code, verifier, redirectUri };
}

/** The code exchange alone (to show what Keycloak refuses): the raw answer. */
export async function exchangeCode(
  form: Record<string, string>,
): Promise<{ status: number; error?: string }> {
  const res = await fetch(`${ISSUER}${TOKEN_PATH}`, { method: 'POST', body: new URLSearchParams(form) });
  const body = (await res.json()) as { error?: string };
  return { status: res.status, error: body.error };
}

interface KeyProvider {
  id: string;
  name: string;
  providerId: string;
  providerType: string;
  parentId: string;
  config: Record<string, string[]>;
}

/** The realm's admin REST API, as the master realm's admin of tools/identity (password in its .data folder). */
export class KeycloakAdmin {
  private constructor(private readonly token: string) {}

  static async connect(): Promise<KeycloakAdmin> {
    const file = path.join(root, 'tools/identity/.data/admin-password');
    let password = process.env['KEYCLOAK_ADMIN_PASSWORD'];
    try {
      password ??= readFileSync(file, 'utf8').trim();
    } catch {
      throw new Error(
        `no ${file}: this Keycloak was not started from this checkout; set KEYCLOAK_ADMIN_PASSWORD`,
      );
    }
    const res = await fetch(`${KEYCLOAK_URL}/realms/master${TOKEN_PATH}`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: 'admin',
        password,
      }),
    });
    if (!res.ok)
      throw new Error(
        `admin sign-in: ${res.status} (a Keycloak not started by tools/identity needs KEYCLOAK_ADMIN_PASSWORD)`,
      );
    return new KeycloakAdmin(((await res.json()) as { access_token: string }).access_token);
  }

  async call(method: string, p: string, body?: unknown): Promise<Response> {
    const res = await fetch(`${KEYCLOAK_URL}/admin/realms/${REALM}${p}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`admin ${method} ${p}: ${res.status} ${await res.text()}`);
    return res;
  }

  /** A throw-away public client with the password grant; returns its internal id (for delete). */
  async createClient(client: Record<string, unknown>): Promise<string> {
    const res = await this.call('POST', '/clients', {
      publicClient: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: true,
      defaultClientScopes: ['basic', 'roles'],
      ...client,
    });
    return (res.headers.get('location') ?? '').split('/').pop() ?? '';
  }

  async deleteClient(id: string): Promise<void> {
    await this.call('DELETE', `/clients/${id}`);
  }

  private async rsaProviders(): Promise<KeyProvider[]> {
    const all = (await (
      await this.call('GET', '/components?type=org.keycloak.keys.KeyProvider')
    ).json()) as KeyProvider[];
    return all.filter((p) => p.providerId === 'rsa-generated');
  }

  /**
   * Rotates the realm's signing key the way an operator does: a new generated RSA key of higher priority, the
   * old ones disabled. Returns the providers disabled (for removal once the test is done).
   */
  async rotateSigningKey(): Promise<string[]> {
    const realmId = ((await (await this.call('GET', '')).json()) as { id: string }).id;
    const old = (await this.rsaProviders()).filter((p) => p.config['enabled']?.[0] !== 'false');
    const priority = Math.max(100, ...old.map((p) => Number(p.config['priority']?.[0] ?? 0))) + 100;
    await this.call('POST', '/components', {
      name: `rsa-rotated-${Date.now()}`,
      providerId: 'rsa-generated',
      providerType: 'org.keycloak.keys.KeyProvider',
      parentId: realmId,
      config: {
        priority: [String(priority)],
        enabled: ['true'],
        active: ['true'],
        keySize: ['2048'],
        algorithm: ['RS256'],
      },
    });
    for (const p of old)
      await this.call('PUT', `/components/${p.id}`, { ...p, config: { ...p.config, enabled: ['false'] } });
    return old.map((p) => p.id);
  }

  async deleteComponent(id: string): Promise<void> {
    await this.call('DELETE', `/components/${id}`);
  }
}

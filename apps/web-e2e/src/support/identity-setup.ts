import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../../../..');
const tool = (rel: string) => import(pathToFileURL(path.join(root, rel)).href);

export const CONSOLE_CLIENT = 'facile-sportello';

interface KeycloakClient {
  id: string;
  clientId: string;
  redirectUris?: string[];
  webOrigins?: string[];
  attributes?: Record<string, string>;
}

const POST_LOGOUT = 'post.logout.redirect.uris';

/**
 * The shared Keycloak (tools/identity, started from /work/main or by CI) up, and the suite's gateway origins
 * allowed as redirect, post-logout and web origins of the console's client, through the admin API (never by
 * editing the realm file). Entries are added, never replaced (other suites may run beside this one), and
 * checked after writing since two setups may write at once. Returns the services' identity env and an undo.
 */
export async function prepareIdentity(origins: string[]): Promise<{
  env: Record<string, string>;
  issuer: string;
  undo: () => Promise<void>;
}> {
  const identity = await tool('tools/identity/identity.mjs');
  await identity.ensureIdentity({ quiet: true });
  const base: string = identity.baseUrl();
  const realm: string = identity.REALM;
  const redirects = origins.map((o) => `${o}/sportello/*`);

  const call = async (method: string, url: string, body?: unknown) => {
    const token: string | null = await identity.adminToken();
    if (!token)
      throw new Error(
        "Keycloak's admin password is unknown (tools/identity/.data): cannot register the suite's origins",
      );
    const res = await fetch(`${base}/admin/realms/${realm}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10000),
    });
    if (!res.ok) throw new Error(`Keycloak admin ${method} ${url}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  const client = async (): Promise<KeycloakClient> => {
    const list = (await call('GET', `/clients?clientId=${CONSOLE_CLIENT}`)) as KeycloakClient[];
    const found = list[0];
    if (!found) throw new Error(`realm ${realm} has no client ${CONSOLE_CLIENT}`);
    return found;
  };
  const has = (c: KeycloakClient) =>
    redirects.every((r) => c.redirectUris?.includes(r)) && origins.every((o) => c.webOrigins?.includes(o));
  const lacks = (c: KeycloakClient) =>
    !redirects.some((r) => c.redirectUris?.includes(r)) && !origins.some((o) => c.webOrigins?.includes(o));

  const update = async (
    change: (c: KeycloakClient) => KeycloakClient,
    done: (c: KeycloakClient) => boolean,
  ) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await client();
      if (done(current)) return;
      await call('PUT', `/clients/${current.id}`, change(current));
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
      if (done(await client())) return;
    }
    throw new Error(`could not update the ${CONSOLE_CLIENT} client's origins`);
  };
  const logoutList = (c: KeycloakClient) => (c.attributes?.[POST_LOGOUT] ?? '').split('##').filter(Boolean);

  await update(
    (c) => ({
      ...c,
      redirectUris: [...new Set([...(c.redirectUris ?? []), ...redirects])],
      webOrigins: [...new Set([...(c.webOrigins ?? []), ...origins])],
      attributes: {
        ...c.attributes,
        [POST_LOGOUT]: [...new Set([...logoutList(c), ...redirects])].join('##'),
      },
    }),
    has,
  );
  return {
    env: identity.identityEnv(),
    issuer: identity.issuer(),
    undo: () =>
      update(
        (c) => ({
          ...c,
          redirectUris: (c.redirectUris ?? []).filter((r) => !redirects.includes(r)),
          webOrigins: (c.webOrigins ?? []).filter((o) => !origins.includes(o)),
          attributes: {
            ...c.attributes,
            [POST_LOGOUT]: logoutList(c)
              .filter((r) => !redirects.includes(r))
              .join('##'),
          },
        }),
        lacks,
      ).catch(() => undefined),
  };
}

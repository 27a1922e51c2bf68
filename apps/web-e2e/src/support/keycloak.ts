import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../../../..');

interface IdentityTool {
  ensureIdentity(options?: { quiet?: boolean }): Promise<unknown>;
  identityEnv(): Record<string, string>;
  adminToken(): Promise<string | null>;
  baseUrl(): string;
  issuer(): string;
}

export const identityTool = (): Promise<IdentityTool> =>
  import(pathToFileURL(path.join(root, 'tools/identity/identity.mjs')).href) as Promise<IdentityTool>;

/**
 * The suite's gateway runs on a free port, and Keycloak sends a browser back only to a redirect URI its client
 * lists: add this run's console to the `facile-sportello` client through the admin API (the realm file keeps
 * localhost:8080 only), for sign-in and sign-out alike, and take it away again at the end. Returns the undo.
 */
export async function allowConsoleOrigins(origins: string[]): Promise<() => Promise<void>> {
  const tool = await identityTool();
  const token = await tool.adminToken();
  if (!token)
    throw new Error(
      "Keycloak's admin password is unknown (tools/identity/.data/admin-password): start Keycloak from this checkout (npm run identity:up) or set KEYCLOAK_ADMIN_PASSWORD",
    );
  const api = `${tool.baseUrl()}/admin/realms/facile/clients`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const found = (await (await fetch(`${api}?clientId=facile-sportello`, { headers })).json()) as Array<Record<string, unknown>>;
  const client = found[0];
  if (!client) throw new Error('the realm has no facile-sportello client');
  const change = async (add: boolean) => {
    const current = (await (await fetch(`${api}/${String(client['id'])}`, { headers })).json()) as {
      redirectUris: string[];
      webOrigins: string[];
      attributes?: Record<string, string>;
    };
    const redirects = origins.map((o) => `${o}/sportello/*`);
    const keep = (list: string[], extra: string[]) => [...list.filter((x) => !extra.includes(x)), ...(add ? extra : [])];
    const logout = (current.attributes?.['post.logout.redirect.uris'] ?? '').split('##').filter(Boolean);
    const body = {
      ...current,
      redirectUris: keep(current.redirectUris, redirects),
      webOrigins: keep(current.webOrigins, origins),
      // where Keycloak may send the browser after sign-out (`##`-separated, as Keycloak keeps it)
      attributes: { ...current.attributes, 'post.logout.redirect.uris': keep(logout, redirects).join('##') },
    };
    const res = await fetch(`${api}/${String(client['id'])}`, { method: 'PUT', headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`Keycloak refused the client update: ${res.status}`);
  };
  await change(true);
  return async () => {
    // a new admin token: the first may have expired during a long run
    const fresh = await tool.adminToken();
    if (fresh) headers.authorization = `Bearer ${fresh}`;
    await change(false).catch(() => undefined);
  };
}

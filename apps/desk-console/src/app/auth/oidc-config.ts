import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** Where staff sign in: read at run time from `config.json` beside the app, so one build serves every cluster. */
export interface AuthConfig {
  authority: string;
  clientId: string;
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  authority: 'http://127.0.0.1:8180/realms/facile',
  clientId: 'facile-sportello',
};

/** The app's base URL (…/sportello/), absolute. */
export const appBase = () => new URL(import.meta.env.BASE_URL, window.location.origin).toString();
export const CALLBACK_PATH = '/auth/callback';

/** `config.json` (nginx gets it from a ConfigMap in the cluster); the local Keycloak when it is absent or broken. */
export async function loadAuthConfig(fetcher: typeof fetch = fetch): Promise<AuthConfig> {
  try {
    const response = await fetcher(new URL('config.json', appBase()), { cache: 'no-cache' });
    const body = (await response.json()) as { oidc?: Partial<AuthConfig> };
    const { authority, clientId } = body.oidc ?? {};
    if (response.ok && typeof authority === 'string' && typeof clientId === 'string') return { authority, clientId };
  } catch {
    // fall through to the default
  }
  return DEFAULT_AUTH_CONFIG;
}

/**
 * Authorization Code with PKCE (oidc-client-ts does both), tokens kept for the tab only (sessionStorage),
 * renewed silently with the refresh token before they expire.
 */
export function createUserManager(config: AuthConfig): UserManager {
  const base = appBase().replace(/\/$/, '');
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${base}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${base}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

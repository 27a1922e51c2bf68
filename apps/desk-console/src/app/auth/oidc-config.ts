import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

/** The local Keycloak's realm (contract.md); a deployment builds with VITE_OIDC_AUTHORITY (ADR 24). */
export const DEFAULT_AUTHORITY = 'http://127.0.0.1:8180/realms/facile';
export const CLIENT_ID = 'facile-sportello';
/** Inside the app's base (`/sportello/`). */
export const CALLBACK_PATH = '/auth/callback';

/** The console's URL of an in-app path (with the router's basename). */
export function appUrl(path: string, origin = globalThis.location.origin): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${origin}${base}${path}`;
}

/** Authorization Code + PKCE (oidc-client-ts always uses S256), the user kept for the tab only. */
export function oidcSettings(env: Partial<ImportMetaEnv> = import.meta.env): UserManagerSettings {
  return {
    authority: env.VITE_OIDC_AUTHORITY || DEFAULT_AUTHORITY,
    client_id: env.VITE_OIDC_CLIENT_ID || CLIENT_ID,
    redirect_uri: appUrl(CALLBACK_PATH),
    post_logout_redirect_uri: appUrl('/'),
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: globalThis.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: globalThis.sessionStorage }),
  };
}

export const createUserManager = () => new UserManager(oidcSettings());

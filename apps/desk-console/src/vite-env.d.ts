/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the API when it is not the page's own (an embed); empty: same origin. */
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_UNION_URL?: string;
  readonly VITE_ACCESSIBILITY_STATEMENT_URL?: string;
  readonly VITE_PRIVACY_URL?: string;
  /** Keycloak realm issuer for staff sign-in (ADR 24); http://127.0.0.1:8180/realms/facile by default. */
  readonly VITE_OIDC_AUTHORITY?: string;
  /** The console's OIDC client; facile-sportello by default. */
  readonly VITE_OIDC_CLIENT_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

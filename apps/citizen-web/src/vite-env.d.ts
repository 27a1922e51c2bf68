/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the API when it is not the page's own (an embed); empty: same origin. */
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_UNION_URL?: string;
  readonly VITE_ACCESSIBILITY_STATEMENT_URL?: string;
  readonly VITE_PRIVACY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

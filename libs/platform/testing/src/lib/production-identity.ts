/**
 * The identity provider variables a production process requires (ADR 16): configuration tests that load a
 * production config for another reason give these, so that only the rule they test can refuse it.
 */
export const PRODUCTION_IDENTITY_PROVIDER = {
  JWKS_URL: 'https://login.valle-savio.example/realms/facile/protocol/openid-connect/certs',
  JWT_ISSUER: 'https://login.valle-savio.example/realms/facile',
  JWT_AUDIENCE: 'facile-api',
} as const;

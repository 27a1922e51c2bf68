// The response headers of the two web apps: one Content-Security-Policy per app, and the headers every page
// carries. docker/web/nginx.conf sends the same in the cluster (tools/k8s/docker.spec.ts compares them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHIPPED_TENANTS = path.resolve(here, '../../libs/platform/tenancy/src/tenants.json');

/** The local identity provider (Keycloak, contract.md): the desk console signs staff in there. */
export const DEFAULT_IDENTITY_ORIGIN = 'http://127.0.0.1:8180';

/**
 * Every municipality's own web sites (tenants.json `webOrigins`): they may frame the citizen web (the embed
 * of a later issue) as they may call its public API (CORS, libs/platform/bootstrap).
 */
export function tenantWebOrigins(file = process.env.TENANTS_FILE || SHIPPED_TENANTS) {
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const origins = [parsed.union ?? {}, ...(parsed.tenants ?? [])].flatMap((t) =>
    Array.isArray(t.webOrigins) ? t.webOrigins : [],
  );
  return [...new Set(origins)].sort();
}

const originOf = (url) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * Scripts only from the app's own files (no 'unsafe-inline', no eval); styles from its own files too (the kit's
 * CSS is bundled; React sets inline styles through the CSSOM, which CSP allows); images and fonts also as data:
 * URIs (Bootstrap Italia's form controls draw with data: SVGs). API calls go to the same origin; the console
 * also talks to the identity provider (discovery, token endpoint, silent renew in an iframe).
 */
export function contentSecurityPolicy(app, { frameAncestors = [], identityOrigin } = {}) {
  const idp = app === 'desk-console' && identityOrigin ? ` ${identityOrigin}` : '';
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${idp}`,
    `frame-src 'self'${idp}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    `frame-ancestors ${["'self'", ...(app === 'citizen-web' ? frameAncestors : [])].join(' ')}`,
  ];
  return directives.join('; ');
}

/** The headers of every web app response (files and index.html alike). */
export function webHeaders(app, options = {}) {
  const identityOrigin = originOf(
    options.identityUrl ?? process.env.GATEWAY_IDENTITY_URL ?? DEFAULT_IDENTITY_ORIGIN,
  );
  return {
    'content-security-policy': contentSecurityPolicy(app, {
      frameAncestors: options.frameAncestors ?? tenantWebOrigins(options.tenantsFile),
      identityOrigin,
    }),
    'x-content-type-options': 'nosniff',
    // Manage links carry their token in the fragment (never sent), and no path or query leaves the site either.
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

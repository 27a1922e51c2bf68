import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as AssistancePaths } from '../generated/assistance';
import type { paths as CataloguePaths } from '../generated/catalogue';
import type { paths as NotificationsPaths } from '../generated/notifications';
import type { paths as SchedulingPaths } from '../generated/scheduling';

export interface ApiClientOptions {
  /**
   * Origin (and path prefix, if any) of the API. The page's own origin by default: the front ends are
   * served by the gateway on the API's origin. A municipality's site embedding a widget passes the API's.
   */
  baseUrl?: string;
  /** A fetch of one's own (tests, instrumentation); the global one by default. */
  fetch?: typeof globalThis.fetch;
  /** The signed-in staff member's access token, sent as `Authorization: Bearer` (the console; none for citizens). */
  accessToken?: () => string | undefined | Promise<string | undefined>;
  /** Called when the API answers 401 to a call that carried a token: the session ended, sign in again. */
  onUnauthorized?: () => void;
}

/** Bearer token on every call when there is one; a 401 to such a call reports the session as ended. */
function staffSession(options: ApiClientOptions): Middleware | undefined {
  const { accessToken, onUnauthorized } = options;
  if (!accessToken) return undefined;
  return {
    async onRequest({ request }) {
      const token = await accessToken();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('authorization')) onUnauthorized?.();
      return response;
    },
  };
}

/** The page's origin; none in a sandboxed frame (`"null"`) or outside a browser. */
function pageOrigin(): string {
  const origin = globalThis.location?.origin;
  return origin && origin !== 'null' ? origin : '';
}

/** One typed client per service, each speaking that service's OpenAPI document. */
export function createApiClients(options: ApiClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? pageOrigin()).replace(/\/+$/, '');
  const config = {
    baseUrl,
    headers: { accept: 'application/json, application/problem+json' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const clients = {
    catalogue: createClient<CataloguePaths>(config),
    scheduling: createClient<SchedulingPaths>(config),
    assistance: createClient<AssistancePaths>(config),
    notifications: createClient<NotificationsPaths>(config),
  };
  const session = staffSession(options);
  if (session) for (const client of Object.values(clients)) client.use(session);
  return clients;
}

export type ApiClients = ReturnType<typeof createApiClients>;

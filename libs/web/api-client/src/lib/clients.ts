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
  /**
   * The signed-in member of staff's access token (the desk console): sent as `Authorization: Bearer`. None, or
   * nothing returned: the request goes out without one (the citizen web's public calls).
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Told of every 401 answer to a request that carried a token (the console signs in again). */
  onUnauthorized?: () => void;
}

/** Bearer token on the way out, 401 noticed on the way back. */
function authMiddleware(options: ApiClientOptions): Middleware {
  return {
    async onRequest({ request }) {
      const token = await options.getToken?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('authorization')) options.onUnauthorized?.();
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
  if (options.getToken) {
    const middleware = authMiddleware(options);
    for (const client of Object.values(clients)) client.use(middleware);
  }
  return clients;
}

export type ApiClients = ReturnType<typeof createApiClients>;

import createClient from 'openapi-fetch';
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
  return {
    catalogue: createClient<CataloguePaths>(config),
    scheduling: createClient<SchedulingPaths>(config),
    assistance: createClient<AssistancePaths>(config),
    notifications: createClient<NotificationsPaths>(config),
  };
}

export type ApiClients = ReturnType<typeof createApiClients>;

/** Who may call a route: citizens (routes marked @Public() or @OptionalAuth()) or staff only (every other route). */
export type RouteAccess = 'citizen' | 'staff';

export interface CorsSettings {
  /** Every tenant's own web sites (tenants file, `webOrigins`): the public citizen endpoints only. */
  citizenOrigins: readonly string[];
  /** The desk console's origin (CONSOLE_ORIGIN): every endpoint, with a staff token. */
  consoleOrigin: string;
}

/** What a citizen page may send: JSON bodies, its manage token, an idempotency key, trace and event-stream headers. */
export const CITIZEN_HEADERS = [
  'Content-Type',
  'X-Manage-Token',
  'Idempotency-Key',
  'X-Request-Id',
  'traceparent',
  'Last-Event-ID',
  'Cache-Control',
];
/** The console adds its staff token. */
export const CONSOLE_HEADERS = [...CITIZEN_HEADERS, 'Authorization'];
/** What a page may read of an answer besides the safelisted headers. */
export const EXPOSED_HEADERS = ['Retry-After', 'Location', 'X-Request-Id'];
/** How long a browser keeps a preflight's answer (Chromium caps it at two hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

export interface CorsGrant {
  origin: string;
  methods: string[];
  allowedHeaders: string[];
}

/**
 * What a page of `origin` may do with `routes` (the routes at the path it calls), or undefined: no CORS headers,
 * so the browser keeps the answer from the page. Without credentials either way: staff send a bearer token, not
 * a cookie, and citizens their manage token.
 */
export function corsGrant(
  settings: CorsSettings,
  origin: string | undefined,
  routes: readonly { method: string; access: RouteAccess }[],
): CorsGrant | undefined {
  if (!origin) return undefined;
  const console = origin === settings.consoleOrigin;
  const citizen = settings.citizenOrigins.includes(origin);
  if (!console && !citizen) return undefined;
  const usable = routes.filter((r) => console || r.access === 'citizen');
  if (usable.length === 0) return undefined;
  return {
    origin,
    methods: [...new Set(usable.map((r) => r.method))].sort(),
    allowedHeaders: console ? CONSOLE_HEADERS : CITIZEN_HEADERS,
  };
}

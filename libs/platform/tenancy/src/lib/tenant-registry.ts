import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TenantId } from './tenant-id';

export interface PatronDay {
  saint?: string;
  /** `MM-DD`, or absent when a rule is given instead. */
  date?: string;
  /** e.g. "second Sunday of July" */
  rule?: string;
}

export interface Tenant {
  id: TenantId;
  name: string;
  /** The Union itself is a tenant too (union-wide data such as the shared calendar); the rest are municipalities. */
  kind: 'union' | 'municipality';
  istatCode?: string;
  cadastralCode?: string;
  province?: string;
  population?: number;
  patronDay?: PatronDay;
  localities?: string[];
  /**
   * How the municipality's bookings become final (ADR 0019): `immediate` (the default), or `link`: pending, holding
   * their slot, until the citizen opens the link sent to them, released after `confirmWithinMinutes` (default 30).
   */
  bookingConfirmation?: BookingConfirmationMode;
  confirmWithinMinutes?: number;
  /**
   * The tenant's own web sites (`https://www.comune.cesena.fc.it`): their pages may call the public citizen
   * endpoints from the browser (CORS) and frame the citizen web. Origins only: scheme, host, port.
   */
  webOrigins?: string[];
}

export const BOOKING_CONFIRMATION_MODES = ['immediate', 'link'] as const;
export type BookingConfirmationMode = (typeof BOOKING_CONFIRMATION_MODES)[number];
export type BookingConfirmation = { mode: 'immediate' } | { mode: 'link'; withinMinutes: number };

export const DEFAULT_CONFIRM_WITHIN_MINUTES = 30;

/** The municipality's confirmation mode, defaults applied. */
export function bookingConfirmationOf(tenant: Tenant): BookingConfirmation {
  return tenant.bookingConfirmation === 'link'
    ? { mode: 'link', withinMinutes: tenant.confirmWithinMinutes ?? DEFAULT_CONFIRM_WITHIN_MINUTES }
    : { mode: 'immediate' };
}

export class UnknownTenantError extends Error {
  constructor(readonly tenant: string) {
    super(`Unknown municipality '${tenant}'`);
    this.name = 'UnknownTenantError';
  }
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `webOrigins` as given, or an error naming the entry that is not an http(s) origin. */
function webOriginsOf(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Error(`${where}.webOrigins must be a list of origins`);
  return value.map((o: unknown, i) => {
    let url: URL | undefined;
    try {
      url = typeof o === 'string' ? new URL(o) : undefined;
    } catch {
      url = undefined;
    }
    if (
      !url ||
      !['http:', 'https:'].includes(url.protocol) ||
      url.origin !== o ||
      !/^[a-z0-9.-]+$/.test(url.hostname)
    )
      throw new Error(
        `${where}.webOrigins[${i}] is not an origin like https://www.comune.example.it (no path, no trailing slash)`,
      );
    return o;
  });
}

/**
 * The municipalities of the Union, read from configuration (a file; a ConfigMap in Kubernetes).
 * Adding a municipality is a change to that file, never to code.
 */
export class TenantRegistry {
  private readonly byId: Map<string, Tenant>;

  constructor(
    readonly union: { id: string; name: string; seat?: string },
    tenants: Tenant[],
  ) {
    this.byId = new Map(tenants.map((t) => [t.id, t]));
  }

  static fromFile(file?: string): TenantRegistry {
    const source = file && file.length > 0 ? file : path.join(__dirname, '..', 'tenants.json');
    const parsed = JSON.parse(readFileSync(source, 'utf8')) as { union?: unknown; tenants?: unknown };
    return TenantRegistry.fromJson(parsed, source);
  }

  static fromJson(parsed: { union?: unknown; tenants?: unknown }, source = 'tenants'): TenantRegistry {
    const union = parsed.union as { id?: unknown; name?: unknown } | undefined;
    if (!union || typeof union.id !== 'string' || typeof union.name !== 'string') {
      throw new Error(`${source}: "union" needs an id and a name`);
    }
    if (!Array.isArray(parsed.tenants) || parsed.tenants.length === 0) {
      throw new Error(`${source}: "tenants" must be a non-empty list`);
    }
    const tenants = parsed.tenants.map(
      (
        t: {
          id?: unknown;
          name?: unknown;
          webOrigins?: unknown;
          bookingConfirmation?: unknown;
          confirmWithinMinutes?: unknown;
        },
        i: number,
      ) => {
        if (typeof t.id !== 'string' || !ID.test(t.id))
          throw new Error(`${source}: tenants[${i}].id is not a slug`);
        if (typeof t.name !== 'string') throw new Error(`${source}: tenants[${i}].name is missing`);
        webOriginsOf(t.webOrigins, `${source}: tenants[${i}]`);
        if (
          t.bookingConfirmation !== undefined &&
          !(BOOKING_CONFIRMATION_MODES as readonly unknown[]).includes(t.bookingConfirmation)
        ) {
          throw new Error(`${source}: tenants[${i}].bookingConfirmation must be "immediate" or "link"`);
        }
        const within = t.confirmWithinMinutes;
        if (within !== undefined && (typeof within !== 'number' || !(within > 0) || within > 1440)) {
          throw new Error(
            `${source}: tenants[${i}].confirmWithinMinutes must be a number of minutes, more than 0 and at most 1440`,
          );
        }
        return { ...t, kind: 'municipality' } as Tenant;
      },
    );
    const u = union as { id: string; name: string; seat?: string; webOrigins?: unknown };
    if (!ID.test(u.id)) throw new Error(`${source}: union.id is not a slug`);
    const unionOrigins = webOriginsOf(u.webOrigins, `${source}: union`);
    return new TenantRegistry(u, [
      {
        id: u.id as TenantId,
        name: u.name,
        kind: 'union',
        ...(unionOrigins ? { webOrigins: unionOrigins } : {}),
      },
      ...tenants,
    ]);
  }

  list(): Tenant[] {
    return [...this.byId.values()];
  }

  municipalities(): Tenant[] {
    return this.list().filter((t) => t.kind === 'municipality');
  }

  /** Every tenant's web sites together (the public citizen endpoints serve the whole Union). */
  webOrigins(): string[] {
    return [...new Set(this.list().flatMap((t) => t.webOrigins ?? []))].sort();
  }

  ids(): TenantId[] {
    return [...this.byId.keys()] as TenantId[];
  }

  has(id: string): id is TenantId {
    return this.byId.has(id);
  }

  /** The tenant, or UnknownTenantError (→ 404). */
  get(id: string): Tenant {
    const t = this.byId.get(id);
    if (!t) throw new UnknownTenantError(id);
    return t;
  }

  /** Narrows a raw string to a TenantId or throws UnknownTenantError. */
  require(id: string): TenantId {
    return this.get(id).id;
  }
}

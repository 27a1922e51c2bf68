import { DataSource } from 'typeorm';
import { inUnionWideTransaction, ReferenceCache } from '@facile/platform/persistence';
import {
  OfferingSettings,
  SchedulingReader,
  SiteException,
  SiteOccupation,
  SiteView,
} from '@facile/scheduling/application';
import type { LocalInterval, OpeningHours, Procedure } from '@facile/scheduling/domain';
import { ACTIVE_STATUSES_SQL } from './booking.mapper';

interface SiteRow {
  id: string;
  tenant_id: string;
  name: string;
  kind: string;
  address: string | null;
  counters: number;
  serves_all_tenants: boolean;
  time_zone: string;
  opening_hours: OpeningHours;
}

const key = (...parts: (string | string[])[]): string =>
  parts.map((p) => (Array.isArray(p) ? [...p].sort().join(',') : p)).join('|');

/**
 * The reads behind availability: one indexed query each, whatever the number of sites. Sites, procedures,
 * offerings and closures change rarely and are read by every availability, hold and booking: they are kept in
 * a ReferenceCache (ADR 30), dropped at once by this process's own changes (`invalidate`); occupation never is.
 */
export class TypeOrmSchedulingReader extends SchedulingReader {
  private readonly cache: ReferenceCache;

  constructor(
    private readonly ds: DataSource,
    referenceCacheMs: number,
  ) {
    super();
    this.cache = new ReferenceCache(referenceCacheMs);
  }

  /**
   * The network's sites, every municipality's: an explicit union-wide read (the public site list, availability across
   * the network, an operator's site).
   */
  sites(): Promise<SiteView[]> {
    return this.cache.get('sites', () => this.readSites());
  }

  private readSites(): Promise<SiteView[]> {
    return inUnionWideTransaction(this.ds, (m) =>
      m.query<SiteRow[]>(
        `SELECT id, tenant_id, name, kind, address, counters, serves_all_tenants, time_zone, opening_hours FROM scheduling.sites ORDER BY id`,
      ),
    ).then((rows) =>
      rows.map((r) => ({
        id: r.id,
        tenant: r.tenant_id,
        name: r.name,
        kind: r.kind,
        address: r.address,
        counters: r.counters,
        servesAllTenants: r.serves_all_tenants,
        timeZone: r.time_zone,
        openingHours: r.opening_hours,
      })),
    );
  }

  invalidate(): void {
    this.cache.clear();
  }

  procedures(slugs: string[]): Promise<Procedure[]> {
    return this.cache.get(key('procedures', slugs), () => this.readProcedures(slugs));
  }

  private async readProcedures(slugs: string[]): Promise<Procedure[]> {
    const rows: {
      slug: string;
      version: number;
      status: Procedure['status'];
      title: string;
      bookable: boolean;
      walk_in: boolean;
      duration_minutes: number;
      offerings: Procedure['offerings'];
    }[] = await this.ds.query(
      `SELECT slug, version, status, title, bookable, walk_in, duration_minutes, offerings FROM scheduling.procedures WHERE slug = ANY($1)`,
      [slugs],
    );
    return rows.map((r) => ({
      slug: r.slug,
      version: r.version,
      status: r.status,
      title: r.title,
      bookable: r.bookable,
      walkIn: r.walk_in,
      durationMinutes: r.duration_minutes,
      offerings: r.offerings,
    }));
  }

  /** The sites' settings, whichever municipality owns each site: union-wide, like the sites themselves. */
  offerings(sites: string[], services: string[]): Promise<OfferingSettings[]> {
    return this.cache.get(key('offerings', sites, services), () => this.readOfferings(sites, services));
  }

  private async readOfferings(sites: string[], services: string[]): Promise<OfferingSettings[]> {
    const rows: {
      site_id: string;
      service: string;
      enabled: boolean;
      counters: number | null;
      duration_minutes: number | null;
      min_notice_minutes: number;
      max_days_ahead: number;
      tenants: string[] | null;
    }[] = await inUnionWideTransaction(this.ds, (m) =>
      m.query(
        `SELECT site_id, service, enabled, counters, duration_minutes, min_notice_minutes, max_days_ahead, tenants FROM scheduling.site_offerings WHERE site_id = ANY($1) AND service = ANY($2)`,
        [sites, services],
      ),
    );
    return rows.map((r) => ({
      site: r.site_id,
      service: r.service,
      enabled: r.enabled,
      counters: r.counters,
      durationMinutes: r.duration_minutes,
      minNoticeMinutes: r.min_notice_minutes,
      maxDaysAhead: r.max_days_ahead,
      tenants: r.tenants,
    }));
  }

  /** The sites' closures and other hours, whichever municipality owns each site: union-wide. */
  exceptions(sites: string[], from: string, to: string): Promise<SiteException[]> {
    return this.cache.get(key('exceptions', sites, from, to), () => this.readExceptions(sites, from, to));
  }

  private async readExceptions(sites: string[], from: string, to: string): Promise<SiteException[]> {
    const rows: { site_id: string; date: string; hours: LocalInterval[]; reason: string | null }[] =
      await inUnionWideTransaction(this.ds, (m) =>
        m.query(
          `SELECT site_id, to_char(date, 'YYYY-MM-DD') AS date, hours, reason FROM scheduling.site_exceptions WHERE site_id = ANY($1) AND date BETWEEN $2::date AND $3::date`,
          [sites, from, to],
        ),
      );
    return rows.map((r) => ({ site: r.site_id, date: r.date, hours: r.hours, reason: r.reason }));
  }

  /** Counters taken at these sites in the window, by any municipality: an explicit union-wide read. */
  occupied(sites: string[], from: Date, to: Date, exceptHold?: string): Promise<SiteOccupation[]> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const rows: { site_id: string; counter: number; s: string; e: string }[] = await m.query(
        `SELECT site_id, counter, (extract(epoch FROM start_at) * 1000)::bigint AS s, (extract(epoch FROM end_at) * 1000)::bigint AS e
           FROM scheduling.bookings
          WHERE site_id = ANY($1) AND start_at < $3 AND end_at > $2 AND status IN ${ACTIVE_STATUSES_SQL}
         UNION ALL
         SELECT site_id, counter, (extract(epoch FROM start_at) * 1000)::bigint, (extract(epoch FROM end_at) * 1000)::bigint
           FROM scheduling.holds
          WHERE site_id = ANY($1) AND start_at < $3 AND end_at > $2 AND expires_at > now() AND id IS DISTINCT FROM $4::uuid`,
        [sites, from, to, exceptHold ?? null],
      );
      return rows.map((r) => ({ site: r.site_id, counter: r.counter, start: Number(r.s), end: Number(r.e) }));
    });
  }
}

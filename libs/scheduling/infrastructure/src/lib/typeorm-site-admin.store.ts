import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError } from '@facile/platform/errors';
import { OutboxWriter } from '@facile/platform/messaging';
import {
  inTransactionOfTenant,
  inUnionWideTransaction,
  narrowTransactionToTenant,
} from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
import {
  BookingView,
  ClosureInput,
  OfferingSettings,
  OwnedSite,
  SchedulingReader,
  SiteAdminStore,
  SiteChange,
  SiteView,
} from '@facile/scheduling/application';
import type { OpeningHours } from '@facile/scheduling/domain';
import {
  ACTIVE_STATUSES_SQL,
  BOOKING_COLUMNS,
  BookingRow,
  toBookingState,
  toStoredBooking,
} from './booking.mapper';
import { TypeOrmSchedulingReader } from './typeorm-scheduling.reader';

const COLUMN_OF: Record<keyof SiteChange, string> = {
  name: 'name',
  kind: 'kind',
  address: 'address',
  counters: 'counters',
  servesAllTenants: 'serves_all_tenants',
  openingHours: 'opening_hours',
};

@Injectable()
export class TypeOrmSiteAdminStore extends SiteAdminStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reader: SchedulingReader,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  private changed(): void {
    if (this.reader instanceof TypeOrmSchedulingReader) this.reader.invalidate();
  }

  /** In the site's municipality's transaction: row-level security refuses a site of another. */
  private asOwner<T>(tenant: string, fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return inTransactionOfTenant(this.ds, tenant as TenantId, fn);
  }

  async setOpeningHours(site: OwnedSite, hours: OpeningHours): Promise<void> {
    await this.asOwner(site.tenant, (m) =>
      m.query(`UPDATE scheduling.sites SET opening_hours = $2, updated_at = now() WHERE id = $1`, [
        site.id,
        JSON.stringify(hours),
      ]),
    );
    this.changed();
  }

  /**
   * The closure, the bookings it affects and their events commit together: no closure without its notices. Union-wide:
   * the bookings at a site are of citizens of every municipality, and each notice is its booking's municipality's.
   */
  async putClosure(c: ClosureInput): Promise<BookingView[]> {
    const affected = await inUnionWideTransaction(this.ds, async (m) => {
      const rows: BookingRow[] = await m.query(
        `SELECT ${BOOKING_COLUMNS} FROM scheduling.bookings WHERE site_id = $1 AND start_at >= $2 AND start_at < $3
           AND status IN ('booked', 'checked-in') ORDER BY start_at, counter`,
        [c.site, c.from, c.to],
      );
      const affected = rows.map(toStoredBooking).filter(c.affected);
      for (const b of affected) {
        await this.outbox.append(m, {
          type: c.event,
          aggregateType: 'booking',
          aggregateId: b.id,
          tenant: b.tenant,
          data: {
            ...toBookingState(b),
            closureDate: c.date,
            closureHours: c.hours,
            ...(c.reason ? { closureReason: c.reason } : {}),
          },
        });
      }
      // The closure itself is the site's municipality's row.
      await narrowTransactionToTenant(m, c.tenant as TenantId);
      await m.query(
        `INSERT INTO scheduling.site_exceptions (site_id, date, tenant_id, hours, reason) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site_id, date) DO UPDATE SET hours = EXCLUDED.hours, reason = EXCLUDED.reason`,
        [c.site, c.date, c.tenant, JSON.stringify(c.hours), c.reason],
      );
      return affected;
    });
    this.changed();
    return affected;
  }

  affectedByClosure(c: ClosureInput): Promise<BookingView[]> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const rows: BookingRow[] = await m.query(
        `SELECT ${BOOKING_COLUMNS} FROM scheduling.bookings WHERE site_id = $1 AND start_at >= $2 AND start_at < $3
           AND status IN ('booked', 'checked-in') ORDER BY start_at, counter`,
        [c.site, c.from, c.to],
      );
      return rows.map(toStoredBooking).filter(c.affected);
    });
  }

  async removeClosure(site: OwnedSite, date: string): Promise<boolean> {
    const [, removed]: [unknown, number] = await this.asOwner(site.tenant, (m) =>
      m.query(`DELETE FROM scheduling.site_exceptions WHERE site_id = $1 AND date = $2::date`, [
        site.id,
        date,
      ]),
    );
    this.changed();
    return removed > 0;
  }

  async putOffering(tenant: string, o: OfferingSettings): Promise<void> {
    await this.asOwner(tenant, (m) =>
      m.query(
        `INSERT INTO scheduling.site_offerings (site_id, service, tenant_id, enabled, counters, duration_minutes, min_notice_minutes, max_days_ahead, tenants)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (site_id, service) DO UPDATE SET enabled = EXCLUDED.enabled, counters = EXCLUDED.counters, duration_minutes = EXCLUDED.duration_minutes,
         min_notice_minutes = EXCLUDED.min_notice_minutes, max_days_ahead = EXCLUDED.max_days_ahead, tenants = EXCLUDED.tenants`,
        [
          o.site,
          o.service,
          tenant,
          o.enabled,
          o.counters,
          o.durationMinutes,
          o.minNoticeMinutes,
          o.maxDaysAhead,
          o.tenants,
        ],
      ),
    );
    this.changed();
  }

  async createSite(s: SiteView): Promise<void> {
    try {
      await this.asOwner(s.tenant, (m) =>
        m.query(
          `INSERT INTO scheduling.sites (id, tenant_id, name, kind, address, counters, serves_all_tenants, time_zone, opening_hours)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            s.id,
            s.tenant,
            s.name,
            s.kind,
            s.address,
            s.counters,
            s.servesAllTenants,
            s.timeZone,
            JSON.stringify(s.openingHours),
          ],
        ),
      );
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505')
        throw new ConflictError(`A site '${s.id}' exists`, 'duplicate-site');
      throw e;
    }
    this.changed();
  }

  /**
   * Union-wide for the check (the counters in use are those of every municipality's bookings at the site), narrowed
   * to the site's municipality for the write.
   */
  async updateSite(site: OwnedSite, change: SiteChange, now: Date): Promise<void> {
    const id = site.id;
    await inUnionWideTransaction(this.ds, async (m) => {
      await m.query(`SELECT 1 FROM scheduling.sites WHERE id = $1 FOR UPDATE`, [id]);
      if (change.counters !== undefined) {
        // Bookings take counters under the exclusion constraint; fewer counters than in use would strand them.
        const [used] = await m.query(
          `SELECT coalesce(max(counter), 0)::int AS n FROM scheduling.bookings WHERE site_id = $1 AND status IN ${ACTIVE_STATUSES_SQL} AND end_at > $2`,
          [id, now],
        );
        if (used.n > change.counters)
          throw new ConflictError(
            `Counter ${used.n} has active bookings: the site needs at least ${used.n} counters`,
            'counters-in-use',
          );
      }
      const keys = (Object.keys(change) as (keyof SiteChange)[]).filter((k) => change[k] !== undefined);
      if (keys.length === 0) return;
      await narrowTransactionToTenant(m, site.tenant as TenantId);
      const values = keys.map((k) => (k === 'openingHours' ? JSON.stringify(change[k]) : change[k]));
      await m.query(
        `UPDATE scheduling.sites SET ${keys.map((k, i) => `${COLUMN_OF[k]} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
        [id, ...values],
      );
    });
    this.changed();
  }
}

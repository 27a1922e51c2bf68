import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OfferingSettings, SchedulingReader, SiteAdminStore } from '@facile/scheduling/application';
import type { LocalInterval, OpeningHours } from '@facile/scheduling/domain';
import { TypeOrmSchedulingReader } from './typeorm-scheduling.reader';

@Injectable()
export class TypeOrmSiteAdminStore extends SiteAdminStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reader: SchedulingReader,
  ) {
    super();
  }

  private changed(): void {
    if (this.reader instanceof TypeOrmSchedulingReader) this.reader.invalidate();
  }

  async setOpeningHours(site: string, hours: OpeningHours): Promise<void> {
    await this.ds.query(`UPDATE scheduling.sites SET opening_hours = $2, updated_at = now() WHERE id = $1`, [site, JSON.stringify(hours)]);
    this.changed();
  }

  async putException(site: string, tenant: string, date: string, hours: LocalInterval[], reason: string | null): Promise<void> {
    await this.ds.query(
      `INSERT INTO scheduling.site_exceptions (site_id, date, tenant_id, hours, reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (site_id, date) DO UPDATE SET hours = EXCLUDED.hours, reason = EXCLUDED.reason`,
      [site, date, tenant, JSON.stringify(hours), reason],
    );
  }

  async putOffering(tenant: string, o: OfferingSettings): Promise<void> {
    await this.ds.query(
      `INSERT INTO scheduling.site_offerings (site_id, service, tenant_id, enabled, counters, duration_minutes, min_notice_minutes, max_days_ahead, tenants)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (site_id, service) DO UPDATE SET enabled = EXCLUDED.enabled, counters = EXCLUDED.counters, duration_minutes = EXCLUDED.duration_minutes,
         min_notice_minutes = EXCLUDED.min_notice_minutes, max_days_ahead = EXCLUDED.max_days_ahead, tenants = EXCLUDED.tenants`,
      [o.site, o.service, tenant, o.enabled, o.counters, o.durationMinutes, o.minNoticeMinutes, o.maxDaysAhead, o.tenants],
    );
  }
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** How a site offers a procedure; no row = offered with the site's defaults. */
@Entity({ name: 'site_offerings' })
@Index('IDX_site_offerings_tenant', ['tenantId', 'siteId'])
export class SiteOfferingRecord {
  @PrimaryColumn('text', { name: 'site_id' }) siteId!: string;
  @PrimaryColumn('text') service!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('boolean') enabled!: boolean;
  @Column('int', { nullable: true }) counters!: number | null;
  @Column('int', { name: 'duration_minutes', nullable: true }) durationMinutes!: number | null;
  @Column('int', { name: 'min_notice_minutes' }) minNoticeMinutes!: number;
  @Column('int', { name: 'max_days_ahead' }) maxDaysAhead!: number;
  @Column('text', { array: true, nullable: true }) tenants!: string[] | null;
}

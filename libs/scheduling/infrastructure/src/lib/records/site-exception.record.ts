import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LocalInterval } from '@facile/scheduling/domain';

/** A per-date exception of a site: other hours that day, or closed (`hours = []`). */
@Entity({ name: 'site_exceptions' })
@Index('IDX_site_exceptions_tenant', ['tenantId', 'siteId', 'date'])
export class SiteExceptionRecord {
  @PrimaryColumn('text', { name: 'site_id' }) siteId!: string;
  @PrimaryColumn('date') date!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('jsonb') hours!: LocalInterval[];
  @Column('text', { nullable: true }) reason!: string | null;
}

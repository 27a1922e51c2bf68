import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OpeningHours } from '@facile/scheduling/domain';

/** A desk of the network. Network configuration read union-wide (availability spans every municipality). */
@Entity({ name: 'sites' })
@Index('IDX_sites_tenant', ['tenantId', 'id'])
export class SiteRecord {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text') name!: string;
  @Column('text') kind!: string;
  @Column('text', { nullable: true }) address!: string | null;
  @Column('int') counters!: number;
  @Column('boolean', { name: 'serves_all_tenants' }) servesAllTenants!: boolean;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('jsonb', { name: 'opening_hours' }) openingHours!: OpeningHours;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}

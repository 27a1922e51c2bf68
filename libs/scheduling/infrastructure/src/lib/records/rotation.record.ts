import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The shared calendar: a resource's recurring presence at a site (RRULE). Union-wide network data. */
@Entity({ name: 'rotations' })
@Index('IDX_rotations_tenant_resource', ['tenantId', 'resource'])
export class RotationRecord {
  @PrimaryColumn('text') id!: string;
  /** The municipality of the site (who may change it with the union). */
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text') resource!: string;
  @Column('text', { name: 'site_id' }) siteId!: string;
  @Column('text') rrule!: string;
  @Column('text', { name: 'from_time' }) fromTime!: string;
  @Column('text', { name: 'to_time' }) toTime!: string;
  @Column('int') counters!: number;
  @Column('date', { name: 'valid_from' }) validFrom!: string;
  /** Procedures delivered on these dates and hours (only then at this site). */
  @Column('text', { array: true, default: () => "'{}'" }) services!: string[];
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}

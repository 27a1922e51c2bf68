import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Tenant-owned: one municipality's offering of a procedure (row-level security by tenant_id). */
@Entity({ name: 'offerings' })
export class OfferingRecord {
  @PrimaryColumn('text', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text') slug!: string;
  @Column('boolean') enabled!: boolean;
  @Column('int', { name: 'fee_cents' }) feeCents!: number;
  @Column('text', { name: 'online_url', nullable: true }) onlineUrl!: string | null;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('int', { name: 'duration_minutes', nullable: true }) durationMinutes!: number | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One facilitation for the regional and PNRR monitoring: anonymised attributes only, with no link to the
 * case (so no path back to a person) — the purge of personal data leaves it untouched.
 */
@Entity({ name: 'facilitations' })
@Index('IDX_facilitations_tenant_recorded', ['tenantId', 'recordedAt'])
export class FacilitationRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text') topic!: string;
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('text', { name: 'activity_type' }) activityType!: string;
  @Column('text', { name: 'age_band' }) ageBand!: string;
  @Column('text') gender!: string;
  @Column('text') education!: string;
  @Column('text') employment!: string;
  @Column('text', { name: 'service_area' }) serviceArea!: string;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
}

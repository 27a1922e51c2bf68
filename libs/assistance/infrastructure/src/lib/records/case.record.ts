import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CaseStatus, ChecklistItem } from '@facile/assistance/domain';

/** A citizen's assistance case. Personal data columns are nulled by the purge once the case is closed long enough. */
@Entity({ name: 'cases' })
@Index('UQ_cases_code', ['code'], { unique: true })
@Index('IDX_cases_tenant_status', ['tenantId', 'status', 'createdAt'])
@Index('IDX_cases_tenant_closed', ['tenantId', 'closedAt'])
export class CaseRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text') code!: string;
  @Column('text', { name: 'manage_token_hash' }) manageTokenHash!: string;
  @Column('text') topic!: string;
  @Column('text') channel!: string;
  @Column('text') status!: CaseStatus;
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('text', { name: 'booking_code', nullable: true }) bookingCode!: string | null;
  @Column('int', { name: 'no_shows', default: 0 }) noShows!: number;
  @Column('jsonb') checklist!: ChecklistItem[];
  @Column('jsonb') missing!: string[];
  @Column('jsonb', { name: 'next_steps' }) nextSteps!: string[];
  @Column('text', { name: 'first_name', nullable: true }) firstName!: string | null;
  @Column('text', { name: 'last_name', nullable: true }) lastName!: string | null;
  @Column('text', { name: 'fiscal_code', nullable: true }) fiscalCode!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('int', { name: 'birth_year', nullable: true }) birthYear!: number | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { name: 'purged_at', nullable: true }) purgedAt!: Date | null;
}

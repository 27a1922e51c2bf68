import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, PrimaryColumn } from 'typeorm';
import type { BookingStatus } from '@facile/scheduling/domain';

/**
 * A booking holds one counter of a site over [start, end). The exclusion constraint is the capacity
 * guarantee: two active bookings (pending ones included) never overlap on the same counter, whatever the concurrency.
 */
@Entity({ name: 'bookings' })
@Exclusion(
  'EX_bookings_counter',
  `USING gist ("site_id" WITH =, "counter" WITH =, tstzrange("start_at", "end_at") WITH &&) WHERE ("status" IN ('pending', 'booked', 'checked-in'))`,
)
@Check('CHK_bookings_note_length', `char_length("note") <= 200`)
@Index('IDX_bookings_pending', ['confirmBy'], { where: `"status" = 'pending'` })
@Index('IDX_bookings_tenant_created', ['tenantId', 'createdAt'])
@Index('IDX_bookings_site_start', ['siteId', 'startAt'])
@Index('UQ_bookings_code', ['code'], { unique: true })
@Index('UQ_bookings_idempotency', ['idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
export class BookingRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text') code!: string;
  @Column('text', { name: 'manage_token_hash' }) manageTokenHash!: string;
  @Column('text', { array: true }) services!: string[];
  @Column('text', { name: 'site_id' }) siteId!: string;
  @Column('int') counter!: number;
  @Column('timestamptz', { name: 'start_at' }) startAt!: Date;
  @Column('timestamptz', { name: 'end_at' }) endAt!: Date;
  @Column('text') status!: BookingStatus;
  @Column('int') sequence!: number;
  @Column('text', { name: 'case_code', nullable: true }) caseCode!: string | null;
  @Column('text', { name: 'first_name' }) firstName!: string;
  @Column('text', { name: 'last_name' }) lastName!: string;
  @Column('text', { name: 'fiscal_code' }) fiscalCode!: string;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { nullable: true }) locale!: 'it' | 'en' | null;
  /** The citizen's note to the desk (≤ 200 characters); personal free text, never in events. */
  @Column('text', { nullable: true }) note!: string | null;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey!: string | null;
  @Column('text', { name: 'request_hash', nullable: true }) requestHash!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  /** Confirm-by-link mode: a pending booking not confirmed by then is released (ADR 0019). */
  @Column('timestamptz', { name: 'confirm_by', nullable: true }) confirmBy!: Date | null;
}

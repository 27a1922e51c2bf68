import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The deliveries the worker may claim now or later: messages waiting, and whatever waits for a retry (a reminder
 * waits for its job until then). The claim's condition and its index's predicate, the same text.
 */
export const SENDABLE = `status IN ('queued', 'retrying') AND (kind <> 'reminder' OR status = 'retrying')`;

/**
 * One message to one recipient on one channel for one source event: the unique key makes a redelivered event
 * produce no second message. The rendered content is stored so the worker sends exactly what was decided.
 */
@Entity({ name: 'deliveries' })
@Index('uq_deliveries_source', ['sourceEventId', 'kind', 'channel', 'recipient'], { unique: true })
@Index('ix_deliveries_booking', ['tenantId', 'bookingRef', 'kind'])
@Index('ix_deliveries_tenant_status', ['tenantId', 'status', 'createdAt'])
@Index('ix_deliveries_due', ['status', 'nextAttemptAt'])
@Index('ix_deliveries_sendable', ['nextAttemptAt'], { where: SENDABLE })
export class NotificationDeliveryRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { name: 'source_event_id' }) sourceEventId!: string;
  @Column('text', { name: 'source_event_type' }) sourceEventType!: string;
  /** `message` (sent as soon as possible) or `reminder` (due before the appointment; moved or suppressed by later events). */
  @Column('text') kind!: string;
  @Column('text') channel!: string;
  @Column('text') recipient!: string;
  @Column('text') locale!: string;
  @Column('text') status!: string;
  @Column('int', { default: 0 }) attempts!: number;
  @Column('text', { name: 'provider_id', nullable: true }) providerId!: string | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('text', { name: 'booking_ref', nullable: true }) bookingRef!: string | null;
  @Column('text', { name: 'case_ref', nullable: true }) caseRef!: string | null;
  @Column('text') subject!: string;
  @Column('text') body!: string;
  @Column('text', { nullable: true }) calendar!: string | null;
  /** The start of the appointment the message is about (App IO's `due_date`); null when there is none to attend. */
  @Column('timestamptz', { name: 'appointment_at', nullable: true }) appointmentAt!: Date | null;
  @Column('timestamptz', { name: 'next_attempt_at' }) nextAttemptAt!: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A pending event, written in the same transaction as the change it reports (Debezium-compatible columns). */
@Entity({ name: 'outbox' })
@Index('outbox_unpublished_idx', ['seq'], { where: 'published_at IS NULL' })
export class OutboxEntry {
  @PrimaryColumn('uuid') id!: string;
  /** Publication order within the service. */
  @Column({ type: 'bigint', generated: 'increment', unique: true }) seq!: string;
  @Column('text') aggregatetype!: string;
  @Column('text') aggregateid!: string;
  @Column('text') type!: string;
  @Column('jsonb') payload!: object;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { nullable: true }) traceparent!: string | null;
  @Column('text') topic!: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
}

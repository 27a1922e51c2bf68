import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer has applied: the row is written with the effects, so a redelivery has none. */
@Entity({ name: 'inbox' })
export class InboxEntry {
  @PrimaryColumn('text') consumer!: string;
  @PrimaryColumn('text', { name: 'event_id' }) eventId!: string;
  @Column('text', { name: 'event_type' }) eventType!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'received_at' }) receivedAt!: Date;
}

import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A recipient who asked for no more messages from a municipality on a channel. */
@Entity({ name: 'opt_outs' })
export class OptOutRecord {
  @PrimaryColumn('text', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text') channel!: string;
  @PrimaryColumn('text') recipient!: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}

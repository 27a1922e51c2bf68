import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A slot kept for a few minutes; it stops counting once `expires_at` is past (checked when reading). */
@Entity({ name: 'holds' })
@Index('IDX_holds_tenant', ['tenantId', 'expiresAt'])
@Index('IDX_holds_site_start', ['siteId', 'startAt'])
@Index('IDX_holds_client', ['clientKey', 'expiresAt'], { where: '"client_key" IS NOT NULL' })
export class HoldRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { array: true }) services!: string[];
  @Column('text', { name: 'site_id' }) siteId!: string;
  @Column('int') counter!: number;
  @Column('timestamptz', { name: 'start_at' }) startAt!: Date;
  @Column('timestamptz', { name: 'end_at' }) endAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  /** When the hold was taken: an extension never goes past a maximum lifetime from then. */
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  /** A digest of the client address that took it (open holds are limited per address); null when not limited. */
  @Column('text', { name: 'client_key', nullable: true }) clientKey!: string | null;
}

import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A municipality's replacement of a default template. */
@Entity({ name: 'template_overrides' })
export class TemplateOverrideRecord {
  @PrimaryColumn('text', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text', { name: 'event_type' }) eventType!: string;
  @PrimaryColumn('text') channel!: string;
  @PrimaryColumn('text') locale!: string;
  @Column('text') subject!: string;
  @Column('text') body!: string;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}

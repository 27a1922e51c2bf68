import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ServiceCardSections, ServiceStatus } from '@facile/catalogue/domain';

/** Union-owned: the shared definition of a procedure. */
@Entity({ name: 'services' })
export class ServiceRecord {
  @PrimaryColumn('text') slug!: string;
  @Column('int') version!: number;
  @Column('text') status!: ServiceStatus;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column('text') category!: string;
  @Column('text', { array: true, name: 'life_events' }) lifeEvents!: string[];
  @Column('text', { array: true }) keywords!: string[];
  @Column('boolean') bookable!: boolean;
  @Column('boolean', { name: 'walk_in' }) walkIn!: boolean;
  @Column('int', { name: 'duration_minutes' }) durationMinutes!: number;
  @Column('jsonb') sections!: ServiceCardSections;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
  /** Municipalities offering the card (denormalized from offerings, written with them) for one-table search. */
  @Column('text', { array: true, name: 'enabled_tenants', default: () => "'{}'" }) enabledTenants!: string[];
  /** Kept by the trigger of migration 1764180000100; GIN-indexed (full text). */
  @Index('IDX_services_search_document', { synchronize: false })
  @Column({
    type: 'tsvector',
    name: 'search_document',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchDocument!: string | null;
  /** Kept by the same trigger: unaccented lowercase title, GIN-indexed (trigrams). */
  @Index('IDX_services_search_title', { synchronize: false })
  @Column({ type: 'text', name: 'search_title', nullable: true, select: false, insert: false, update: false })
  searchTitle!: string | null;
}

import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
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
}

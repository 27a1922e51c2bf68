import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Procedure } from '@facile/scheduling/domain';

/** Projection of catalogue cards (union-wide data, not tenant-owned). */
@Entity({ name: 'procedures' })
export class ProcedureRecord {
  @PrimaryColumn('text') slug!: string;
  @Column('int') version!: number;
  @Column('text') status!: Procedure['status'];
  @Column('text') title!: string;
  @Column('boolean') bookable!: boolean;
  @Column('boolean', { name: 'walk_in' }) walkIn!: boolean;
  @Column('int', { name: 'duration_minutes' }) durationMinutes!: number;
  @Column('jsonb') offerings!: Procedure['offerings'];
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Every change of a case: from, to, who and when. */
@Entity({ name: 'case_transitions' })
@Index('IDX_case_transitions_tenant_case', ['tenantId', 'caseId', 'at'])
export class CaseTransitionRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text', { name: 'from_status' }) fromStatus!: string;
  @Column('text', { name: 'to_status' }) toStatus!: string;
  @Column('text') actor!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One procedure of a booking; the partial unique index is the per-person limit (one active per procedure). */
@Entity({ name: 'booking_services' })
@Index('IDX_booking_services_tenant', ['tenantId', 'bookingId'])
@Index('UQ_booking_services_person', ['fiscalCode', 'service'], { unique: true, where: '"active"' })
export class BookingServiceRecord {
  @PrimaryColumn('uuid', { name: 'booking_id' }) bookingId!: string;
  @PrimaryColumn('text') service!: string;
  @Column('text', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { name: 'fiscal_code' }) fiscalCode!: string;
  @Column('boolean') active!: boolean;
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The start of the appointment a delivery is about: App IO shows it as the message's due date (`due_date`). */
export class DeliveryAppointment1764180000340 implements MigrationInterface {
  name = 'DeliveryAppointment1764180000340';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications"."deliveries" ADD "appointment_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications"."deliveries" DROP COLUMN "appointment_at"`);
  }
}

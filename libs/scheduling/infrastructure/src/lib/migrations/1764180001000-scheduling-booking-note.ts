import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The citizen's note to the desk (issue 15, step "Dettagli"): at most 200 characters, for staff at the agenda. It is
 * personal free text: kept in the row only, never in the booking events.
 */
export class SchedulingBookingNote1764180001000 implements MigrationInterface {
  name = 'SchedulingBookingNote1764180001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "scheduling"."bookings" ADD "note" text CONSTRAINT "CHK_bookings_note_length" CHECK (char_length("note") <= 200)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."bookings" DROP COLUMN "note"`);
  }
}

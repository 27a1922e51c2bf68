import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confirm-by-link mode (ADR 0019): a booking may be `pending` until `confirm_by`, and a pending booking holds its
 * counter like a booked one, so the exclusion constraint's predicate takes it in. The partial index serves the sweep
 * that releases the unconfirmed ones.
 */
export class SchedulingPendingBookings1764180000900 implements MigrationInterface {
  name = 'SchedulingPendingBookings1764180000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."bookings" ADD "confirm_by" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "scheduling"."bookings" DROP CONSTRAINT "EX_bookings_counter"`);
    await q.query(
      `ALTER TABLE "scheduling"."bookings" ADD CONSTRAINT "EX_bookings_counter" EXCLUDE USING gist ("site_id" WITH =, "counter" WITH =, tstzrange("start_at", "end_at") WITH &&) WHERE ("status" IN ('pending', 'booked', 'checked-in'))`,
    );
    await q.query(
      `CREATE INDEX "IDX_bookings_pending" ON "scheduling"."bookings" ("confirm_by") WHERE "status" = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "scheduling"."IDX_bookings_pending"`);
    await q.query(`ALTER TABLE "scheduling"."bookings" DROP CONSTRAINT "EX_bookings_counter"`);
    await q.query(
      `ALTER TABLE "scheduling"."bookings" ADD CONSTRAINT "EX_bookings_counter" EXCLUDE USING gist ("site_id" WITH =, "counter" WITH =, tstzrange("start_at", "end_at") WITH &&) WHERE ("status" IN ('booked', 'checked-in'))`,
    );
    await q.query(`ALTER TABLE "scheduling"."bookings" DROP COLUMN "confirm_by"`);
  }
}

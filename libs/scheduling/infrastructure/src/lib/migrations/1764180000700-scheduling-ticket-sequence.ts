import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tickets keep the counter value their number was made from (`seq`: A007 → 7). Calls follow it within a service
 * group: the issue time is read before the number is taken, so two tickets taken at the same moment could carry
 * issue times in the opposite order of their numbers, and A006 was called before A001.
 */
export class SchedulingTicketSequence1764180000700 implements MigrationInterface {
  name = 'SchedulingTicketSequence1764180000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."tickets" ADD "seq" integer`);
    await q.query(`UPDATE "scheduling"."tickets" SET "seq" = substring("number" from 2)::integer`);
    await q.query(`ALTER TABLE "scheduling"."tickets" ALTER COLUMN "seq" SET NOT NULL`);
    await q.query(`DROP INDEX "scheduling"."IDX_tickets_waiting"`);
    await q.query(
      `CREATE INDEX "IDX_tickets_waiting" ON "scheduling"."tickets" ("site_id", "day", "letter", "seq") WHERE "status" = 'waiting'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "scheduling"."IDX_tickets_waiting"`);
    await q.query(
      `CREATE INDEX "IDX_tickets_waiting" ON "scheduling"."tickets" ("site_id", "issued_at") WHERE "status" = 'waiting'`,
    );
    await q.query(`ALTER TABLE "scheduling"."tickets" DROP COLUMN "seq"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tickets in the statistics remember their display number: how a ticket ended (served or missed) arrives on
 * the event of the next call at the same counter, which names it by number (unique per site and day). The
 * outcome is kept on its own, latest report first, because it may arrive before the ticket's own events
 * (another ticket, another partition).
 */
export class SchedulingStatisticsTicketNumbers1764180000601 implements MigrationInterface {
  name = 'SchedulingStatisticsTicketNumbers1764180000601';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."stats_tickets" ADD "number" text`);
    await q.query(
      `CREATE INDEX "IDX_stats_tickets_number" ON "scheduling"."stats_tickets" ("site", "day", "number")`,
    );
    await q.query(`CREATE TABLE "scheduling"."stats_ticket_outcomes" (
      "site" text NOT NULL, "day" date NOT NULL, "number" text NOT NULL, "outcome" text NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_stats_ticket_outcomes" PRIMARY KEY ("site", "day", "number"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "scheduling"."stats_ticket_outcomes"`);
    await q.query(`DROP INDEX "scheduling"."IDX_stats_tickets_number"`);
    await q.query(`ALTER TABLE "scheduling"."stats_tickets" DROP COLUMN "number"`);
  }
}

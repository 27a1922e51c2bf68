import { MigrationInterface, QueryRunner } from 'typeorm';

/** Holds remember (as a digest) the client address that took them: open holds are limited per address (ADR 0019). */
export class SchedulingHoldClients1764180000800 implements MigrationInterface {
  name = 'SchedulingHoldClients1764180000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."holds" ADD "client_key" text`);
    await q.query(
      `CREATE INDEX "IDX_holds_client" ON "scheduling"."holds" ("client_key", "expires_at") WHERE "client_key" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "scheduling"."IDX_holds_client"`);
    await q.query(`ALTER TABLE "scheduling"."holds" DROP COLUMN "client_key"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a hold was taken: extending it while the form is filled is bounded by a maximum lifetime from then. */
export class SchedulingHoldCreated1764180001100 implements MigrationInterface {
  name = 'SchedulingHoldCreated1764180001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "scheduling"."holds" ADD "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."holds" DROP COLUMN "created_at"`);
  }
}

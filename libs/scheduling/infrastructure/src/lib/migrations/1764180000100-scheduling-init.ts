import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTablesV1 } from '@facile/platform/messaging';

export class SchedulingInit1764180000100 implements MigrationInterface {
  name = 'SchedulingInit1764180000100';

  async up(q: QueryRunner): Promise<void> {
    await createMessagingTablesV1(q, 'scheduling');
    await q.query(`CREATE TABLE "scheduling"."procedures" (
      "slug" text NOT NULL,
      "version" integer NOT NULL,
      "status" text NOT NULL,
      "title" text NOT NULL,
      "bookable" boolean NOT NULL,
      "walk_in" boolean NOT NULL,
      "duration_minutes" integer NOT NULL,
      "offerings" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_procedures" PRIMARY KEY ("slug"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "scheduling"."procedures"`);
    await q.query(`DROP TABLE "scheduling"."inbox"`);
    await q.query(`DROP TABLE "scheduling"."outbox"`);
  }
}

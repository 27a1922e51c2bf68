import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which procedures a rotation delivers: at a site where a resource rotates, those procedures are offered on the
 * rotation's dates and hours only. The Digitale Facile team's rotations deliver one-to-one digital facilitation.
 */
export class SchedulingRotationServices1764180000400 implements MigrationInterface {
  name = 'SchedulingRotationServices1764180000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."rotations" ADD "services" text array NOT NULL DEFAULT '{}'`);
    await q.query(
      `UPDATE "scheduling"."rotations" SET "services" = ARRAY['facilitazione-digitale-individuale'] WHERE "resource" = 'digitale-facile-team'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "scheduling"."rotations" DROP COLUMN "services"`);
  }
}

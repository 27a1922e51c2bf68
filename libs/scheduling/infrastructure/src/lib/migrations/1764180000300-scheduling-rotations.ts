import { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared calendar (rotations of the Digitale Facile team). */
export class SchedulingRotations1764180000300 implements MigrationInterface {
  name = 'SchedulingRotations1764180000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "scheduling"."rotations" (
      "id" text NOT NULL, "tenant_id" text NOT NULL, "resource" text NOT NULL, "site_id" text NOT NULL, "rrule" text NOT NULL,
      "from_time" text NOT NULL, "to_time" text NOT NULL, "counters" integer NOT NULL, "valid_from" date NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_rotations" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "IDX_rotations_tenant_resource" ON "scheduling"."rotations" ("tenant_id", "resource")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "scheduling"."rotations"`);
  }
}

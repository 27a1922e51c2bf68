import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRowLevelSecurity } from '@facile/platform/persistence';

/** Cases, their transitions, and the anonymised facilitation records kept apart from personal data. */
export class AssistanceCases1764180000300 implements MigrationInterface {
  name = 'AssistanceCases1764180000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "assistance"."cases" (
      "id" uuid NOT NULL, "tenant_id" text NOT NULL, "code" text NOT NULL, "manage_token_hash" text NOT NULL,
      "topic" text NOT NULL, "channel" text NOT NULL, "status" text NOT NULL, "outcome" text, "booking_code" text,
      "no_shows" integer NOT NULL DEFAULT 0, "checklist" jsonb NOT NULL, "missing" jsonb NOT NULL, "next_steps" jsonb NOT NULL,
      "first_name" text, "last_name" text, "fiscal_code" text, "email" text, "phone" text, "birth_year" integer,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "closed_at" TIMESTAMP WITH TIME ZONE, "purged_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_cases" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_cases_code" ON "assistance"."cases" ("code")`);
    await q.query(
      `CREATE INDEX "IDX_cases_tenant_status" ON "assistance"."cases" ("tenant_id", "status", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_cases_tenant_closed" ON "assistance"."cases" ("tenant_id", "closed_at")`,
    );
    await enableTenantRowLevelSecurity(q, 'assistance', 'cases');

    await q.query(`CREATE TABLE "assistance"."case_transitions" (
      "id" uuid NOT NULL, "tenant_id" text NOT NULL, "case_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL,
      "actor" text NOT NULL, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_case_transitions" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "IDX_case_transitions_tenant_case" ON "assistance"."case_transitions" ("tenant_id", "case_id", "at")`,
    );
    await enableTenantRowLevelSecurity(q, 'assistance', 'case_transitions');

    await q.query(`CREATE TABLE "assistance"."facilitations" (
      "id" uuid NOT NULL, "tenant_id" text NOT NULL, "topic" text NOT NULL, "outcome" text, "activity_type" text NOT NULL,
      "age_band" text NOT NULL, "gender" text NOT NULL, "education" text NOT NULL, "employment" text NOT NULL,
      "service_area" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_facilitations" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "IDX_facilitations_tenant_recorded" ON "assistance"."facilitations" ("tenant_id", "recorded_at")`,
    );
    await enableTenantRowLevelSecurity(q, 'assistance', 'facilitations');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['facilitations', 'case_transitions', 'cases'])
      await q.query(`DROP TABLE "assistance"."${t}"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTablesV1 } from '@facile/platform/messaging';
import { enableTenantRowLevelSecurity } from '@facile/platform/persistence';

export class CatalogueInit1764180000000 implements MigrationInterface {
  name = 'CatalogueInit1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await createMessagingTablesV1(q, 'catalogue');
    await q.query(`CREATE TABLE "catalogue"."services" (
      "slug" text NOT NULL,
      "version" integer NOT NULL,
      "status" text NOT NULL,
      "title" text NOT NULL,
      "summary" text NOT NULL,
      "category" text NOT NULL,
      "life_events" text array NOT NULL,
      "keywords" text array NOT NULL,
      "bookable" boolean NOT NULL,
      "walk_in" boolean NOT NULL,
      "duration_minutes" integer NOT NULL,
      "sections" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_services" PRIMARY KEY ("slug"))`);
    await q.query(`CREATE TABLE "catalogue"."offerings" (
      "tenant_id" text NOT NULL,
      "slug" text NOT NULL,
      "enabled" boolean NOT NULL,
      "fee_cents" integer NOT NULL,
      "online_url" text,
      "notes" text,
      "duration_minutes" integer,
      CONSTRAINT "PK_offerings" PRIMARY KEY ("tenant_id", "slug"))`);
    await enableTenantRowLevelSecurity(q, 'catalogue', 'offerings');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "catalogue"."offerings"`);
    await q.query(`DROP TABLE "catalogue"."services"`);
    await q.query(`DROP TABLE "catalogue"."inbox"`);
    await q.query(`DROP TABLE "catalogue"."outbox"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRowLevelSecurity } from '@facile/platform/persistence';

/** Sites, per-date exceptions, offerings, bookings (capacity by exclusion constraint), holds. */
export class SchedulingSitesBookings1764180000200 implements MigrationInterface {
  name = 'SchedulingSitesBookings1764180000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE TABLE "scheduling"."sites" (
      "id" text NOT NULL, "tenant_id" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "address" text,
      "counters" integer NOT NULL, "serves_all_tenants" boolean NOT NULL, "time_zone" text NOT NULL,
      "opening_hours" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_sites" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_sites_tenant" ON "scheduling"."sites" ("tenant_id", "id")`);

    await q.query(`CREATE TABLE "scheduling"."site_exceptions" (
      "site_id" text NOT NULL, "date" date NOT NULL, "tenant_id" text NOT NULL, "hours" jsonb NOT NULL, "reason" text,
      CONSTRAINT "PK_site_exceptions" PRIMARY KEY ("site_id", "date"))`);
    await q.query(
      `CREATE INDEX "IDX_site_exceptions_tenant" ON "scheduling"."site_exceptions" ("tenant_id", "site_id", "date")`,
    );

    await q.query(`CREATE TABLE "scheduling"."site_offerings" (
      "site_id" text NOT NULL, "service" text NOT NULL, "tenant_id" text NOT NULL, "enabled" boolean NOT NULL,
      "counters" integer, "duration_minutes" integer, "min_notice_minutes" integer NOT NULL, "max_days_ahead" integer NOT NULL,
      "tenants" text array, CONSTRAINT "PK_site_offerings" PRIMARY KEY ("site_id", "service"))`);
    await q.query(
      `CREATE INDEX "IDX_site_offerings_tenant" ON "scheduling"."site_offerings" ("tenant_id", "site_id")`,
    );

    await q.query(`CREATE TABLE "scheduling"."bookings" (
      "id" uuid NOT NULL, "tenant_id" text NOT NULL, "code" text NOT NULL, "manage_token_hash" text NOT NULL,
      "services" text array NOT NULL, "site_id" text NOT NULL, "counter" integer NOT NULL,
      "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL,
      "sequence" integer NOT NULL, "case_code" text, "first_name" text NOT NULL, "last_name" text NOT NULL,
      "fiscal_code" text NOT NULL, "email" text, "phone" text, "locale" text, "idempotency_key" text, "request_hash" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_bookings" PRIMARY KEY ("id"),
      CONSTRAINT "EX_bookings_counter" EXCLUDE USING gist ("site_id" WITH =, "counter" WITH =, tstzrange("start_at", "end_at") WITH &&) WHERE ("status" IN ('booked', 'checked-in')))`);
    await q.query(
      `CREATE INDEX "IDX_bookings_tenant_created" ON "scheduling"."bookings" ("tenant_id", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_bookings_site_start" ON "scheduling"."bookings" ("site_id", "start_at")`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_bookings_code" ON "scheduling"."bookings" ("code")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_bookings_idempotency" ON "scheduling"."bookings" ("idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await enableTenantRowLevelSecurity(q, 'scheduling', 'bookings');

    await q.query(`CREATE TABLE "scheduling"."booking_services" (
      "booking_id" uuid NOT NULL, "service" text NOT NULL, "tenant_id" text NOT NULL, "fiscal_code" text NOT NULL, "active" boolean NOT NULL,
      CONSTRAINT "PK_booking_services" PRIMARY KEY ("booking_id", "service"))`);
    await q.query(
      `CREATE INDEX "IDX_booking_services_tenant" ON "scheduling"."booking_services" ("tenant_id", "booking_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_booking_services_person" ON "scheduling"."booking_services" ("fiscal_code", "service") WHERE "active"`,
    );
    await enableTenantRowLevelSecurity(q, 'scheduling', 'booking_services');

    await q.query(`CREATE TABLE "scheduling"."holds" (
      "id" uuid NOT NULL, "tenant_id" text NOT NULL, "services" text array NOT NULL, "site_id" text NOT NULL, "counter" integer NOT NULL,
      "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_holds" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_holds_tenant" ON "scheduling"."holds" ("tenant_id", "expires_at")`);
    await q.query(`CREATE INDEX "IDX_holds_site_start" ON "scheduling"."holds" ("site_id", "start_at")`);
    await enableTenantRowLevelSecurity(q, 'scheduling', 'holds');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['holds', 'booking_services', 'bookings', 'site_offerings', 'site_exceptions', 'sites']) {
      await q.query(`DROP TABLE "scheduling"."${t}"`);
    }
  }
}

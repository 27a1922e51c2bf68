import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group sessions with a waiting list, and the walk-in queue. Concurrency lives here:
 * - a registration locks its session row (SELECT … FOR UPDATE), so seats and waiting positions are decided one at a time;
 * - one active registration per person and session is a partial unique index;
 * - waiting positions are unique per session (deferred, so a shift by one is checked at commit);
 * - ticket numbers come from a per-site, per-day, per-letter counter row taken with INSERT … ON CONFLICT DO UPDATE … RETURNING,
 *   and are unique per site and day.
 */
export class SchedulingSessionsQueue1764180000500 implements MigrationInterface {
  name = 'SchedulingSessionsQueue1764180000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "scheduling"."sessions" (
      "id" uuid NOT NULL, "tenant_id" text NOT NULL, "site_id" text NOT NULL REFERENCES "scheduling"."sites" ("id"),
      "title" text NOT NULL, "topic" text, "language" text, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "seats" integer NOT NULL, "registered" integer NOT NULL DEFAULT 0, "waitlisted" integer NOT NULL DEFAULT 0,
      "status" text NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_sessions" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_sessions_seats" CHECK ("seats" > 0 AND "registered" >= 0 AND "registered" <= "seats" AND "waitlisted" >= 0),
      CONSTRAINT "CHK_sessions_times" CHECK ("end_at" > "start_at"),
      CONSTRAINT "CHK_sessions_status" CHECK ("status" IN ('open', 'cancelled')))`);
    await q.query(
      `CREATE INDEX "IDX_sessions_site_start" ON "scheduling"."sessions" ("site_id", "start_at")`,
    );
    await q.query(`CREATE TABLE "scheduling"."session_registrations" (
      "id" uuid NOT NULL, "session_id" uuid NOT NULL REFERENCES "scheduling"."sessions" ("id"), "tenant_id" text NOT NULL,
      "code" text NOT NULL, "manage_token_hash" text NOT NULL, "person_key" text NOT NULL,
      "status" text NOT NULL, "position" integer,
      "first_name" text NOT NULL, "last_name" text NOT NULL, "fiscal_code" text, "email" text, "phone" text, "locale" text, "case_code" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_session_registrations" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_session_registrations_code" UNIQUE ("code"),
      CONSTRAINT "CHK_session_registrations_status" CHECK ("status" IN ('registered', 'waitlisted', 'cancelled')),
      CONSTRAINT "CHK_session_registrations_position" CHECK (("status" = 'waitlisted') = ("position" IS NOT NULL) AND ("position" IS NULL OR "position" >= 1)),
      CONSTRAINT "EXC_session_registrations_position" EXCLUDE USING btree ("session_id" WITH =, "position" WITH =) WHERE ("status" = 'waitlisted') DEFERRABLE INITIALLY DEFERRED)`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_session_registrations_person" ON "scheduling"."session_registrations" ("session_id", "person_key") WHERE "status" <> 'cancelled'`,
    );
    await q.query(`CREATE TABLE "scheduling"."queue_groups" (
      "service" text NOT NULL, "letter" character(1) NOT NULL, CONSTRAINT "PK_queue_groups" PRIMARY KEY ("service"),
      CONSTRAINT "CHK_queue_groups_letter" CHECK ("letter" ~ '^[A-Z]$'))`);
    await q.query(`CREATE TABLE "scheduling"."ticket_counters" (
      "site_id" text NOT NULL, "day" date NOT NULL, "letter" character(1) NOT NULL, "last" integer NOT NULL,
      CONSTRAINT "PK_ticket_counters" PRIMARY KEY ("site_id", "day", "letter"))`);
    await q.query(`CREATE TABLE "scheduling"."tickets" (
      "id" uuid NOT NULL, "tenant_id" text NOT NULL, "site_id" text NOT NULL REFERENCES "scheduling"."sites" ("id"),
      "service" text NOT NULL, "letter" character(1) NOT NULL, "day" date NOT NULL, "number" text NOT NULL, "manage_token_hash" text,
      "booking_id" uuid, "status" text NOT NULL DEFAULT 'waiting', "counter" integer, "calls" integer NOT NULL DEFAULT 0,
      "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "called_at" TIMESTAMP WITH TIME ZONE, "served_at" TIMESTAMP WITH TIME ZONE,
      "missed_at" TIMESTAMP WITH TIME ZONE, "estimated_wait_minutes" integer,
      CONSTRAINT "PK_tickets" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_tickets_site_day_number" UNIQUE ("site_id", "day", "number"),
      CONSTRAINT "UQ_tickets_booking" UNIQUE ("booking_id"),
      CONSTRAINT "CHK_tickets_status" CHECK ("status" IN ('waiting', 'called', 'served', 'missed', 'cancelled')))`);
    await q.query(
      `CREATE INDEX "IDX_tickets_waiting" ON "scheduling"."tickets" ("site_id", "issued_at") WHERE "status" = 'waiting'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_tickets_called_counter" ON "scheduling"."tickets" ("site_id", "counter") WHERE "status" = 'called'`,
    );
    await q.query(
      `CREATE INDEX "IDX_tickets_served" ON "scheduling"."tickets" ("site_id", "letter", "served_at") WHERE "status" = 'served'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "scheduling"."tickets"`);
    await q.query(`DROP TABLE "scheduling"."ticket_counters"`);
    await q.query(`DROP TABLE "scheduling"."queue_groups"`);
    await q.query(`DROP TABLE "scheduling"."session_registrations"`);
    await q.query(`DROP TABLE "scheduling"."sessions"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

const counters = `
  "bookings" integer NOT NULL DEFAULT 0, "cancelled" integer NOT NULL DEFAULT 0, "completed" integer NOT NULL DEFAULT 0,
  "no_shows" integer NOT NULL DEFAULT 0, "used_minutes" integer NOT NULL DEFAULT 0,
  "tickets_issued" integer NOT NULL DEFAULT 0, "tickets_served" integer NOT NULL DEFAULT 0,
  "registered" integer NOT NULL DEFAULT 0, "waitlisted" integer NOT NULL DEFAULT 0, "seats" integer NOT NULL DEFAULT 0`;

/**
 * Statistics read models (ADR 0011): counters per (period, site, citizen's municipality, service) at two
 * grains (day and month, so a year reads month rows), sparse histograms of walk-in waits and booking lead
 * times at the same grains, and the last known state of each booking, ticket, registration and session
 * (what an event's delta is computed from).
 */
export class SchedulingStatistics1764180000600 implements MigrationInterface {
  name = 'SchedulingStatistics1764180000600';

  async up(q: QueryRunner): Promise<void> {
    for (const grain of ['daily', 'monthly']) {
      await q.query(`CREATE TABLE "scheduling"."stats_${grain}" (
        "day" date NOT NULL, "site" text NOT NULL, "site_tenant" text NOT NULL, "citizen_tenant" text NOT NULL, "service" text NOT NULL,
        ${counters},
        CONSTRAINT "PK_stats_${grain}" PRIMARY KEY ("day", "site", "citizen_tenant", "service"))`);
      await q.query(`CREATE TABLE "scheduling"."stats_hist_${grain}" (
        "day" date NOT NULL, "site" text NOT NULL, "site_tenant" text NOT NULL, "citizen_tenant" text NOT NULL, "service" text NOT NULL,
        "metric" text NOT NULL, "bucket" integer NOT NULL, "n" integer NOT NULL DEFAULT 0,
        CONSTRAINT "PK_stats_hist_${grain}" PRIMARY KEY ("day", "site", "citizen_tenant", "service", "metric", "bucket"))`);
    }
    await q.query(`CREATE TABLE "scheduling"."stats_bookings" (
      "booking_id" uuid NOT NULL, "day" date NOT NULL, "site" text NOT NULL, "site_tenant" text NOT NULL, "citizen_tenant" text NOT NULL,
      "service" text NOT NULL, "status" text NOT NULL, "minutes" integer NOT NULL, "lead_bucket" integer NOT NULL, "sequence" integer NOT NULL,
      CONSTRAINT "PK_stats_bookings" PRIMARY KEY ("booking_id"))`);
    await q.query(`CREATE TABLE "scheduling"."stats_tickets" (
      "ticket_id" uuid NOT NULL, "day" date NOT NULL, "site" text NOT NULL, "site_tenant" text NOT NULL, "citizen_tenant" text NOT NULL,
      "service" text NOT NULL, "served" boolean NOT NULL DEFAULT false, "wait_bucket" integer,
      CONSTRAINT "PK_stats_tickets" PRIMARY KEY ("ticket_id"))`);
    await q.query(`CREATE TABLE "scheduling"."stats_registrations" (
      "registration_id" uuid NOT NULL, "session_id" uuid NOT NULL, "day" date NOT NULL, "site" text NOT NULL, "site_tenant" text NOT NULL,
      "citizen_tenant" text NOT NULL, "status" text NOT NULL,
      CONSTRAINT "PK_stats_registrations" PRIMARY KEY ("registration_id"))`);
    await q.query(`CREATE TABLE "scheduling"."stats_sessions" (
      "session_id" uuid NOT NULL, "day" date NOT NULL, "site" text NOT NULL, "site_tenant" text NOT NULL, "citizen_tenant" text NOT NULL,
      "seats" integer NOT NULL, CONSTRAINT "PK_stats_sessions" PRIMARY KEY ("session_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'stats_sessions',
      'stats_registrations',
      'stats_tickets',
      'stats_bookings',
      'stats_hist_monthly',
      'stats_hist_daily',
      'stats_monthly',
      'stats_daily',
    ]) {
      await q.query(`DROP TABLE "scheduling"."${t}"`);
    }
  }
}

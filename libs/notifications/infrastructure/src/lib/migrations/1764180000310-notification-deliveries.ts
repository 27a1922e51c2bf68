import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRowLevelSecurity } from '@facile/platform/persistence';

export class NotificationDeliveries1764180000310 implements MigrationInterface {
  name = 'NotificationDeliveries1764180000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications"."deliveries" (
      "id" uuid NOT NULL,
      "tenant_id" text NOT NULL,
      "source_event_id" text NOT NULL,
      "source_event_type" text NOT NULL,
      "kind" text NOT NULL,
      "channel" text NOT NULL,
      "recipient" text NOT NULL,
      "locale" text NOT NULL,
      "status" text NOT NULL,
      "attempts" integer NOT NULL DEFAULT 0,
      "provider_id" text,
      "last_error" text,
      "booking_ref" text,
      "case_ref" text,
      "subject" text NOT NULL,
      "body" text NOT NULL,
      "calendar" text,
      "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_notifications_deliveries" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_deliveries_source" ON "notifications"."deliveries" ("source_event_id", "kind", "channel", "recipient")`,
    );
    await q.query(
      `CREATE INDEX "ix_deliveries_booking" ON "notifications"."deliveries" ("tenant_id", "booking_ref", "kind")`,
    );
    await q.query(
      `CREATE INDEX "ix_deliveries_tenant_status" ON "notifications"."deliveries" ("tenant_id", "status", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_deliveries_due" ON "notifications"."deliveries" ("status", "next_attempt_at")`,
    );
    await enableTenantRowLevelSecurity(q, 'notifications', 'deliveries');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."deliveries"`);
  }
}

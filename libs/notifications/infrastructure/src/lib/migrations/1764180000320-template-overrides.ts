import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRowLevelSecurity } from '@facile/platform/persistence';

export class TemplateOverrides1764180000320 implements MigrationInterface {
  name = 'TemplateOverrides1764180000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications"."template_overrides" (
      "tenant_id" text NOT NULL,
      "event_type" text NOT NULL,
      "channel" text NOT NULL,
      "locale" text NOT NULL,
      "subject" text NOT NULL,
      "body" text NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_notifications_template_overrides" PRIMARY KEY ("tenant_id", "event_type", "channel", "locale"))`);
    await enableTenantRowLevelSecurity(q, 'notifications', 'template_overrides');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."template_overrides"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRowLevelSecurity } from '@facile/platform/persistence';

export class OptOuts1764180000330 implements MigrationInterface {
  name = 'OptOuts1764180000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications"."opt_outs" (
      "tenant_id" text NOT NULL,
      "channel" text NOT NULL,
      "recipient" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_notifications_opt_outs" PRIMARY KEY ("tenant_id", "channel", "recipient"))`);
    await enableTenantRowLevelSecurity(q, 'notifications', 'opt_outs');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."opt_outs"`);
  }
}

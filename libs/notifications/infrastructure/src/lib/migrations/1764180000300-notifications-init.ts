import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTablesV1 } from '@facile/platform/messaging';

export class NotificationsInit1764180000300 implements MigrationInterface {
  name = 'NotificationsInit1764180000300';

  async up(q: QueryRunner): Promise<void> {
    await createMessagingTablesV1(q, 'notifications');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"."inbox"`);
    await q.query(`DROP TABLE "notifications"."outbox"`);
  }
}

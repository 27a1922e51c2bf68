import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTablesV1 } from '@facile/platform/messaging';

export class AssistanceInit1764180000200 implements MigrationInterface {
  name = 'AssistanceInit1764180000200';

  async up(q: QueryRunner): Promise<void> {
    await createMessagingTablesV1(q, 'assistance');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "assistance"."inbox"`);
    await q.query(`DROP TABLE "assistance"."outbox"`);
  }
}

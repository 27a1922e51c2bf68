import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's queue as an index of its own: the deliveries it may claim (SENDABLE), in the order it claims them.
 * Each delivery is updated twice (claimed, then recorded), leaving dead versions in `ix_deliveries_due` until a
 * vacuum: the claim's bitmap scan visited them all, 6,000 of them and 1,800 heap pages to find nothing during the
 * bench (4.7 ms a claim). An index scan of this one stops at the first 20 it can take and marks the dead entries it
 * passes, so the next claim skips them (issue 20, docs/benchmarks.md, 8 December).
 */
export class DeliveriesSendableIndex1764180000410 implements MigrationInterface {
  name = 'DeliveriesSendableIndex1764180000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_deliveries_sendable" ON "notifications"."deliveries" ("next_attempt_at")
       WHERE status IN ('queued', 'retrying') AND (kind <> 'reminder' OR status = 'retrying')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "notifications"."ix_deliveries_sendable"`);
  }
}

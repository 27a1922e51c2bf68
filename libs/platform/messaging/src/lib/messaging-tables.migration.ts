import { QueryRunner } from 'typeorm';

/**
 * Creates the outbox and inbox tables of a service's schema (version 1). Frozen: a later change is a
 * new helper and a new migration, never an edit here.
 */
export async function createMessagingTablesV1(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`CREATE TABLE "${schema}"."outbox" (
    "id" uuid NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "aggregatetype" text NOT NULL,
    "aggregateid" text NOT NULL,
    "type" text NOT NULL,
    "payload" jsonb NOT NULL,
    "tenant_id" text NOT NULL,
    "traceparent" text,
    "topic" text NOT NULL,
    "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "published_at" TIMESTAMP WITH TIME ZONE,
    CONSTRAINT "PK_outbox" PRIMARY KEY ("id"),
    CONSTRAINT "UQ_outbox_seq" UNIQUE ("seq"))`);
  await runner.query(
    `CREATE INDEX "outbox_unpublished_idx" ON "${schema}"."outbox" ("seq") WHERE published_at IS NULL`,
  );
  await runner.query(`CREATE TABLE "${schema}"."inbox" (
    "consumer" text NOT NULL,
    "event_id" text NOT NULL,
    "event_type" text NOT NULL,
    "tenant_id" text NOT NULL,
    "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT "PK_inbox" PRIMARY KEY ("consumer", "event_id"))`);
}

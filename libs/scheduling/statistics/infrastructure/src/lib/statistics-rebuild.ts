import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CloudEvent, InvalidCloudEventError, validateCloudEvent } from '@facile/contracts';
import { inUnionWideTransaction } from '@facile/platform/persistence';
import { TenantRegistry } from '@facile/platform/tenancy';
import { StatisticsEventsHandler } from './statistics-events.handler';
import { STATISTICS_TABLES, StatisticsProjection } from './statistics-projection';

const BATCH = 1000;

export interface RebuildResult {
  events: number;
  skipped: number;
}

/**
 * Recomputes the statistics from the event history: scheduling's outbox, which keeps every event it ever
 * published (Kafka keeps them only for the topic's retention). In one transaction: the inbox is locked
 * against the live consumer, the read models and this consumer's inbox rows are emptied, and every
 * outbox event is folded again in publication order, its inbox row written with it — so an event
 * still on its way through Kafka is recognised as applied when it arrives. A named union-wide operation
 * (ADR 5): it reads every municipality's events and writes their inbox rows, both under row-level security.
 */
@Injectable()
export class RebuildStatistics {
  private readonly logger = new Logger('RebuildStatistics');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly tenants: TenantRegistry,
  ) {}

  execute(): Promise<RebuildResult> {
    const projection = new StatisticsProjection();
    const types = StatisticsProjection.eventTypes();
    const consumer = StatisticsEventsHandler.consumer;
    return inUnionWideTransaction(this.ds, async (m) => {
      await m.query(`LOCK TABLE scheduling.inbox IN SHARE ROW EXCLUSIVE MODE`);
      await m.query(`TRUNCATE ${STATISTICS_TABLES.map((t) => `scheduling.${t}`).join(', ')}`);
      await m.query(`DELETE FROM scheduling.inbox WHERE consumer = $1`, [consumer]);
      let last = '0';
      let events = 0;
      let skipped = 0;
      for (;;) {
        const rows: {
          id: string;
          seq: string;
          type: string;
          payload: object;
          tenant_id: string;
          aggregateid: string;
          created_at: Date;
        }[] = await m.query(
          `SELECT id, seq, type, payload, tenant_id, aggregateid, created_at FROM scheduling.outbox
           WHERE seq > $1 AND type = ANY($2) ORDER BY seq LIMIT ${BATCH}`,
          [last, types],
        );
        for (const row of rows) {
          let event: CloudEvent<object>;
          try {
            event = validateCloudEvent({
              id: row.id,
              type: row.type,
              source: 'scheduling',
              specversion: '1.0',
              time: row.created_at.toISOString(),
              tenant: row.tenant_id,
              subject: row.aggregateid,
              data: row.payload,
            });
            if (!this.tenants.has(event.tenant))
              throw new InvalidCloudEventError(`unknown tenant ${event.tenant}`);
          } catch (e) {
            // The live consumer sends such an event to the DLQ; the rebuild skips it the same way.
            this.logger.warn(`skipping outbox event ${row.id}: ${(e as Error).message}`);
            skipped++;
            continue;
          }
          await projection.apply(event, m);
          await m.query(
            `INSERT INTO scheduling.inbox (consumer, event_id, event_type, tenant_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
            [consumer, event.id, event.type, event.tenant],
          );
          events++;
        }
        if (rows.length < BATCH) break;
        last = rows[rows.length - 1].seq;
      }
      return { events, skipped };
    });
  }
}

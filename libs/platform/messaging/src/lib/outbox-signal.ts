import { Injectable } from '@nestjs/common';

/**
 * Wakes this process's outbox relay when a transaction that appended to the outbox commits, without
 * NOTIFY: PostgreSQL serialises every committing transaction that issued a NOTIFY behind one global
 * lock, which capped bookings per second. The writer marks the transaction's query runner; a TypeORM
 * subscriber (registered by the relay) reports its commit. When another replica leads the relay, the
 * writer falls back to NOTIFY so that leader still wakes at once; polling remains the safety net.
 */
@Injectable()
export class OutboxSignal {
  private readonly pending = new WeakSet<object>();
  private listener: (() => void) | undefined;
  /** True while the relay of this process holds the leadership. */
  localLeader = false;

  markPending(queryRunner: object): void {
    this.pending.add(queryRunner);
  }

  /** Called after any commit of this process; wakes the relay when that transaction wrote to the outbox. */
  committed(queryRunner: object | undefined): void {
    if (queryRunner && this.pending.delete(queryRunner)) this.listener?.();
  }

  onCommit(listener: () => void): void {
    this.listener = listener;
  }
}

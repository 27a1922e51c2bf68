import { AsyncLocalStorage } from 'node:async_hooks';

/** An event waiting in a batch for its consumer's flush; the flush settles it. */
export interface BatchEntry<T> {
  offset: bigint;
  item: T;
  resolve: () => void;
  reject: (e: unknown) => void;
}

type Flush = (entries: BatchEntry<unknown>[]) => Promise<void>;

const storage = new AsyncLocalStorage<EventBatch>();

/**
 * The messages of one fetched batch of one partition, handed to their handlers all at once (issue 20: one
 * transaction for a batch instead of one per event). A consumer that applies events in a transaction joins its
 * events here; once every message of the batch has either joined or finished without joining (an ignored type,
 * a dead-lettered one), each consumer's joined events are flushed together, in offset order. The counting makes
 * the flush wait for exactly the batch — no timer, no guess about how many microtasks a handler takes. A message
 * that joins late (after the flush) or twice is told to apply on its own.
 */
export class EventBatch {
  private unsettled: number;
  private readonly joined = new WeakSet<object>();
  private readonly groups = new Map<string, { flush: Flush; entries: BatchEntry<unknown>[] }>();
  private flushed = false;

  constructor(size: number) {
    this.unsettled = size;
  }

  /** The batch whose handlers are running here, if any (none outside the Kafka server, e.g. in a test's call). */
  static current(): EventBatch | undefined {
    return storage.getStore();
  }

  /** Runs fn, whose handler calls of this batch's messages see the batch. */
  run<T>(fn: () => T): T {
    return storage.run(this, fn);
  }

  /**
   * Adds an event to `group`'s flush (the first joiner's `flush` is the group's), or returns undefined when the
   * message should be applied on its own. The promise settles when the flush has applied (or refused) it.
   */
  join<T>(
    message: object,
    offset: string,
    group: string,
    item: T,
    flush: (entries: BatchEntry<T>[]) => Promise<void>,
  ): Promise<void> | undefined {
    if (this.flushed || this.joined.has(message)) return undefined;
    this.joined.add(message);
    let g = this.groups.get(group);
    if (!g) {
      g = { flush: flush as Flush, entries: [] };
      this.groups.set(group, g);
    }
    const entries = g.entries;
    const joined = new Promise<void>((resolve, reject) =>
      entries.push({ offset: BigInt(offset), item, resolve, reject }),
    );
    this.countDown();
    return joined;
  }

  /** A message's handler has finished; one that never joined counts down here. */
  settled(message: object): void {
    if (!this.joined.has(message)) this.countDown();
  }

  private countDown(): void {
    if (--this.unsettled > 0 || this.flushed) return;
    this.flushed = true;
    for (const { flush, entries } of this.groups.values()) {
      entries.sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0));
      // A flush settles every entry itself; if it throws all the same, none is left waiting.
      flush(entries).catch((e: unknown) => {
        for (const entry of entries) entry.reject(e);
      });
    }
  }
}

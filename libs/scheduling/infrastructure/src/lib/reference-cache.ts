import { LRUCache } from 'lru-cache';

/**
 * Reference data the booking chain reads on every request and staff change rarely (procedures, sites, offerings,
 * closures, rotations), kept in memory for `ttlMs` per key (ADR 30). Concurrent misses of one key share one
 * read; a failed read is not kept. `clear()` drops everything at once: this process's own changes are seen
 * immediately, another replica's within `ttlMs`. With `ttlMs` 0 every read goes to the database.
 */
export class ReferenceCache {
  private readonly entries?: LRUCache<string, { value: unknown }, () => Promise<unknown>>;

  constructor(ttlMs: number, max = 10_000) {
    if (ttlMs > 0)
      this.entries = new LRUCache({
        max,
        ttl: ttlMs,
        fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
      });
  }

  async get<T>(key: string, read: () => Promise<T>): Promise<T> {
    if (!this.entries) return read();
    const found = await this.entries.fetch(key, { context: read });
    return (found as { value: T }).value;
  }

  clear(): void {
    this.entries?.clear();
  }
}

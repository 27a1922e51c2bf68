import { LRUCache } from 'lru-cache';

/**
 * Reference data a hot path reads on every request or event and staff change rarely (scheduling's procedures,
 * sites, offerings and closures; notifications' template overrides), kept in memory for `ttlMs` per key (ADR 30). Concurrent misses of one key share one read (the
 * pending promise is what is kept); a failed read is not kept. `clear()` drops everything at once: a read
 * started before it is never handed to a request made after it, so this process's own changes are seen
 * immediately, another replica's within `ttlMs`. With `ttlMs` 0 every read goes to the database.
 */
export class ReferenceCache {
  private readonly entries?: LRUCache<string, Promise<unknown>>;

  constructor(ttlMs: number, max = 10_000) {
    if (ttlMs > 0) this.entries = new LRUCache({ max, ttl: ttlMs });
  }

  get<T>(key: string, read: () => Promise<T>): Promise<T> {
    const entries = this.entries;
    if (!entries) return read();
    const hit = entries.get(key);
    if (hit) return hit as Promise<T>;
    const value = read();
    entries.set(key, value);
    value.catch(() => {
      if (entries.get(key) === value) entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries?.clear();
  }
}

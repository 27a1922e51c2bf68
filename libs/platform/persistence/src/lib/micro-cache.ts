interface Entry<T> {
  at: number;
  value: Promise<T>;
  json?: Promise<string>;
  refreshing?: boolean;
}

/**
 * A very short-lived cache of read answers (micro-caching): identical queries within `ttlMs` share
 * one computation, concurrent ones included. Between `ttlMs` and twice that, the previous answer is still
 * served while one request recomputes it in the background (stale-while-revalidate), so no request waits for
 * the recomputation that expiry would otherwise put in front of every request of that moment (the p99 of the
 * read benchmarks). Every write of this process clears it; other replicas' writes show within 2 × `ttlMs`.
 * Use it only for answers whose staleness is advisory (availability, search), never for decisions.
 */
export class MicroCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 2000,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (hit && now - hit.at < 2 * this.ttlMs) {
      if (!hit.refreshing) this.refresh(key, hit, compute);
      return hit.value;
    }
    return this.fresh(key, now, compute);
  }

  /** The same answer as JSON text, serialised once per cached answer (for big answers, the main cost). */
  getJson(key: string, compute: () => Promise<T>): Promise<string> {
    const value = this.get(key, compute);
    const entry = this.entries.get(key);
    if (!entry || entry.value !== value) return value.then((v) => JSON.stringify(v));
    entry.json ??= value.then((v) => JSON.stringify(v));
    return entry.json;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /**
   * Forgets the answers whose key `affected` says a write changed (a write that touches a few queries need not
   * cost every cached answer its recomputation). A background refresh of a forgotten key does not bring it back.
   */
  forget(affected: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (affected(key)) this.entries.delete(key);
  }

  private fresh(key: string, now: number, compute: () => Promise<T>): Promise<T> {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = compute();
    this.entries.set(key, { at: now, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** Recomputes in the background; the new answer replaces the old one unless a write cleared the cache meanwhile. */
  private refresh(key: string, hit: Entry<T>, compute: () => Promise<T>): void {
    hit.refreshing = true;
    const generation = this.generation;
    const started = Date.now();
    const value = compute();
    value.then(
      () => {
        if (this.generation === generation && this.entries.get(key) === hit)
          this.entries.set(key, { at: started, value });
      },
      () => (hit.refreshing = false),
    );
  }
}

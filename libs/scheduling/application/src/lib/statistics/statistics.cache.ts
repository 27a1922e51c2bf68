interface Entry<T> {
  at: number;
  value: Promise<T>;
  refreshing?: boolean;
}

/**
 * Statistics answers shared for `ttlMs` (identical requests of the same scope, concurrent ones included,
 * share one computation) and served stale for as long again while one request recomputes them in the
 * background. The figures already trail the events by the consumer's lag; a few seconds more is what lets
 * a year of the whole network answer within the latency budget on a small machine (ADR 0011). 0 = off.
 */
export class StatisticsCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 500,
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
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = compute();
    this.entries.set(key, { at: now, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  private refresh(key: string, hit: Entry<T>, compute: () => Promise<T>): void {
    hit.refreshing = true;
    const started = Date.now();
    const value = compute();
    value.then(
      () => {
        if (this.entries.get(key) === hit) this.entries.set(key, { at: started, value });
      },
      () => (hit.refreshing = false),
    );
  }
}

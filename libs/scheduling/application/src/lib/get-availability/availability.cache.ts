import { Slot } from '@facile/scheduling/domain';

/**
 * A very short-lived cache of availability answers (micro-caching): identical queries within `ttlMs` share
 * one computation, concurrent ones included. Every write of this process clears it; other replicas' writes
 * show within `ttlMs`. Never a correctness risk: capacity is enforced by the database when booking.
 */
export class AvailabilityCache {
  private readonly entries = new Map<string, { at: number; value: Promise<{ slots: Slot[] }>; json?: Promise<string> }>();

  constructor(readonly ttlMs: number, private readonly maxEntries = 2000) {}

  get(key: string, compute: () => Promise<{ slots: Slot[] }>): Promise<{ slots: Slot[] }> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = compute();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  /** The same answer as JSON text, serialised once per cached answer (the big cost of a 14-day, 8-site answer). */
  getJson(key: string, compute: () => Promise<{ slots: Slot[] }>): Promise<string> {
    const value = this.get(key, compute);
    const entry = this.entries.get(key);
    if (!entry || entry.value !== value) return value.then((v) => JSON.stringify(v));
    entry.json ??= value.then((v) => JSON.stringify(v));
    return entry.json;
  }

  clear(): void {
    this.entries.clear();
  }
}

import { MicroCache } from '@facile/platform/persistence';

/**
 * Statistics answers, micro-cached (see MicroCache): identical requests of the same scope share one
 * computation for `ttlMs`, served stale for as long again while one request recomputes them. The figures
 * already trail the events by the consumer's lag; a few seconds more is what lets a year of the whole
 * network answer within the latency budget on a small machine (ADR 0011). 0 = off.
 */
export class StatisticsCache<T> extends MicroCache<T> {
  constructor(ttlMs: number) {
    super(ttlMs, 500);
  }
}

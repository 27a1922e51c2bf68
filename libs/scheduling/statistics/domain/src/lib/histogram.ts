/**
 * Duration histograms of the statistics read models (ADR 0011). A duration is stored in the bucket named by
 * its lower bound in minutes, so the sparse rows are self-describing and any two ranges add up bucket by bucket.
 */

/** Walk-in waits: one-minute buckets up to two hours, five-minute buckets up to four, then one overflow bucket. */
export function waitBucket(minutes: number): number {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 120) return m;
  if (m < 240) return m - (m % 5);
  return 240;
}

const HOUR = 60;
const DAY = 24 * HOUR;

/** Booking lead times: one-hour buckets up to two days, one-day buckets up to 120 days, then overflow. */
export function leadBucket(minutes: number): number {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 2 * DAY) return m - (m % HOUR);
  if (m < 120 * DAY) return m - (m % DAY);
  return 120 * DAY;
}

/** Width of the bucket starting at `bucket` (Infinity for the overflow bucket). */
export function bucketWidth(metric: DurationMetric, bucket: number): number {
  if (metric === 'wait') return bucket < 120 ? 1 : bucket < 240 ? 5 : Infinity;
  return bucket < 2 * DAY ? HOUR : bucket < 120 * DAY ? DAY : Infinity;
}

export type DurationMetric = 'wait' | 'lead';

export const bucketOf = (metric: DurationMetric, minutes: number): number =>
  metric === 'wait' ? waitBucket(minutes) : leadBucket(minutes);

/**
 * Nearest-rank percentile over a histogram: the lower bound of the bucket holding the ⌈p·n⌉-th smallest
 * duration (exact for integer-minute waits under two hours). Null when there is nothing to rank.
 */
export function percentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  let total = 0;
  for (const n of histogram.values()) total += n;
  if (total <= 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket) ?? 0;
    if (seen >= rank) return bucket;
  }
  return null;
}

import { bucketWidth, leadBucket, percentile, waitBucket } from './histogram';

describe('statistics histograms', () => {
  it('buckets waits by the minute up to two hours, then by five, then overflow', () => {
    expect([0, 7.9, 119, 120, 124, 239, 240, 5000].map(waitBucket)).toEqual([
      0, 7, 119, 120, 120, 235, 240, 240,
    ]);
    expect(bucketWidth('wait', 7)).toBe(1);
    expect(bucketWidth('wait', 235)).toBe(5);
  });

  it('buckets lead times by the hour up to two days, then by the day', () => {
    expect(leadBucket(59)).toBe(0);
    expect(leadBucket(61)).toBe(60);
    expect(leadBucket(3 * 1440 + 600)).toBe(3 * 1440);
    expect(leadBucket(400 * 1440)).toBe(120 * 1440);
  });

  it('takes the nearest-rank percentile', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const h = new Map<number, number>();
    for (const v of values) h.set(v, (h.get(v) ?? 0) + 1);
    const sorted = [...values].sort((a, b) => a - b);
    expect(percentile(h, 0.5)).toBe(sorted[Math.ceil(0.5 * values.length) - 1]);
    expect(percentile(h, 0.9)).toBe(sorted[Math.ceil(0.9 * values.length) - 1]);
    expect(percentile(new Map(), 0.5)).toBeNull();
  });
});

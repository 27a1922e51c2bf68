import { StatisticsCache } from './statistics.cache';

describe('StatisticsCache', () => {
  it('shares one computation among identical requests within the TTL, concurrent ones included', async () => {
    const cache = new StatisticsCache<number>(10_000);
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    const answers = await Promise.all([
      cache.get('a', compute),
      cache.get('a', compute),
      cache.get('a', compute),
    ]);
    expect(answers).toEqual([1, 1, 1]);
    expect(await cache.get('b', compute)).toBe(2);
  });

  it('computes every time when off, and never keeps a failure', async () => {
    const off = new StatisticsCache<number>(0);
    let runs = 0;
    await off.get('a', () => Promise.resolve(++runs));
    await off.get('a', () => Promise.resolve(++runs));
    expect(runs).toBe(2);
    const on = new StatisticsCache<number>(10_000);
    await expect(on.get('x', () => Promise.reject(new Error('bad input')))).rejects.toThrow('bad input');
    expect(await on.get('x', () => Promise.resolve(7))).toBe(7);
  });
});

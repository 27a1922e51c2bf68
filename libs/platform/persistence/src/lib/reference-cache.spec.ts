import { ReferenceCache } from './reference-cache';

describe('ReferenceCache', () => {
  const counting = () => {
    let reads = 0;
    return { read: async () => ++reads, reads: () => reads };
  };

  it('answers a key from memory within its time, and again from the source after it', async () => {
    const cache = new ReferenceCache(60);
    const source = counting();
    expect(await cache.get('a', source.read)).toBe(1);
    expect(await cache.get('a', source.read)).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(await cache.get('a', source.read)).toBe(2);
  });

  it('keeps keys apart and shares one read between concurrent misses', async () => {
    const cache = new ReferenceCache(60_000);
    const source = counting();
    const [x, y] = await Promise.all([cache.get('a', source.read), cache.get('a', source.read)]);
    expect([x, y]).toEqual([1, 1]);
    expect(await cache.get('b', source.read)).toBe(2);
    expect(source.reads()).toBe(2);
  });

  it('forgets everything on clear (this process changed the data) and keeps no failed read', async () => {
    const cache = new ReferenceCache(60_000);
    const source = counting();
    await cache.get('a', source.read);
    cache.clear();
    expect(await cache.get('a', source.read)).toBe(2);
    await expect(cache.get('c', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('c', source.read)).toBe(3);
  });

  it('with no time reads the source every time', async () => {
    const cache = new ReferenceCache(0);
    const source = counting();
    await cache.get('a', source.read);
    expect(await cache.get('a', source.read)).toBe(2);
  });

  it('keeps falsy values (an empty list of closures is an answer)', async () => {
    const cache = new ReferenceCache(60_000);
    let reads = 0;
    const empty = async () => (reads++, [] as string[]);
    expect(await cache.get('none', empty)).toEqual([]);
    expect(await cache.get('none', empty)).toEqual([]);
    expect(reads).toBe(1);
  });
});

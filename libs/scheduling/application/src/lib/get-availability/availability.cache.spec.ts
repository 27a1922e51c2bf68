import { AvailabilityCache } from './availability.cache';

const answer = (n: number) =>
  Promise.resolve({ slots: [{ site: 's', start: String(n), end: String(n), available: n }] });

describe('availability micro-cache', () => {
  it('shares one computation between identical queries within the TTL, and none after clear()', async () => {
    const cache = new AvailabilityCache(10_000);
    let computed = 0;
    const compute = () => answer(++computed);
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect(a).toBe(b);
    expect(computed).toBe(1);
    await cache.get('other', compute);
    expect(computed).toBe(2);
    cache.clear();
    expect((await cache.get('k', compute)).slots[0].available).toBe(3);
  });

  it('computes every time when off, and forgets failures', async () => {
    let computed = 0;
    const off = new AvailabilityCache(0);
    await off.get('k', () => answer(++computed));
    await off.get('k', () => answer(++computed));
    expect(computed).toBe(2);
    const on = new AvailabilityCache(10_000);
    await expect(on.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await new Promise((r) => setImmediate(r));
    expect((await on.get('k', () => answer(7))).slots[0].available).toBe(7);
  });
});

describe('availability micro-cache after a booking', () => {
  it('forgets only the answers of the booking’s site, or of every site, whose dates contain its day', async () => {
    const cache = new AvailabilityCache(60_000);
    const q = (site: string | undefined, from: string, to: string) =>
      AvailabilityCache.keyOf({ services: ['spid'], tenant: 'cesena', site, from, to });
    const keys = {
      allSitesWithDay: q(undefined, '2027-04-01', '2027-04-14'),
      thisSiteWithDay: q('cesena-centro', '2027-04-05', '2027-04-06'),
      otherSite: q('montiano-municipio', '2027-04-01', '2027-04-14'),
      laterDays: q(undefined, '2027-04-07', '2027-04-20'),
    };
    let computed = 0;
    for (const k of Object.values(keys)) await cache.get(k, () => answer(++computed));
    // 08:30 in Rome on 6 April, 06:30 UTC
    cache.booked('cesena-centro', new Date('2027-04-06T06:30:00Z'));
    const recomputed = [];
    for (const [name, k] of Object.entries(keys))
      if ((await cache.get(k, () => answer(-1))).slots[0].available === -1) recomputed.push(name);
    expect(recomputed).toEqual(['allSitesWithDay', 'thisSiteWithDay']);
  });

  it('takes the day in Rome: a booking at 00:30 local is on that day, not the UTC one before', async () => {
    const cache = new AvailabilityCache(60_000);
    const key = AvailabilityCache.keyOf({
      services: ['spid'],
      tenant: 'cesena',
      from: '2027-04-07',
      to: '2027-04-07',
    });
    await cache.get(key, () => answer(1));
    cache.booked('cesena-centro', new Date('2027-04-06T22:30:00Z'));
    expect((await cache.get(key, () => answer(2))).slots[0].available).toBe(2);
  });
});

describe('availability micro-cache as JSON', () => {
  it('serialises a cached answer once', async () => {
    const cache = new AvailabilityCache(10_000);
    let computed = 0;
    const compute = () =>
      Promise.resolve({ slots: [{ site: 's', start: 'a', end: 'b', available: ++computed }] });
    const a = cache.getJson('k', compute);
    const b = cache.getJson('k', compute);
    expect(a).toBe(b);
    expect(JSON.parse(await a)).toEqual({ slots: [{ site: 's', start: 'a', end: 'b', available: 1 }] });
    expect(JSON.parse(await new AvailabilityCache(0).getJson('k', compute)).slots[0].available).toBe(2);
  });
});

describe('availability micro-cache, stale while revalidating', () => {
  const answer = (n: number) =>
    Promise.resolve({ slots: [{ site: 's', start: String(n), end: String(n), available: n }] });
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('serves the previous answer once expired, recomputes it once in the background, then serves the new one', async () => {
    const cache = new AvailabilityCache(300);
    let computed = 0;
    const compute = () => answer(++computed);
    expect((await cache.get('k', compute)).slots[0].available).toBe(1);
    await wait(320);
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect([a.slots[0].available, b.slots[0].available]).toEqual([1, 1]);
    expect(computed).toBe(2);
    await wait(1);
    expect((await cache.get('k', compute)).slots[0].available).toBe(2);
    expect(computed).toBe(2);
  });

  it('never serves an answer older than twice the TTL, nor one from before a write', async () => {
    const cache = new AvailabilityCache(200);
    let computed = 0;
    const compute = () => answer(++computed);
    await cache.get('k', compute);
    await wait(420);
    expect((await cache.get('k', compute)).slots[0].available).toBe(2);
    await wait(230);
    let release!: () => void;
    const slow = () => new Promise<{ slots: [] }>((r) => (release = () => r({ slots: [] })));
    expect((await cache.get('k', slow)).slots[0].available).toBe(2);
    cache.clear();
    release();
    await wait(1);
    expect((await cache.get('k', compute)).slots[0].available).toBe(3);
  });
});

import { grouped } from './grouped';

describe('grouped', () => {
  it('puts the rows in lists by key, each in the rows’ order', () => {
    const rows = [
      { site: 'a', n: 1 },
      { site: 'b', n: 2 },
      { site: 'a', n: 3 },
    ];
    const bySite = grouped(rows, (r) => r.site);
    expect([...bySite.keys()]).toEqual(['a', 'b']);
    expect(bySite.get('a')?.map((r) => r.n)).toEqual([1, 3]);
    expect(bySite.get('b')?.map((r) => r.n)).toEqual([2]);
    expect(grouped([], (r: { site: string }) => r.site).size).toBe(0);
  });
});

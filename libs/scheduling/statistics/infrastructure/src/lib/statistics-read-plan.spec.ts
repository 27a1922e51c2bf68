import { readPlan } from './statistics-read-plan';

describe('readPlan: which read-model rows answer a date range', () => {
  it('reads the days when grouping by day or week', () => {
    expect(readPlan('2026-09-05', '2026-12-03', 'week')).toEqual([
      { grain: 'daily', from: '2026-09-05', to: '2026-12-03', sign: 1 },
    ]);
  });

  it('reads whole months as one range of the month grain', () => {
    expect(readPlan('2026-01-01', '2026-03-31', 'site')).toEqual([
      { grain: 'monthly', from: '2026-01-01', to: '2026-03-01', sign: 1 },
    ]);
  });

  it('takes a mostly covered month as its month row minus the days outside, a barely covered one as its days', () => {
    // the bench's 90 days: 26 of September's 30 days, October and November, 3 of December's 31
    expect(readPlan('2026-09-05', '2026-12-03', 'site')).toEqual([
      { grain: 'monthly', from: '2026-09-01', to: '2026-09-01', sign: 1 },
      { grain: 'daily', from: '2026-09-01', to: '2026-09-04', sign: -1 },
      { grain: 'monthly', from: '2026-10-01', to: '2026-11-01', sign: 1 },
      { grain: 'daily', from: '2026-12-01', to: '2026-12-03', sign: 1 },
    ]);
  });

  it('subtracts the days on both sides of a range inside one month, and reads a short range as days', () => {
    expect(readPlan('2026-02-02', '2026-02-27', 'tenant')).toEqual([
      { grain: 'monthly', from: '2026-02-01', to: '2026-02-01', sign: 1 },
      { grain: 'daily', from: '2026-02-01', to: '2026-02-01', sign: -1 },
      { grain: 'daily', from: '2026-02-28', to: '2026-02-28', sign: -1 },
    ]);
    expect(readPlan('2026-02-10', '2026-02-12', 'month')).toEqual([
      { grain: 'daily', from: '2026-02-10', to: '2026-02-12', sign: 1 },
    ]);
  });

  it('refuses what is not a date (the dates go into the SQL text)', () => {
    expect(() => readPlan("2026-01-01' OR 1=1 --", '2026-01-31', 'site')).toThrow();
  });
});

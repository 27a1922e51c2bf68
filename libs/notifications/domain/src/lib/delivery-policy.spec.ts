import { afterFailure, deferOutOfQuietHours, isTemporaryHttpStatus, retryDelayMs } from './delivery-policy';

describe('quiet hours (Europe/Rome)', () => {
  it('keeps a daytime instant unchanged', () => {
    const noon = new Date('2026-03-10T11:00:00Z'); // 12:00 in Rome (CET)
    expect(deferOutOfQuietHours(noon)).toEqual(noon);
  });
  it('defers 21:30 to 08:00 of the next day', () => {
    expect(deferOutOfQuietHours(new Date('2026-03-10T20:30:00Z')).toISOString()).toBe(
      '2026-03-11T07:00:00.000Z',
    );
  });
  it('defers 03:00 to 08:00 of the same day, in summer time too', () => {
    expect(deferOutOfQuietHours(new Date('2026-07-10T01:00:00Z')).toISOString()).toBe(
      '2026-07-10T06:00:00.000Z',
    );
  });
  it('can be switched off with an empty window, and handles a same-day window', () => {
    const night = new Date('2026-03-10T22:30:00Z');
    expect(deferOutOfQuietHours(night, { start: 0, end: 0 })).toEqual(night);
    expect(deferOutOfQuietHours(new Date('2026-03-10T12:30:00Z'), { start: 13, end: 15 }).toISOString()).toBe(
      '2026-03-10T14:00:00.000Z',
    );
  });
  it('treats 21:00 as quiet and 08:00 as open', () => {
    expect(deferOutOfQuietHours(new Date('2026-07-10T19:00:00Z')).toISOString()).toBe(
      '2026-07-11T06:00:00.000Z',
    );
    const eight = new Date('2026-07-10T06:00:00Z');
    expect(deferOutOfQuietHours(eight)).toEqual(eight);
  });
});

describe('retries', () => {
  it('backs off exponentially up to a ceiling', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 100))).toEqual([100, 200, 400, 800]);
    expect(retryDelayMs(30, 100, 5000)).toBe(5000);
  });
  it('retries only temporary failures, and only until the last attempt', () => {
    expect(afterFailure('temporary', 1, 3)).toBe('retrying');
    expect(afterFailure('temporary', 3, 3)).toBe('failed');
    expect(afterFailure('permanent', 1, 3)).toBe('failed');
  });
  it('classifies HTTP statuses', () => {
    expect([408, 429, 500, 503].every(isTemporaryHttpStatus)).toBe(true);
    expect([400, 401, 404, 422].some(isTemporaryHttpStatus)).toBe(false);
  });
});

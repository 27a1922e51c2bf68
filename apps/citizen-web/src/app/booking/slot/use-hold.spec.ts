import { describe, expect, it } from 'vitest';
import { RENEW_BEFORE_MS, renewDelay } from './use-hold';

describe('hold renewal', () => {
  it('renews a minute before the expiry, at once when that minute has begun', () => {
    const now = Date.parse('2027-04-06T09:00:00+02:00');
    expect(renewDelay('2027-04-06T09:10:00+02:00', now)).toBe(10 * 60_000 - RENEW_BEFORE_MS);
    expect(renewDelay('2027-04-06T09:00:30+02:00', now)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { elapsed, shortcutOf } from './elapsed';

describe('the call timer and shortcuts', () => {
  it('counts minutes and seconds since the call', () => {
    const now = Date.parse('2027-04-06T07:12:05Z');
    expect(elapsed('2027-04-06T07:10:00Z', now)).toBe('2:05');
    expect(elapsed('2027-04-06T05:10:00Z', now)).toBe('2:02:05');
    expect(elapsed('2027-04-06T08:00:00Z', now)).toBe('0:00');
  });
  it('takes Alt+1..3 only', () => {
    expect(shortcutOf({ altKey: true, ctrlKey: false, metaKey: false, code: 'Digit2' })).toBe(2);
    expect(shortcutOf({ altKey: false, ctrlKey: false, metaKey: false, code: 'Digit2' })).toBeNull();
    expect(shortcutOf({ altKey: true, ctrlKey: true, metaKey: false, code: 'Digit1' })).toBeNull();
  });
});

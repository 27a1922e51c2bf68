import { describe, expect, it } from 'vitest';
import { closureProblem, romeToday, type ClosureDraft } from './closure-draft';

const draft = (patch: Partial<ClosureDraft> = {}): ClosureDraft => ({
  date: '2027-05-04',
  allDay: true,
  start: '09:00',
  end: '12:00',
  reason: '',
  ...patch,
});

describe('closureProblem', () => {
  it('accepts a future day closed all day, or open at hours that end after they start', () => {
    expect(closureProblem(draft(), '2027-05-01')).toBeNull();
    expect(closureProblem(draft({ allDay: false }), '2027-05-04')).toBeNull();
  });
  it('refuses a missing or unreal date and a day already gone', () => {
    expect(closureProblem(draft({ date: '' }), '2027-05-01')).toBe('date');
    expect(closureProblem(draft({ date: '2027-13-40' }), '2027-05-01')).toBe('date');
    expect(closureProblem(draft(), '2027-05-05')).toBe('past');
  });
  it('refuses other hours that end before they start or are not times; all-day ignores them', () => {
    expect(closureProblem(draft({ allDay: false, start: '13:00', end: '08:30' }), '2027-05-01')).toBe(
      'hours',
    );
    expect(closureProblem(draft({ allDay: false, end: '' }), '2027-05-01')).toBe('hours');
    expect(closureProblem(draft({ start: '13:00', end: '08:30' }), '2027-05-01')).toBeNull();
  });
  it('tells today in Rome, not in UTC', () => {
    expect(romeToday(new Date('2027-05-03T22:30:00Z'))).toBe('2027-05-04');
  });
});

import { describe, expect, it } from 'vitest';
import { fromWeek, minutesOf, toWeek, validateDay, validateWeek } from './opening-hours';

describe('minutesOf', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(minutesOf('08:30')).toBe(510);
    expect(minutesOf('23:59')).toBe(1439);
    expect(minutesOf('24:00')).toBe(1440);
    expect(minutesOf('24:30')).toBeNull();
    expect(minutesOf('8:30')).toBeNull();
    expect(minutesOf('')).toBeNull();
  });
});

describe('validateDay', () => {
  it('accepts several ranges that do not overlap, in any order', () => {
    expect(
      validateDay([
        { start: '14:30', end: '17:00' },
        { start: '08:30', end: '12:30' },
      ]),
    ).toEqual([]);
  });

  it('accepts ranges that touch', () => {
    expect(
      validateDay([
        { start: '08:00', end: '12:00' },
        { start: '12:00', end: '13:00' },
      ]),
    ).toEqual([]);
  });

  it('refuses an end not after the start', () => {
    expect(validateDay([{ start: '12:00', end: '12:00' }])).toEqual([
      { index: 0, problem: 'end-before-start' },
    ]);
    expect(validateDay([{ start: '12:00', end: '09:00' }])).toEqual([
      { index: 0, problem: 'end-before-start' },
    ]);
  });

  it('refuses a time that is not one', () => {
    expect(validateDay([{ start: '', end: '09:00' }])).toEqual([{ index: 0, problem: 'format' }]);
  });

  it('ties an overlap to the later range', () => {
    expect(
      validateDay([
        { start: '10:00', end: '11:00' },
        { start: '08:00', end: '12:00' },
      ]),
    ).toEqual([{ index: 0, problem: 'overlap' }]);
  });
});

describe('validateWeek', () => {
  it('names the day of each problem', () => {
    const week = [[], [{ start: '09:00', end: '08:00' }], [], [], [], [], []];
    expect(validateWeek(week)).toEqual([{ day: 1, index: 0, problem: 'end-before-start' }]);
  });
});

describe('toWeek / fromWeek', () => {
  it('reads the API shape into seven days and writes it back sorted', () => {
    const week = toWeek({
      tue: [
        ['14:30', '17:30'],
        ['08:30', '13:00'],
      ],
    });
    expect(week).toHaveLength(7);
    expect(week[0]).toEqual([]);
    expect(fromWeek(week).tue).toEqual([
      ['08:30', '13:00'],
      ['14:30', '17:30'],
    ]);
    expect(fromWeek(week).sun).toEqual([]);
  });
});

import { easterSunday, HolidayCalendar, nthWeekdayOfMonth, patronDayIn } from './holidays';

const rules = {
  fixed: [
    { date: '01-01', name: 'Capodanno' },
    { date: '10-04', name: "San Francesco d'Assisi", from: 2026 },
    { date: '12-25', name: 'Natale' },
    { date: '12-26', name: 'Santo Stefano' },
  ],
  movable: [
    { rule: 'easter-sunday', name: 'Pasqua' },
    { rule: 'easter-sunday+1', name: 'Pasquetta' },
  ],
};

describe('holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('computes Easter Sunday %i', (year, date) => expect(easterSunday(year)).toBe(date));

  const calendar = new HolidayCalendar(rules, {
    cesena: { date: '06-24' },
    montiano: { rule: 'second Sunday of July' },
  });

  it('closes on Easter Monday 2027, Christmas and Santo Stefano', () => {
    expect(calendar.closedBecause('2027-03-29', 'cesena')).toBe('Pasquetta');
    expect(calendar.closedBecause('2027-12-25', 'verghereto')).toBe('Natale');
    expect(calendar.closedBecause('2027-12-26', 'verghereto')).toBe('Santo Stefano');
    expect(calendar.closedBecause('2027-03-30', 'cesena')).toBeUndefined();
  });

  it('closes on 4 October only from 2026', () => {
    expect(calendar.closedBecause('2025-10-04', 'cesena')).toBeUndefined();
    expect(calendar.closedBecause('2027-10-04', 'cesena')).toBe("San Francesco d'Assisi");
  });

  it("closes a municipality's sites on its patron day only", () => {
    expect(calendar.closedBecause('2027-06-24', 'cesena')).toBe('patron day');
    expect(calendar.closedBecause('2027-06-24', 'mercato-saraceno')).toBeUndefined();
    expect(calendar.closedBecause('2027-07-11', 'montiano')).toBe('patron day');
  });

  it('understands rules such as "second Sunday of July" and "last Monday of May"', () => {
    expect(nthWeekdayOfMonth('second Sunday of July', 2027)).toBe('2027-07-11');
    expect(nthWeekdayOfMonth('second Sunday of July', 2026)).toBe('2026-07-12');
    expect(nthWeekdayOfMonth('first Tuesday of June', 2027)).toBe('2027-06-01');
    expect(nthWeekdayOfMonth('last Monday of May', 2027)).toBe('2027-05-31');
    expect(nthWeekdayOfMonth('whenever it rains', 2027)).toBeUndefined();
    expect(patronDayIn({ date: '09-29' }, 2027)).toBe('2027-09-29');
    expect(patronDayIn(undefined, 2027)).toBeUndefined();
  });
});

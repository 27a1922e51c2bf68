import { localDaysOf } from './typeorm-booking.store';

describe('the days a counter lock covers', () => {
  it('is the Rome date, not the UTC one (a slot at 00:30 Rome is still that day)', () => {
    expect(localDaysOf(new Date('2027-03-27T23:30:00Z'), new Date('2027-03-27T23:50:00Z'))).toEqual([
      '2027-03-28',
    ]);
  });
  it('is one day for an ordinary slot, both days in order for a range across local midnight', () => {
    expect(localDaysOf(new Date('2027-04-06T07:00:00Z'), new Date('2027-04-06T07:20:00Z'))).toEqual([
      '2027-04-06',
    ]);
    expect(localDaysOf(new Date('2027-04-06T21:45:00Z'), new Date('2027-04-06T22:15:00Z'))).toEqual([
      '2027-04-06',
      '2027-04-07',
    ]);
  });
  it('does not spill into the next day when the range ends exactly at midnight', () => {
    expect(localDaysOf(new Date('2027-04-06T21:30:00Z'), new Date('2027-04-06T22:00:00Z'))).toEqual([
      '2027-04-06',
    ]);
  });
});

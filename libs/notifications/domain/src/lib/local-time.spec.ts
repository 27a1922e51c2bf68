import { localDateAndTime } from './local-time';

describe('localDateAndTime', () => {
  it('prints an instant as the day and time of Europe/Rome, summer and winter time alike', () => {
    expect(localDateAndTime('2026-06-24T07:05:00.000Z')).toEqual({ date: '24/06/2026', time: '09:05' });
    expect(localDateAndTime('2026-12-31T23:30:00Z')).toEqual({ date: '01/01/2027', time: '00:30' });
    // the nights the clocks change: 02:00 CET becomes 03:00 CEST, 03:00 CEST becomes 02:00 CET
    expect(localDateAndTime('2026-03-29T01:30:00Z')).toEqual({ date: '29/03/2026', time: '03:30' });
    expect(localDateAndTime('2026-10-25T00:30:00Z')).toEqual({ date: '25/10/2026', time: '02:30' });
    expect(localDateAndTime('2026-10-25T01:30:00Z')).toEqual({ date: '25/10/2026', time: '02:30' });
  });

  it('reads offsets other than Z, and prints midnight as 00', () => {
    expect(localDateAndTime('2027-01-04T00:00:00+01:00')).toEqual({ date: '04/01/2027', time: '00:00' });
  });
});

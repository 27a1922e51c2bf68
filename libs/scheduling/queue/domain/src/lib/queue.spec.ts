import { afterNoAnswer, nextInLine } from './next-in-line';
import { ticketDay, ticketNumber } from './ticket-number';
import { averageServiceMinutes, DEFAULT_SERVICE_MINUTES, estimatedWaitMinutes } from './wait-estimate';

describe('walk-in queue rules', () => {
  it('numbers tickets with the letter and three digits at least', () => {
    expect(ticketNumber('A', 1)).toBe('A001');
    expect(ticketNumber('B', 42)).toBe('B042');
    expect(ticketNumber('C', 1234)).toBe('C1234');
  });

  it('puts a ticket on the local Rome day, changing at local midnight (winter and summer)', () => {
    expect(ticketDay(new Date('2027-01-15T22:59:59Z'), 'Europe/Rome')).toBe('2027-01-15');
    expect(ticketDay(new Date('2027-01-15T23:00:00Z'), 'Europe/Rome')).toBe('2027-01-16');
    expect(ticketDay(new Date('2027-07-15T21:59:59Z'), 'Europe/Rome')).toBe('2027-07-15');
    expect(ticketDay(new Date('2027-07-15T22:00:00Z'), 'Europe/Rome')).toBe('2027-07-16');
  });

  it('estimates waits from the moving average and the open counters', () => {
    expect(averageServiceMinutes([])).toBe(DEFAULT_SERVICE_MINUTES);
    expect(averageServiceMinutes([300, 900])).toBe(10);
    expect(averageServiceMinutes([...Array(20).fill(60), 6000])).toBe(1);
    expect(estimatedWaitMinutes(0, 10, 1)).toBe(0);
    expect(estimatedWaitMinutes(3, 10, 2)).toBe(15);
    expect(estimatedWaitMinutes(3, 10, 0)).toBe(30);
  });

  it('calls the longest waiting first, interleaving appointments by their time', () => {
    const t = (id: string, iso: string) => ({ kind: 'ticket' as const, id, since: new Date(iso) });
    const a = (id: string, iso: string) => ({ kind: 'appointment' as const, id, since: new Date(iso) });
    expect(nextInLine([])).toBeNull();
    expect(
      nextInLine([
        t('t2', '2027-01-01T09:05:00Z'),
        a('b1', '2027-01-01T09:00:00Z'),
        t('t1', '2027-01-01T09:01:00Z'),
      ])?.id,
    ).toBe('b1');
    expect(nextInLine([t('t1', '2027-01-01T08:55:00Z'), a('b1', '2027-01-01T09:00:00Z')])?.id).toBe('t1');
    expect(nextInLine([t('t1', '2027-01-01T09:00:00Z'), a('b1', '2027-01-01T09:00:00Z')])?.id).toBe('b1');
  });

  it('marks a ticket missed after the maximum number of unanswered calls', () => {
    expect(afterNoAnswer(1, 3)).toBe('waiting');
    expect(afterNoAnswer(3, 3)).toBe('missed');
  });
});

import { describe, expect, it } from 'vitest';
import {
  dayOf,
  monthOf,
  monthRange,
  noteProblem,
  parseLinkFragment,
  shiftMonth,
  visitServices,
} from './booking-draft';

describe('booking draft helpers', () => {
  it('checks the note as the API does: 200 characters once trimmed, never a credential with its value', () => {
    expect(noteProblem('')).toBeNull();
    expect(noteProblem(` ${'a'.repeat(200)} `)).toBeNull();
    expect(noteProblem('a'.repeat(201))).toBe('tooLong');
    expect(noteProblem('il PIN della mia CIE è 12345678')).toBe('credential');
    expect(noteProblem('password: Rossi1985')).toBe('credential');
    expect(noteProblem('PIN 4821')).toBe('credential');
    expect(noteProblem('Ho dimenticato il PIN della CIE')).toBeNull();
  });
  it('moves across months and years', () => {
    expect(shiftMonth('2027-12', 1)).toBe('2028-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
  it('asks availability from today to the end of the month', () => {
    expect(monthRange('2027-02', '2027-02-10')).toEqual({ from: '2027-02-10', to: '2027-02-28' });
    expect(monthRange('2027-03', '2027-02-10')).toEqual({ from: '2027-03-01', to: '2027-03-31' });
  });
  it('reads days and months in Europe/Rome', () => {
    expect(dayOf('2027-03-31T23:30:00Z')).toBe('2027-04-01');
    expect(monthOf(new Date('2027-03-31T23:30:00Z'))).toBe('2027-04');
  });
  it('parses the link fragment and refuses anything else', () => {
    expect(parseLinkFragment('#K7Q2-XM4P.c2FtcGxlLWxpbmstdG9rZW4')).toEqual({
      code: 'K7Q2-XM4P',
      token: 'c2FtcGxlLWxpbmstdG9rZW4',
    });
    expect(parseLinkFragment('#K7Q2')).toBeNull();
    expect(parseLinkFragment('')).toBeNull();
  });
  it('lists the procedures of the visit', () => {
    expect(visitServices({ service: 'a', extraService: '' })).toEqual(['a']);
    expect(visitServices({ service: 'a', extraService: 'b' })).toEqual(['a', 'b']);
  });
});

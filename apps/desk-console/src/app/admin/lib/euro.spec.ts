import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuro } from './euro';

describe('parseEuro', () => {
  it.each([
    ['12,50', 1250],
    ['12,50 €', 1250],
    ['€ 12,5', 1250],
    ['12.50', 1250],
    ['12', 1200],
    ['0', 0],
    ['0,05', 5],
    ['1.234,56', 123456],
    ['1.234', 123400],
    ['10000', 1_000_000],
    [' 22,21 EUR ', 2221],
  ])('reads %s as %d cents', (input, cents) => {
    expect(parseEuro(input)).toEqual({ ok: true, cents });
  });

  it.each(['12,505', 'abc', '-3', '1,2,3', '12.3.4', '12,'])('refuses %s', (input) => {
    expect(parseEuro(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('says an empty field is empty and a huge fee out of range', () => {
    expect(parseEuro('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseEuro('10000,01')).toEqual({ ok: false, reason: 'range' });
  });
});

describe('formatEuro', () => {
  it.each([
    [1250, '12,50 €'],
    [0, '0,00 €'],
    [5, '0,05 €'],
    [123456, '1.234,56 €'],
    [100000000, '1.000.000,00 €'],
  ])('writes %d cents as %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  it('round-trips with parseEuro', () => {
    for (const cents of [0, 1, 99, 1250, 2221, 123456, 1_000_000])
      expect(parseEuro(formatEuro(cents))).toEqual({ ok: true, cents });
  });
});

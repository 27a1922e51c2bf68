import { describe, expect, it } from 'vitest';
import {
  codiceFiscaleCheckCharacter,
  codiceFiscaleProblem,
  isFiscalCode,
  normaliseCodiceFiscale,
} from './codice-fiscale';

describe('codice fiscale', () => {
  it('accepts valid codes, in any case and with spaces', () => {
    expect(codiceFiscaleProblem('RSSMRA85T10A562S')).toBeNull();
    expect(codiceFiscaleProblem('rssmra85t10a562s')).toBeNull();
    expect(codiceFiscaleProblem(' RSS MRA 85T10 A562S ')).toBeNull();
    expect(normaliseCodiceFiscale(' rss mra85t10a562s')).toBe('RSSMRA85T10A562S');
  });
  it('accepts an omocodia code (digits replaced by letters) with its own check character', () => {
    const first15 = 'RSSMRA85T10A56N';
    expect(codiceFiscaleProblem(first15 + codiceFiscaleCheckCharacter(first15))).toBeNull();
  });
  it('computes the check character from the odd and even tables', () => {
    expect(codiceFiscaleCheckCharacter('RSSMRA85T10A562')).toBe('S');
  });
  it('says why a code is not valid', () => {
    expect(codiceFiscaleProblem('')).toBe('empty');
    expect(codiceFiscaleProblem('RSSMRA85T10A562')).toBe('length');
    expect(codiceFiscaleProblem('RSSMRA85T10A562SX')).toBe('length');
    expect(codiceFiscaleProblem('RSSMRA85Z10A562S')).toBe('format'); // Z is no month
    expect(codiceFiscaleProblem('1SSMRA85T10A562S')).toBe('format');
    expect(codiceFiscaleProblem('RSSMRA85T10A562T')).toBe('check');
  });
});

describe('isFiscalCode', () => {
  it('accepts valid codes, in any case', () => {
    expect(isFiscalCode('RSSMRA85T10A562S')).toBe(true);
    expect(isFiscalCode('vrdnna58c41c573w')).toBe(true);
  });
  it('refuses a wrong check character or shape', () => {
    expect(isFiscalCode('RSSMRA85T10A562T')).toBe(false);
    expect(isFiscalCode('RSSMRA85T10A562')).toBe(false);
    expect(isFiscalCode('')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isFiscalCode } from './fiscal-code';

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

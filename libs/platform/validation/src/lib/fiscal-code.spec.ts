import { fiscalCodeCheckChar, isValidFiscalCode } from './fiscal-code';

describe('codice fiscale', () => {
  it.each(['RSSMRA85T10A562S', 'rssmra85t10a562s', 'RSS MRA 85T10 A562S'])('accepts %s', (code) => {
    expect(isValidFiscalCode(code)).toBe(true);
  });

  it('accepts omocodia (digits replaced by letters) with its own check character', () => {
    // RSSMRA85T10A562S with its last digit 2 written as N (omocodia): a different, valid code.
    const first15 = 'RSSMRA85T10A56N';
    expect(isValidFiscalCode(`${first15}${fiscalCodeCheckChar(first15)}`)).toBe(true);
    expect(isValidFiscalCode(`${first15}S`)).toBe(fiscalCodeCheckChar(first15) === 'S');
  });

  it.each([
    ['wrong check character', 'RSSMRA85T10A562T'],
    ['too short', 'RSSMRA85T10A562'],
    ['bad month letter', 'RSSMRA85Z10A562S'],
    ['impossible day', 'RSSMRA85T35A562S'],
    ['not a string', 12345],
    ['empty', ''],
  ])('refuses %s', (_why, code) => {
    expect(isValidFiscalCode(code)).toBe(false);
  });
});

import { maskPersonalData } from './mask-personal-data';

describe('maskPersonalData', () => {
  it.each([
    ['RSSMRA85T10A562S', '[cf]'],
    ['codice RSSMRA85T10A562S fine', 'codice [cf] fine'],
    ['RSSMRA85TMLA562S', '[cf]'],
    ['mario.rossi@example.it', '[email]'],
    ['tel +39 333 1234567', 'tel [phone]'],
    ['3331234567', '[phone]'],
  ])('masks %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it('keeps ordinary log content', () => {
    const line = '{"level":30,"msg":"GET /catalogue/v1/services 200","responseTime":12,"booking":"K7M2QX"}';
    expect(maskPersonalData(line)).toBe(line);
  });
});

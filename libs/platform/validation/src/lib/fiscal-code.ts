// Italian codice fiscale of a natural person: 16 characters with a check character, and omocodia
// (digits replaced by letters LMNPQRSTUV when two people would share a code).
const PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const ODD: Record<string, number> = {};
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const OMOCODIA = 'LMNPQRSTUV';

for (let i = 0; i < 26; i++) ODD[String.fromCharCode(65 + i)] = ODD_VALUES[i];
for (let d = 0; d < 10; d++) ODD[String(d)] = ODD_VALUES[d];

const evenValue = (c: string): number => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65);

/** Upper-cases and strips spaces: what a citizen types is normalised before checking. */
export const normaliseFiscalCode = (input: string): string => input.replace(/\s+/g, '').toUpperCase();

/** The check character (16th) of the first 15 characters. */
export function fiscalCodeCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15[i];
    sum += i % 2 === 0 ? ODD[c] : evenValue(c);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** True for a well-formed codice fiscale whose check character matches (omocodia included). */
export function isValidFiscalCode(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  const code = normaliseFiscalCode(input);
  if (!PATTERN.test(code)) return false;
  // Day of birth (plus 40 for women) must be 1–31 or 41–71 once omocodia letters are turned back into digits.
  const digits = (s: string) => s.replace(/[LMNPQRSTUV]/g, (c) => String(OMOCODIA.indexOf(c)));
  const day = Number(digits(code.slice(9, 11)));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return fiscalCodeCheckChar(code.slice(0, 15)) === code[15];
}

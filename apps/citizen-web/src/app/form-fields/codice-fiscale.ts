/**
 * The codice fiscale of a natural person, checked as the citizen types it: its shape (16 characters, with the
 * letters that replace digits in "omocodia" codes) and its check character (the Ministry's odd/even tables).
 */
export type CodiceFiscaleProblem = 'empty' | 'length' | 'format' | 'check';

const ODD: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

/** Digits or their omocodia letters (L=0 … V=9). */
const D = '[0-9LMNPQRSTUV]';
const SHAPE = new RegExp(`^[A-Z]{6}${D}{2}[ABCDEHLMPRST]${D}{2}[A-Z]${D}{3}[A-Z]$`);

/** What the citizen typed, as the API expects it: upper case, without spaces. */
export const normaliseCodiceFiscale = (value: string) => value.replace(/\s+/g, '').toUpperCase();

const evenValue = (c: string) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

/** The check character of the first 15 characters (already upper case). */
export function codiceFiscaleCheckCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charAt(i);
    // positions 1, 3, 5… (1-based) are "odd"
    sum += i % 2 === 0 ? (ODD[c] ?? 0) : evenValue(c);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** null when valid, else why not. */
export function codiceFiscaleProblem(value: string): CodiceFiscaleProblem | null {
  const cf = normaliseCodiceFiscale(value);
  if (cf === '') return 'empty';
  if (cf.length !== 16) return 'length';
  if (!SHAPE.test(cf)) return 'format';
  return codiceFiscaleCheckCharacter(cf.slice(0, 15)) === cf.charAt(15) ? null : 'check';
}

/** Whether it is a valid codice fiscale (shape and check character; spaces and case do not matter). */
export const isFiscalCode = (value: string) => codiceFiscaleProblem(value) === null;

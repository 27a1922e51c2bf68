const ODD: Record<string, number> = {};
'0123456789'.split('').forEach((c, i) => {
  ODD[c] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][i] ?? 0;
});
'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').forEach((c, i) => {
  ODD[c] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i] ?? 0;
});
const even = (c: string) => (/[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65);

const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Whether a codice fiscale has the right shape and check character (omocodia letters allowed). */
export function isFiscalCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  if (!SHAPE.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charAt(i);
    sum += i % 2 === 0 ? (ODD[c] ?? 0) : even(c);
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15);
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[0-9 ]{6,20}$/;

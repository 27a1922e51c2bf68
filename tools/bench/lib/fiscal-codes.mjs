// Valid, distinct codici fiscali for the bench, generated from a number: no two callers collide as long as
// they use different namespaces (0–25).
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const oddValue = (c) => (c >= '0' && c <= '9' ? ODD[Number(c)] : ODD[c.charCodeAt(0) - 65]);
const evenValue = (c) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65);
const MONTHS = 'ABCDEHLMPRST';

export function checkChar(first15) {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? oddValue(first15[i]) : evenValue(first15[i]);
  return String.fromCharCode(65 + (sum % 26));
}

/** The n-th code (n < 26^5) of a namespace: six letters from (namespace, n), a birth date, Cesena (C573). */
export function fiscalCode(namespace, n) {
  let letters = '';
  let x = n;
  for (let i = 0; i < 5; i++) {
    letters = String.fromCharCode(65 + (x % 26)) + letters;
    x = Math.floor(x / 26);
  }
  const first15 = `${String.fromCharCode(65 + namespace)}${letters}${String(60 + (n % 40)).padStart(2, '0')}${MONTHS[n % 12]}${String(1 + (n % 28)).padStart(2, '0')}C573`;
  return first15 + checkChar(first15);
}

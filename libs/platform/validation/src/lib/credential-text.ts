/**
 * Credentials never enter the system: a free-text note (a citizen's note to the desk, an operator's note on a case)
 * that names a password, PIN, PUK or OTP together with its value is refused. The value is what follows `:` or `=`
 * (`password: gatto`, `pwd=abc`), or, within a few words, a token of four or more characters with a digit
 * (`il PIN del cittadino è 4821`, a CIE PIN's first half). Mentioning one is fine: "Ho dimenticato il PIN della CIE".
 * The citizen web checks the same rule as it is typed (apps/citizen-web booking-draft.ts: the web may not import this).
 */
const CREDENTIAL_WORD = String.raw`\b(?:pin|puk|otp|password|passwd|pwd|passcode|passphrase|parola\s+(?:chiave|d'ordine)|codice\s+segreto)\b`;

const CREDENTIAL_TEXT = new RegExp(
  String.raw`${CREDENTIAL_WORD}(?:\s*[:=]\s*\S+|(?:\s+[^\s\d:=]+){0,3}?\s*[:=]?\s*(?:(?:è|e'|is|was|era|vale)\s+)?(?=[^\s,;]*\d)[^\s,;]{4,})`,
  'iu',
);

/** True when a free text seems to carry a password, PIN, PUK or OTP with its value, e.g. `PIN 4821`. */
export const looksLikeCredential = (text: string): boolean => CREDENTIAL_TEXT.test(text);

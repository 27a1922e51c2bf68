/** Field names that carry credentials: they must never enter the system (SPID/CIE passwords, PINs, PUKs, OTPs). */
const CREDENTIAL_FIELD = /^(password|passwd|pwd|pass|passphrase|pin|puk|otp|secret|credentials?)$/i;

/** Paths of credential-like fields at any depth (e.g. `citizen.pin`), for a 400 that names them. */
export function credentialFields(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => credentialFields(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
    const here = path ? `${path}.${k}` : k;
    return [...(CREDENTIAL_FIELD.test(k) ? [here] : []), ...credentialFields(v, here)];
  });
}

const CREDENTIAL_WORD = String.raw`\b(?:pin|puk|otp|password|passwd|pwd|passcode|passphrase|parola\s+(?:chiave|d'ordine)|codice\s+segreto)\b`;
/**
 * A credential word, then its value: right after `:` / `=` (`password: gatto`), or, a few words later,
 * a token of 4+ characters with a digit (`il PIN del cittadino è 4821`).
 */
const CREDENTIAL_TEXT = new RegExp(
  String.raw`${CREDENTIAL_WORD}(?:\s*[:=]\s*\S+|(?:\s+[^\s\d:=]+){0,3}?\s*[:=]?\s*(?:(?:è|e'|is|was|era|vale)\s+)?(?=[^\s,;]*\d)[^\s,;]{4,})`,
  'iu',
);

/** True when a free text (an operator's note) seems to carry a password, PIN, PUK or OTP, e.g. `PIN 4821`. */
export const looksLikeCredential = (text: string): boolean => CREDENTIAL_TEXT.test(text);

/** Paths of free-text `note` fields, at any depth, whose value looks like a credential. */
export function credentialNotes(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => credentialNotes(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
    const here = path ? `${path}.${k}` : k;
    const hit = k === 'note' && typeof v === 'string' && looksLikeCredential(v);
    return [...(hit ? [here] : []), ...credentialNotes(v, here)];
  });
}

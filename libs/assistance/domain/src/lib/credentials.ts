import { looksLikeCredential } from '@facile/platform/validation';
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

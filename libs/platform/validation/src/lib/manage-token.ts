import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Citizens' manage tokens: 256 random bits, given once, stored only as a SHA-256 hash, compared in
 * constant time.
 */
export const ManageTokens = {
  generate(): string {
    return randomBytes(32).toString('base64url');
  },
  hash(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  },
  matches(token: string | undefined, storedHash: string): boolean {
    if (!token || token.length > 200) return false;
    const a = Buffer.from(ManageTokens.hash(token), 'hex');
    const b = Buffer.from(storedHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  },
};

/** No 0/O, 1/I/L, 5/S, 2/Z: codes read aloud at a desk or over the phone stay unambiguous. */
export const CODE_ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';

/** A short human-readable code, e.g. `K7M-2QX9` (8 characters ≈ 38 bits; the manage token guards access). */
export function humanCode(length = 8, prefix = ''): string {
  let s = '';
  for (let i = 0; i < length; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${prefix}${s.slice(0, 4)}-${s.slice(4)}`;
}

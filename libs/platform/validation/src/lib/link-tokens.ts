import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link token lets its holder do with one booking: confirm it (confirm-by-link mode), or manage it. */
export const LINK_PURPOSES = ['confirm', 'manage'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** 128 bits: unguessable, and short enough for an SMS. */
const TOKEN_BYTES = 16;

/**
 * Tokens of the links sent to citizens (ADR 0019): HMAC-SHA256(LINK_SECRET, version, purpose, booking id), truncated
 * to 128 bits, base64url. Scheduling verifies them and notifications builds the links, each computing the token from
 * the shared secret and the booking id the events already carry: no token is stored, published on Kafka or logged.
 * A token serves one purpose for one booking; changing LINK_SECRET invalidates every link sent.
 */
export class LinkTokens {
  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('LinkTokens needs a secret of at least 32 characters');
  }

  private mac(purpose: LinkPurpose, bookingId: string): Buffer {
    return createHmac('sha256', this.secret)
      .update(`facile-link:v1:${purpose}:${bookingId.toLowerCase()}`)
      .digest()
      .subarray(0, TOKEN_BYTES);
  }

  sign(purpose: LinkPurpose, bookingId: string): string {
    return this.mac(purpose, bookingId).toString('base64url');
  }

  /** Constant time; any malformed token is simply not a match. */
  matches(purpose: LinkPurpose, bookingId: string, token: string | undefined): boolean {
    if (!token || token.length > 64 || !/^[A-Za-z0-9_-]+$/.test(token)) return false;
    const given = Buffer.from(token, 'base64url');
    const expected = this.mac(purpose, bookingId);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

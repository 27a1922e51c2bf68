import { randomUUID } from 'node:crypto';
import { LinkTokens } from './link-tokens';

describe('link tokens', () => {
  const tokens = new LinkTokens('a-test-secret-of-at-least-32-characters!');
  const id = randomUUID();

  it('are 128-bit HMACs that match only their own purpose, booking and secret', () => {
    const confirm = tokens.sign('confirm', id);
    expect(Buffer.from(confirm, 'base64url')).toHaveLength(16);
    expect(confirm).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(tokens.matches('confirm', id, confirm)).toBe(true);
    expect(tokens.matches('confirm', id.toUpperCase(), confirm)).toBe(true);
    expect(tokens.matches('manage', id, confirm)).toBe(false);
    expect(tokens.matches('confirm', randomUUID(), confirm)).toBe(false);
    expect(new LinkTokens('another-secret-of-at-least-32-characters').matches('confirm', id, confirm)).toBe(
      false,
    );
    expect(tokens.sign('confirm', id)).toBe(confirm);
  });

  it('refuse anything malformed without throwing', () => {
    for (const bad of [
      undefined,
      '',
      'x',
      'not base64url!',
      'A'.repeat(200),
      `${tokens.sign('manage', id)}=`,
    ])
      expect(tokens.matches('manage', id, bad)).toBe(false);
  });

  it('need a real secret', () => {
    expect(() => new LinkTokens('short')).toThrow(/32/);
  });
});

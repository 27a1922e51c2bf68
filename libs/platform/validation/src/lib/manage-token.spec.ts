import { CODE_ALPHABET, humanCode, ManageTokens } from './manage-token';

describe('manage tokens', () => {
  it('are at least 128 random bits and distinct', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => ManageTokens.generate()));
    expect(tokens.size).toBe(1000);
    for (const t of [...tokens].slice(0, 5))
      expect(Buffer.from(t, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
  });

  it('match only their own hash', () => {
    const t = ManageTokens.generate();
    const h = ManageTokens.hash(t);
    expect(h).not.toContain(t);
    expect(ManageTokens.matches(t, h)).toBe(true);
    expect(ManageTokens.matches(ManageTokens.generate(), h)).toBe(false);
    expect(ManageTokens.matches(undefined, h)).toBe(false);
  });
});

describe('human codes', () => {
  it('use only the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = humanCode().replace('-', '');
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { tokenFromHash, withToken } from './link-token';

describe('link tokens', () => {
  it('reads the token from the fragment, bare or named', () => {
    expect(tokenFromHash('#q8Zx1Yb3VwKpR2mT5nLc0A')).toBe('q8Zx1Yb3VwKpR2mT5nLc0A');
    expect(tokenFromHash('#token=q8Zx1Yb3VwKpR2mT5nLc0A')).toBe('q8Zx1Yb3VwKpR2mT5nLc0A');
  });
  it('refuses an empty or odd fragment', () => {
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#')).toBeUndefined();
    expect(tokenFromHash('#a b<c>')).toBeUndefined();
  });
  it('puts the token in the fragment only', () => {
    expect(withToken('/il-mio-numero/cesena-centro/2026-12-02/A001', 'abcDEF123_-x')).toBe(
      '/il-mio-numero/cesena-centro/2026-12-02/A001#abcDEF123_-x',
    );
  });
});

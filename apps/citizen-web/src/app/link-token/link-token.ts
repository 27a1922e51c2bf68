import { useEffect } from 'react';

/**
 * The manage token of a link, from its fragment (`…#<token>` or `…#token=<token>`): the fragment never reaches
 * a server, a log or a Referer header (ADR 19), so the token travels only in the link itself.
 */
export function tokenFromHash(hash: string): string | undefined {
  const raw = hash.replace(/^#/, '');
  const value = raw.startsWith('token=') ? raw.slice('token='.length) : raw;
  const token = decodeURIComponent(value).trim();
  return /^[A-Za-z0-9_-]{8,200}$/.test(token) ? token : undefined;
}

/** A path with the token in its fragment, never in its query string. */
export function withToken(path: string, token: string): string {
  return `${path}#${encodeURIComponent(token)}`;
}

/** While a page holding a token is shown, the document sends no Referer anywhere (a meta the page adds). */
export function useNoReferrer(): void {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, []);
}

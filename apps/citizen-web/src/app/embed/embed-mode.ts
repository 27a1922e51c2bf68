const KEY = 'facile.embed';

/**
 * Whether the page runs chromeless inside a municipality's site: `?embed=1` on the first page opened in the
 * frame, remembered for the frame's session (its storage is partitioned by the embedding site, so a visit to
 * the citizen web itself never inherits it).
 */
export function isEmbedded(search: string): boolean {
  const asked = new URLSearchParams(search).get('embed') === '1';
  try {
    if (asked) sessionStorage.setItem(KEY, '1');
    return asked || (window.parent !== window && sessionStorage.getItem(KEY) === '1');
  } catch {
    return asked;
  }
}

/** The message the embed script (public/embed.js) listens for. */
export const HEIGHT_MESSAGE = 'facile:embed-height';

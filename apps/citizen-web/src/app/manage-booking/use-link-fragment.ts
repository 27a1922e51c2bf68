import { useEffect, useState } from 'react';
import { parseLinkFragment } from '../booking/state/booking-draft';

/**
 * The code and token of a link from a message (`#<code>.<token>`, ADR 19). The token stays in the fragment,
 * which browsers never send; the page asks for no Referer at all while it is open, so no link it offers
 * (a map) and no resource it loads can leak the address.
 */
export function useLinkFragment() {
  const [link] = useState(() => parseLinkFragment(window.location.hash));
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, []);
  return link;
}

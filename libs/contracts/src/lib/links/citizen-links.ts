/**
 * Links in citizens' messages open pages of the citizen web (ADR 0019). The booking code and the link token travel in
 * the URL fragment (`#<code>.<token>`), which browsers never send to a server: no proxy, gateway or access log sees
 * the token. The page posts it to the API in the X-Manage-Token header.
 */
export const CITIZEN_LINK_PATHS = {
  /** Confirm-by-link mode: the page calls POST /scheduling/v1/bookings/{code}/confirm. */
  confirm: '/prenotazioni/conferma',
  /** Read, reschedule, cancel, calendar file: the booking endpoints with the token in X-Manage-Token. */
  manage: '/prenotazioni/gestisci',
} as const;

export type CitizenLinkPurpose = keyof typeof CITIZEN_LINK_PATHS;

export function citizenLink(
  baseUrl: string,
  purpose: CitizenLinkPurpose,
  code: string,
  token: string,
): string {
  return `${baseUrl.replace(/\/+$/, '')}${CITIZEN_LINK_PATHS[purpose]}#${encodeURIComponent(code)}.${token}`;
}

/** `#K7Q2-XM4P.<token>` (or without `#`) → its code and token; null when it is not one. */
export function parseCitizenLinkFragment(fragment: string): { code: string; token: string } | null {
  const m = /^#?([A-Za-z0-9-]{1,40})\.([A-Za-z0-9_-]{16,64})$/.exec(fragment);
  return m ? { code: m[1], token: m[2] } : null;
}

/**
 * The page of one walk-in ticket: `/il-mio-numero/<site>/<day>/<number>#<manage token>`. The day (the site's
 * local day, YYYY-MM-DD) makes an old link say it is old instead of following today's ticket of that number;
 * the token stays in the fragment. The kiosk's QR code opens the same path.
 */
export const ticketPath = (site: string, day: string, number: string) =>
  `/il-mio-numero/${encodeURIComponent(site)}/${encodeURIComponent(day)}/${encodeURIComponent(number)}`;

export const takeTicketPath = '/il-mio-numero';

/** The citizen web's own addresses (one place, so links and routes agree). */
export const paths = {
  home: '/',
  services: '/servizi',
  booking: '/prenota',
  sessions: '/incontri',
  assistance: '/assistenza',
  municipality: (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`,
  /** A card: for one municipality when it is known, else the card with a municipality chooser. */
  card: (slug: string, tenantId?: string) =>
    tenantId
      ? `/comuni/${encodeURIComponent(tenantId)}/servizi/${encodeURIComponent(slug)}`
      : `/servizi/${encodeURIComponent(slug)}`,
  /** Booking with the procedure (and the municipality, when known) preselected. */
  bookingOf: (slug: string, tenantId?: string) => {
    const query = new URLSearchParams({ servizio: slug });
    if (tenantId) query.set('comune', tenantId);
    return `/prenota?${query.toString()}`;
  },
};

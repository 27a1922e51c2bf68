/** Scheduling's own view of a catalogue procedure, kept from catalogue events. */
export interface Procedure {
  slug: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  title: string;
  bookable: boolean;
  walkIn: boolean;
  durationMinutes: number;
  /** Per-municipality duration overrides and whether it is offered. */
  offerings: { tenant: string; enabled: boolean; durationMinutes?: number | null }[];
}

/** Events may arrive twice or late: only a newer version of a card replaces the stored one. */
export const isNewer = (stored: number | undefined, incoming: number): boolean =>
  stored === undefined || incoming > stored;

/** The duration of a procedure for a municipality: its override, else the card's. */
export function durationFor(procedure: Procedure, tenant: string): number {
  return procedure.offerings.find((o) => o.tenant === tenant)?.durationMinutes ?? procedure.durationMinutes;
}

/** Bookable for that municipality: published, bookable, and offered (enabled) by it. */
export function isBookableFor(procedure: Procedure, tenant: string): boolean {
  const offering = procedure.offerings.find((o) => o.tenant === tenant);
  return procedure.status === 'published' && procedure.bookable && offering?.enabled === true;
}

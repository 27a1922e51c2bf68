import { CitizenData } from '../ports/booking.store';

export interface CreateBookingCommand {
  services: string[];
  tenant: string;
  site: string;
  /** A slot start, parsed at the edge; the slot resolver checks it is one of the visit's slots. */
  start: Date;
  holdId?: string;
  caseCode?: string;
  /** Trimmed; empty is none. */
  note?: string;
  citizen: CitizenData;
  idempotencyKey?: string;
  /** The client address (req.ip, behind trusted proxies only): booking attempts are limited per address (ADR 0019). */
  client?: string;
}

import { CitizenData } from '../ports/booking.store';

export interface CreateBookingCommand {
  services: string[];
  tenant: string;
  site: string;
  start: string;
  holdId?: string;
  caseCode?: string;
  /** Trimmed; empty is none. */
  note?: string;
  citizen: CitizenData;
  idempotencyKey?: string;
  /** The client address (req.ip, behind trusted proxies only): booking attempts are limited per address (ADR 0019). */
  client?: string;
}

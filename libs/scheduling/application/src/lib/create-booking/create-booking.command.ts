import { CitizenData } from '../ports/booking.store';

export interface CreateBookingCommand {
  services: string[];
  tenant: string;
  site: string;
  start: string;
  holdId?: string;
  caseCode?: string;
  citizen: CitizenData;
  idempotencyKey?: string;
}

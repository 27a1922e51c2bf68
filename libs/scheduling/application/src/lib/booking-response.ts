import { iso } from '@facile/scheduling/domain';
import { BookingView } from './ports/booking.store';

export interface BookingResponse {
  id: string;
  code: string;
  manageToken?: string;
  status: string;
  service: string;
  services: string[];
  tenant: string;
  site: string;
  start: string;
  end: string;
  sequence: number;
  caseCode?: string;
  note?: string;
  /** A pending booking (confirm-by-link mode): the link sent to the citizen must be opened before this time. */
  confirmBy?: string;
  /** What to show citizens instead of ids. */
  siteName?: string;
  siteAddress?: string;
  serviceTitles?: string[];
}

const ZONE = 'Europe/Rome';

/** The public view of a booking (never the token hash, never the codice fiscale). */
export function toBookingResponse(b: BookingView, manageToken?: string): BookingResponse {
  return {
    id: b.id,
    code: b.code,
    ...(manageToken ? { manageToken } : {}),
    status: b.status,
    service: b.services[0],
    services: b.services,
    tenant: b.tenant,
    site: b.site,
    start: iso(b.start.getTime(), ZONE),
    end: iso(b.end.getTime(), ZONE),
    sequence: b.sequence,
    ...(b.caseCode ? { caseCode: b.caseCode } : {}),
    ...(b.note ? { note: b.note } : {}),
    ...(b.status === 'pending' && b.confirmBy ? { confirmBy: iso(b.confirmBy.getTime(), ZONE) } : {}),
    ...(b.labels
      ? {
          siteName: b.labels.siteName,
          ...(b.labels.siteAddress ? { siteAddress: b.labels.siteAddress } : {}),
          serviceTitles: b.labels.serviceTitles,
        }
      : {}),
  };
}

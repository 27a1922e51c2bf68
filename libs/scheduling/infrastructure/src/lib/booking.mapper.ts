import { BookingStateV1 } from '@facile/contracts';
import { BookingView, StoredBooking } from '@facile/scheduling/application';
import { ACTIVE_STATUSES, BookingStatus } from '@facile/scheduling/domain';

export interface BookingRow {
  id: string;
  tenant_id: string;
  code: string;
  manage_token_hash: string;
  services: string[];
  site_id: string;
  counter: number;
  start_at: Date;
  end_at: Date;
  status: BookingStatus;
  sequence: number;
  case_code: string | null;
  note: string | null;
  first_name: string;
  last_name: string;
  fiscal_code: string;
  email: string | null;
  phone: string | null;
  locale: 'it' | 'en' | null;
  request_hash: string | null;
  created_at: Date;
  confirm_by: Date | null;
  site_name: string | null;
  site_address: string | null;
  service_titles: string[] | null;
}

/**
 * Every column of a booking, plus the names citizens read in their messages (the site's name and address,
 * the procedures' titles), looked up by primary key. Works in SELECT and in RETURNING of scheduling.bookings.
 */
export const BOOKING_COLUMNS = `id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence, case_code, note,
  first_name, last_name, fiscal_code, email, phone, locale, request_hash, created_at, confirm_by,
  (SELECT s.name FROM scheduling.sites s WHERE s.id = bookings.site_id) AS site_name,
  (SELECT s.address FROM scheduling.sites s WHERE s.id = bookings.site_id) AS site_address,
  (SELECT array_agg(p.title ORDER BY array_position(bookings.services, p.slug)) FROM scheduling.procedures p
    WHERE p.slug = ANY(bookings.services)) AS service_titles`;

/** Statuses that hold a counter, as SQL (ACTIVE_STATUSES; the exclusion constraint's predicate). */
export const ACTIVE_STATUSES_SQL = `(${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export function toStoredBooking(r: BookingRow): StoredBooking {
  return {
    id: r.id,
    code: r.code,
    status: r.status,
    services: r.services,
    tenant: r.tenant_id,
    site: r.site_id,
    counter: r.counter,
    start: new Date(r.start_at),
    end: new Date(r.end_at),
    sequence: r.sequence,
    caseCode: r.case_code,
    note: r.note,
    citizen: {
      firstName: r.first_name,
      lastName: r.last_name,
      fiscalCode: r.fiscal_code,
      ...(r.email ? { email: r.email } : {}),
      ...(r.phone ? { phone: r.phone } : {}),
      ...(r.locale ? { locale: r.locale } : {}),
    },
    createdAt: new Date(r.created_at),
    confirmBy: r.confirm_by ? new Date(r.confirm_by) : null,
    labels: {
      siteName: r.site_name ?? r.site_id,
      siteAddress: r.site_address,
      serviceTitles: r.services.map((slug, i) =>
        r.service_titles?.length === r.services.length ? r.service_titles[i] : slug,
      ),
    },
    manageTokenHash: r.manage_token_hash,
    requestHash: r.request_hash,
  };
}

/** The event payload: the full state, with the codice fiscale (App IO addresses citizens by it); never the note. */
export function toBookingState(b: BookingView): BookingStateV1 {
  const contact = { ...b.citizen };
  return {
    bookingId: b.id,
    code: b.code,
    services: b.services,
    tenant: b.tenant,
    site: b.site,
    start: b.start.toISOString(),
    end: b.end.toISOString(),
    status: b.status,
    sequence: b.sequence,
    createdAt: b.createdAt.toISOString(),
    ...(b.caseCode ? { caseCode: b.caseCode } : {}),
    ...(b.labels
      ? {
          siteName: b.labels.siteName,
          serviceTitles: b.labels.serviceTitles,
          ...(b.labels.siteAddress ? { siteAddress: b.labels.siteAddress } : {}),
        }
      : {}),
    citizen: contact,
  };
}

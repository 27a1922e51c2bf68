import { BookingStateV1 } from '@facile/contracts';
import { BookingView, StoredBooking } from '@facile/scheduling/application';
import { ACTIVE_STATUSES } from '@facile/scheduling/domain';
import { BookingRecord } from './records/booking.record';

/** `tenantId` → `tenant_id`: a record's property as its column is named. */
type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;
type ColumnsOf<R> = { [K in keyof R & string as SnakeCase<K>]: R[K] };

/** The table's columns a read returns: every one of BookingRecord but the idempotency key (looked up, never read back). */
const STORED_COLUMNS = [
  'id',
  'tenant_id',
  'code',
  'manage_token_hash',
  'services',
  'site_id',
  'counter',
  'start_at',
  'end_at',
  'status',
  'sequence',
  'case_code',
  'note',
  'first_name',
  'last_name',
  'fiscal_code',
  'email',
  'phone',
  'locale',
  'request_hash',
  'created_at',
  'confirm_by',
] as const satisfies readonly (keyof ColumnsOf<BookingRecord>)[];

/** A booking as BOOKING_COLUMNS reads it: the record's columns, typed by the record, and the labels looked up. */
export type BookingRow = Pick<ColumnsOf<BookingRecord>, (typeof STORED_COLUMNS)[number]> & {
  site_name: string | null;
  site_address: string | null;
  service_titles: string[] | null;
};

/**
 * Every column of a booking, plus the names citizens read in their messages (the site's name and address,
 * the procedures' titles), looked up by primary key. Works in SELECT and in RETURNING of scheduling.bookings.
 */
export const BOOKING_COLUMNS = `${STORED_COLUMNS.join(', ')},
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

/**
 * The event payload, the one place a booking becomes its contract's state: the full state, with the codice fiscale
 * (App IO addresses citizens by it), never the note; a pending booking's `confirmBy` (`scheduling.booking.requested`).
 * Event-specific additions (a reschedule's previous slot, a closure) are spread on top by the writer of that event.
 */
export function toBookingState(b: BookingView): BookingStateV1 & { confirmBy?: string } {
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
    ...(b.status === 'pending' && b.confirmBy ? { confirmBy: b.confirmBy.toISOString() } : {}),
  };
}

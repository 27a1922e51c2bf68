import type { CLOSURE_NOTICE_EVENT, LocalInterval, OpeningHours } from '@facile/scheduling/domain';
import { BookingView } from './booking.store';
import { OfferingSettings, SiteView } from './scheduling.reader';

export interface ClosureInput {
  site: string;
  tenant: string;
  date: string;
  hours: LocalInterval[];
  reason: string | null;
  /** Active bookings starting in [from, to) are candidates; `affected` picks those the new hours exclude. */
  from: Date;
  to: Date;
  affected: (b: BookingView) => boolean;
  /** The event each affected booking gets (chosen by the use case). */
  event: typeof CLOSURE_NOTICE_EVENT;
}

export type SiteChange = Partial<
  Pick<SiteView, 'name' | 'kind' | 'address' | 'counters' | 'servesAllTenants' | 'openingHours'>
>;

/** A site as its writes need it: which one, and the municipality whose transaction writes it. */
export type OwnedSite = Pick<SiteView, 'id' | 'tenant'>;

/**
 * Port: administrative changes to the network's sites. A write of one municipality's rows (a site, its hours, its
 * offering settings, removing a closure) runs in that municipality's transaction; a closure and a change of counters
 * read the bookings of every municipality at the site, union-wide.
 */
export abstract class SiteAdminStore {
  abstract setOpeningHours(site: OwnedSite, hours: OpeningHours): Promise<void>;
  /**
   * Stores the closure, finds the active bookings it affects and writes the closure's `event` for each booking to
   * the outbox, all in one transaction. Returns the affected bookings.
   */
  abstract putClosure(closure: ClosureInput): Promise<BookingView[]>;
  /** The active bookings the closure would affect, read union-wide; nothing is written (the console's preview). */
  abstract affectedByClosure(closure: ClosureInput): Promise<BookingView[]>;
  /** Removes the exception of that date (the weekly hours apply again); false when there was none. */
  abstract removeClosure(site: OwnedSite, date: string): Promise<boolean>;
  abstract putOffering(tenant: string, offering: OfferingSettings): Promise<void>;
  /** Inserts a site; ConflictError when the id exists. */
  abstract createSite(site: SiteView): Promise<void>;
  /**
   * Applies the change; ConflictError when fewer counters are asked than active future bookings use
   * (checked and written under a lock on the site row).
   */
  abstract updateSite(site: OwnedSite, change: SiteChange, now: Date): Promise<void>;
}

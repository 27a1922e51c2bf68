import { ConflictError } from '@facile/platform/errors';
import {
  ACTIVE_STATUSES,
  BookingAction,
  BookingStatus,
  BookingTransition,
  decideBookingChange,
  iso,
  newBookingEvent,
} from '@facile/scheduling/domain';
import {
  BookingStore,
  BookingView,
  HoldExtension,
  HoldOutcome,
  NewBooking,
  NewHold,
  SlotTarget,
  StoredBooking,
} from '../ports/booking.store';
import { SchedulingReader, SiteView } from '../ports/scheduling.reader';
import { BookingContacts, OpenHoldsLimit, SlotLimits } from '../slot-limits/slot-limits';
import { ResolvedSlot, SlotResolver } from '../visit/slot-resolver';

const isActiveStatus = (s: BookingStatus) => ACTIVE_STATUSES.includes(s);

interface Hold {
  tenant: string;
  site: string;
  services: string[];
  start: Date;
  expiresAt: Date;
}

const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) =>
  a.start < b.end && b.start < a.end;

/**
 * The unit tests' booking store: what PostgreSQL decides (a free counter or 409 slot-full, one active booking
 * per person and procedure, an idempotency key kept once, the lifecycle as the domain decides it) kept as plain
 * arrays, with the same typed errors as TypeOrmBookingStore. The real store is covered by the integration suite.
 */
export class InMemoryBookingStore extends BookingStore {
  readonly bookings: (StoredBooking & { idempotencyKey: string | null })[] = [];
  readonly holds = new Map<string, Hold>();
  /** Each change the real store writes to the outbox, as `type code`. */
  readonly events: string[] = [];
  /** Makes the next create fail as the database would when another request with the same key won the race. */
  raceOnNextCreate: StoredBooking | null = null;

  private active(site: string, slot: { start: Date; end: Date }, except?: string) {
    return this.bookings.filter(
      (b) => b.site === site && b.code !== except && isActiveStatus(b.status) && overlaps(b, slot),
    );
  }

  async createHold(hold: NewHold): Promise<HoldOutcome> {
    this.holds.set(hold.id, { ...hold });
    return { held: true };
  }
  async findHold(id: string): Promise<Hold | null> {
    return this.holds.get(id) ?? null;
  }
  async releaseHold(id: string): Promise<boolean> {
    return this.holds.delete(id);
  }
  async extendHold(): Promise<HoldExtension> {
    return { extended: false, reason: 'unknown' };
  }

  async create(b: NewBooking): Promise<BookingView> {
    if (this.raceOnNextCreate) {
      this.bookings.push({ ...this.raceOnNextCreate, idempotencyKey: b.idempotencyKey });
      this.raceOnNextCreate = null;
      throw new ConflictError('Concurrent request with this key', 'idempotency-race');
    }
    const taken = this.active(b.site, b).map((x) => x.counter);
    const counter = [...Array(b.counters).keys()].map((i) => i + 1).find((c) => !taken.includes(c));
    if (counter === undefined) throw new ConflictError('The slot is full', 'slot-full', 'Slot not available');
    const fiscalCode = b.citizen.fiscalCode;
    if (
      this.bookings.some(
        (x) =>
          isActiveStatus(x.status) &&
          x.citizen.fiscalCode === fiscalCode &&
          x.services.some((s) => b.services.includes(s)),
      )
    )
      throw new ConflictError(
        'This person already has an active booking for this procedure',
        'limit-reached',
        'Per-person limit reached',
      );
    if (b.holdId) this.holds.delete(b.holdId);
    const stored = {
      id: b.id,
      code: b.code,
      status: (b.confirmBy ? 'pending' : 'booked') as BookingStatus,
      services: b.services,
      tenant: b.tenant,
      site: b.site,
      counter,
      start: b.start,
      end: b.end,
      sequence: 1,
      caseCode: b.caseCode,
      note: b.note ?? null,
      citizen: b.citizen,
      createdAt: new Date(0),
      confirmBy: b.confirmBy,
      manageTokenHash: b.manageTokenHash,
      requestHash: b.requestHash,
      idempotencyKey: b.idempotencyKey,
    };
    this.bookings.push(stored);
    this.events.push(`${newBookingEvent(b.confirmBy !== null)} ${b.code}`);
    return { ...stored };
  }

  async findByIdempotencyKey(key: string): Promise<StoredBooking | null> {
    return this.bookings.find((b) => b.idempotencyKey === key) ?? null;
  }
  async findByCode(code: string): Promise<StoredBooking | null> {
    return this.bookings.find((b) => b.code === code) ?? null;
  }

  private change(code: string, action: BookingAction) {
    const b = this.bookings.find((x) => x.code === code);
    if (!b) throw new ConflictError(`No booking '${code}'`, 'invalid-transition');
    const change = decideBookingChange(b.status, action);
    if (!change)
      throw new ConflictError(
        `A ${b.status} booking cannot ${action}`,
        'invalid-transition',
        'Invalid state transition',
      );
    return { b, change };
  }

  async transition(code: string, action: BookingTransition): Promise<BookingView> {
    const { b, change } = this.change(code, action);
    Object.assign(b, { status: change.status, sequence: b.sequence + 1 });
    this.events.push(`${change.event} ${code}`);
    return { ...b };
  }

  async reschedule(code: string, target: SlotTarget): Promise<BookingView> {
    const { b, change } = this.change(code, 'reschedule');
    const taken = this.active(target.site, target, code).map((x) => x.counter);
    const counter = [...Array(target.counters).keys()].map((i) => i + 1).find((c) => !taken.includes(c));
    if (counter === undefined) throw new ConflictError('The slot is full', 'slot-full', 'Slot not available');
    Object.assign(b, {
      site: target.site,
      start: target.start,
      end: target.end,
      counter,
      sequence: b.sequence + 1,
    });
    this.events.push(`${change.event} ${code}`);
    return { ...b };
  }

  async confirm(code: string): Promise<BookingView> {
    const { b, change } = this.change(code, 'confirm');
    Object.assign(b, { status: change.status, sequence: b.sequence + 1 });
    return { ...b };
  }
  async expirePending(): Promise<BookingView[]> {
    return [];
  }
  async agenda(site: string, from: Date, to: Date): Promise<BookingView[]> {
    return this.bookings.filter((b) => b.site === site && overlaps(b, { start: from, end: to }));
  }
  async activeOn(site: string, from: Date, to: Date): Promise<BookingView[]> {
    return this.active(site, { start: from, end: to });
  }
}

/** Slot limits that count what they are asked and refund on request, never refusing (their rules are ADR 0019's). */
export class CountingSlotLimits extends SlotLimits {
  readonly bookings: (BookingContacts & { client?: string })[] = [];
  refunds = 0;
  async countHold(): Promise<void> {
    return;
  }
  openHolds(): OpenHoldsLimit | null {
    return null;
  }
  async countBooking(client: string | undefined, contacts: BookingContacts) {
    this.bookings.push({ client, ...contacts });
    return {
      refund: async () => {
        this.refunds++;
      },
    };
  }
}

/**
 * A slot resolver that accepts every start as a 20-minute slot with `counters` counters (the slot rules have
 * their own tests: slots.spec, visit-planner.spec); the services, site and start (in Europe/Rome) it was asked are kept.
 */
export function acceptingSlots(counters = 1): SlotResolver & { asked: string[][] } {
  const asked: string[][] = [];
  const resolve = async (
    services: string[],
    tenant: string,
    site: string,
    start: Date,
  ): Promise<ResolvedSlot> => {
    asked.push([...services, tenant, site, iso(start.getTime(), 'Europe/Rome')]);
    return {
      plan: { counters } as ResolvedSlot['plan'],
      start,
      end: new Date(start.getTime() + 20 * 60_000),
    };
  };
  return Object.assign(Object.create(SlotResolver.prototype) as SlotResolver, { resolve, asked });
}

/** The sites a reader knows (the other reads are the availability's, with their own tests). */
export function readerOf(sites: { id: string; tenant: string }[]): SchedulingReader {
  const views = sites.map((s): SiteView => ({
    ...s,
    name: s.id,
    kind: 'sportello',
    address: null,
    counters: 1,
    servesAllTenants: false,
    timeZone: 'Europe/Rome',
    openingHours: {} as SiteView['openingHours'],
  }));
  return Object.assign(Object.create(SchedulingReader.prototype) as SchedulingReader, {
    sites: async () => views,
  });
}

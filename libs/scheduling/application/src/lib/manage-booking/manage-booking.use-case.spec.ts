import { Principal } from '@facile/platform/auth';
import { ConflictError, ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { LinkTokens } from '@facile/platform/validation';
import { CreateBookingUseCase } from '../create-booking/create-booking.use-case';
import { AvailabilityCache } from '../get-availability/availability.cache';
import {
  acceptingSlots,
  CountingSlotLimits,
  InMemoryBookingStore,
  readerOf,
} from '../testing/in-memory-bookings';
import { ManageBookingUseCase } from './manage-booking.use-case';

const NOW = new Date('2027-04-01T08:00:00Z');
const START = '2027-04-06T09:00:00+02:00';
const tenants = TenantRegistry.fromJson({
  union: { id: 'unione-valle-savio', name: 'Unione dei Comuni Valle del Savio' },
  tenants: [{ id: 'cesena', name: 'Cesena' }],
});
const SITES = [
  { id: 'cesena-centro', tenant: 'cesena' },
  { id: 'cesena-ovest', tenant: 'cesena' },
];
const operatorOf = (site: string): Principal => ({
  sub: site,
  roles: ['operator'],
  tenants: [],
  sites: [site],
});

async function setup() {
  const store = new InMemoryBookingStore();
  const slots = acceptingSlots(1);
  const availability = new AvailabilityCache(60_000);
  const links = new LinkTokens('a-secret-of-at-least-thirty-two-characters');
  const create = new CreateBookingUseCase(
    slots,
    store,
    { now: () => NOW },
    availability,
    new CountingSlotLimits(),
    tenants,
  );
  const booked = await create.execute({
    services: ['carta-identita-elettronica'],
    tenant: 'cesena',
    site: 'cesena-centro',
    start: new Date(START),
    citizen: {
      firstName: 'Mario',
      lastName: 'Rossi',
      fiscalCode: 'RSSMRA85T10A562S',
      email: 'm@example.org',
    },
  });
  slots.asked.length = 0;
  const sut = new ManageBookingUseCase(store, slots, readerOf(SITES), availability, links);
  return { store, slots, availability, links, booked, token: booked.manageToken, sut };
}

describe('ManageBookingUseCase', () => {
  it('shows the booking to the holder of its manage token or of a manage link, whatever the case of the code', async () => {
    const { sut, booked, token, links } = await setup();
    const read = await sut.read(booked.code.toLowerCase(), token);
    expect(read).toMatchObject({ code: booked.code, status: 'booked', start: START });
    expect(read.manageToken).toBeUndefined();
    await expect(sut.read(booked.code, links.sign('manage', booked.id))).resolves.toMatchObject({
      code: booked.code,
    });
  });

  it('answers a wrong, missing or confirm-only token exactly like an unknown code', async () => {
    const { sut, booked, token, links } = await setup();
    const errors = await Promise.all(
      [
        sut.read(booked.code, 'not-the-token'),
        sut.read(booked.code, undefined),
        sut.read(booked.code, links.sign('confirm', booked.id)),
        sut.read('ZZZZ-ZZZZ', token),
      ].map((p) => p.catch((e: unknown) => e)),
    );
    for (const e of errors) expect(e).toBeInstanceOf(NotFoundError);
    expect((errors[0] as Error).message.replace(booked.code, 'X')).toBe(
      (errors[3] as Error).message.replace('ZZZZ-ZZZZ', 'X'),
    );
  });

  it('cancels for the holder of the token, once: a second cancel is a conflict of the lifecycle', async () => {
    const { sut, store, booked, token } = await setup();
    await expect(sut.cancel(booked.code, token)).resolves.toMatchObject({ status: 'cancelled', sequence: 2 });
    expect(store.events).toContain(`scheduling.booking.cancelled ${booked.code}`);
    await expect(sut.cancel(booked.code, token)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'invalid-transition',
    });
    await expect(sut.cancel(booked.code, 'not-the-token')).rejects.toBeInstanceOf(NotFoundError);
  });

  it("moves the booking to a slot checked for the booking's procedures and municipality, at its site unless told", async () => {
    const { sut, slots, store, booked, token } = await setup();
    const later = '2027-04-06T10:00:00+02:00';
    await expect(sut.reschedule(booked.code, token, { start: new Date(later) })).resolves.toMatchObject({
      start: later,
      site: 'cesena-centro',
      status: 'booked',
    });
    await sut.reschedule(booked.code, token, { site: 'cesena-ovest', start: new Date(START) });
    expect(slots.asked).toEqual([
      ['carta-identita-elettronica', 'cesena', 'cesena-centro', later],
      ['carta-identita-elettronica', 'cesena', 'cesena-ovest', START],
    ]);
    expect(store.events.filter((e) => e.startsWith('scheduling.booking.rescheduled'))).toHaveLength(2);
  });

  it('moves nothing for a wrong token', async () => {
    const { sut, slots, store, booked } = await setup();
    await expect(
      sut.reschedule(booked.code, undefined, { start: new Date('2027-04-06T10:00:00+02:00') }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(slots.asked).toEqual([]);
    expect(store.bookings[0].start).toEqual(new Date(START));
  });

  it("lets the staff of the booking's site check the citizen in and close the visit, as the lifecycle allows", async () => {
    const { sut, booked } = await setup();
    const staff = operatorOf('cesena-centro');
    await expect(sut.staffTransition(booked.code, 'check-in', staff)).resolves.toMatchObject({
      status: 'checked-in',
    });
    await expect(sut.staffTransition(booked.code, 'no-show', staff)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'invalid-transition',
    });
    await expect(sut.staffTransition(booked.code.toLowerCase(), 'complete', staff)).resolves.toMatchObject({
      status: 'completed',
    });
  });

  it('refuses the staff of another site and leaves the booking as it was; an unknown code is a 404', async () => {
    const { sut, store, booked } = await setup();
    await expect(
      sut.staffTransition(booked.code, 'no-show', operatorOf('cesena-ovest')),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(store.bookings[0].status).toBe('booked');
    await expect(
      sut.staffTransition('ZZZZ-ZZZZ', 'check-in', operatorOf('cesena-centro')),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

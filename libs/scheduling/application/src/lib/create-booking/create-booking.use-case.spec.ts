import { BusinessRuleError, ConflictError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { ManageTokens } from '@facile/platform/validation';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { Clock } from '../ports/calendar';
import { acceptingSlots, CountingSlotLimits, InMemoryBookingStore } from '../testing/in-memory-bookings';
import { CreateBookingCommand } from './create-booking.command';
import { CreateBookingUseCase } from './create-booking.use-case';

const NOW = new Date('2027-04-01T08:00:00Z');
const START = '2027-04-06T09:00:00+02:00';
const tenants = TenantRegistry.fromJson({
  union: { id: 'unione-valle-savio', name: 'Unione dei Comuni Valle del Savio' },
  tenants: [
    { id: 'cesena', name: 'Cesena' },
    { id: 'montiano', name: 'Montiano', bookingConfirmation: 'link', confirmWithinMinutes: 45 },
  ],
});

const COMMAND: CreateBookingCommand = {
  services: ['carta-identita-elettronica'],
  tenant: 'cesena',
  site: 'cesena-centro',
  start: new Date(START),
  citizen: {
    firstName: 'Mario',
    lastName: 'Rossi',
    fiscalCode: 'rssmra85t10a562s',
    email: 'mario@example.org',
  },
  client: '203.0.113.7',
};

function setup(counters = 1) {
  const store = new InMemoryBookingStore();
  const limits = new CountingSlotLimits();
  const availability = new AvailabilityCache(60_000);
  const clock: Clock = { now: () => NOW };
  const slots = acceptingSlots(counters);
  const sut = new CreateBookingUseCase(slots, store, clock, availability, limits, tenants);
  return { store, limits, availability, slots, sut };
}

/** How many times the availability had to be computed again (a booking must clear the cached answers). */
async function recomputations(cache: AvailabilityCache, probe: () => Promise<unknown>): Promise<number> {
  let n = 0;
  await cache.get('q', async () => ({ slots: [] }));
  await probe();
  await cache.get('q', async () => {
    n++;
    return { slots: [] };
  });
  return n;
}

describe('CreateBookingUseCase', () => {
  it('books the slot: procedures once each, codice fiscale upper-cased, the note kept, only the token hash kept', async () => {
    const { sut, store, limits, availability, slots } = setup();
    let response: Awaited<ReturnType<CreateBookingUseCase['execute']>> | undefined;
    const cleared = await recomputations(availability, async () => {
      response = await sut.execute({
        ...COMMAND,
        services: ['carta-identita-elettronica', 'carta-identita-elettronica'],
        note: 'porto il vecchio documento',
      });
    });
    expect(response).toMatchObject({
      status: 'booked',
      services: ['carta-identita-elettronica'],
      start: '2027-04-06T09:00:00+02:00',
      end: '2027-04-06T09:20:00+02:00',
      note: 'porto il vecchio documento',
    });
    const [stored] = store.bookings;
    expect(stored.citizen.fiscalCode).toBe('RSSMRA85T10A562S');
    expect(stored.manageTokenHash).not.toBe(response?.manageToken);
    expect(ManageTokens.matches(response?.manageToken, stored.manageTokenHash)).toBe(true);
    expect(store.events).toEqual([`scheduling.booking.created ${stored.code}`]);
    expect(slots.asked).toEqual([
      ['carta-identita-elettronica', 'carta-identita-elettronica', 'cesena', 'cesena-centro', START],
    ]);
    expect(limits.bookings).toEqual([
      { client: '203.0.113.7', email: 'mario@example.org', phone: undefined },
    ]);
    expect(limits.refunds).toBe(0);
    expect(cleared).toBe(1);
  });

  it('keeps no empty note (the request trims it at the edge)', async () => {
    const { sut, store } = setup();
    await sut.execute({ ...COMMAND, note: '' });
    expect(store.bookings[0].note).toBeNull();
  });

  it('refuses a citizen with neither e-mail nor phone before counting or storing anything', async () => {
    const { sut, store, limits } = setup();
    const citizen = { firstName: 'Mario', lastName: 'Rossi', fiscalCode: 'RSSMRA85T10A562S' };
    await expect(sut.execute({ ...COMMAND, citizen })).rejects.toMatchObject({
      constructor: BusinessRuleError,
      code: 'contact-required',
    });
    expect(limits.bookings).toEqual([]);
    expect(store.bookings).toEqual([]);
  });

  it('gives the contacts their booking back when the slot was taken meanwhile', async () => {
    const { sut, limits } = setup(1);
    await sut.execute(COMMAND);
    const other = { ...COMMAND.citizen, fiscalCode: 'BNCNNA90A41C573X', email: 'anna@example.org' };
    await expect(sut.execute({ ...COMMAND, citizen: other })).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'slot-full',
    });
    expect(limits.bookings).toHaveLength(2);
    expect(limits.refunds).toBe(1);
  });

  it("leaves a booking pending until the link's deadline in a municipality that confirms by link", async () => {
    const { sut, store } = setup();
    const r = await sut.execute({ ...COMMAND, tenant: 'montiano' });
    expect(r).toMatchObject({ status: 'pending', confirmBy: '2027-04-01T10:45:00+02:00' });
    expect(store.bookings[0].confirmBy).toEqual(new Date(NOW.getTime() + 45 * 60_000));
    expect(store.events).toEqual([`scheduling.booking.requested ${r.code}`]);
  });

  describe('with an Idempotency-Key', () => {
    it('answers a retry with the booking already made, even from another address, and books nothing more', async () => {
      const { sut, store } = setup(2);
      const first = await sut.execute({ ...COMMAND, idempotencyKey: 'k-1' });
      const retry = await sut.execute({ ...COMMAND, idempotencyKey: 'k-1', client: '198.51.100.9' });
      expect(retry).toMatchObject({ code: first.code, status: 'booked' });
      expect(retry.manageToken).toBeUndefined();
      expect(store.bookings).toHaveLength(1);
    });

    it('refuses the key with another request', async () => {
      const { sut, store } = setup(2);
      await sut.execute({ ...COMMAND, idempotencyKey: 'k-1' });
      await expect(
        sut.execute({ ...COMMAND, idempotencyKey: 'k-1', start: new Date('2027-04-06T09:20:00+02:00') }),
      ).rejects.toMatchObject({ constructor: BusinessRuleError, code: 'idempotency-key-reused' });
      expect(store.bookings).toHaveLength(1);
    });

    it('answers with the winner when a concurrent request with the same key booked first', async () => {
      const { sut, store } = setup(2);
      const other = setup(2);
      const winner = await other.sut.execute({ ...COMMAND, idempotencyKey: 'k-1' });
      store.raceOnNextCreate = other.store.bookings[0];
      const r = await sut.execute({ ...COMMAND, idempotencyKey: 'k-1' });
      expect(r).toMatchObject({ code: winner.code, status: 'booked' });
      expect(r.manageToken).toBeUndefined();
      expect(store.bookings).toHaveLength(1);
    });
  });

  describe('with a hold', () => {
    const hold = (expiresAt: Date, start = COMMAND.start) => ({
      id: 'h1',
      tenant: 'cesena',
      site: 'cesena-centro',
      services: COMMAND.services,
      counters: 1,
      start,
      end: new Date(start.getTime() + 20 * 60_000),
      expiresAt,
      openHolds: null,
    });

    it('turns a live hold of this slot into the booking (the hold is used up)', async () => {
      const { sut, store } = setup();
      await store.createHold(hold(new Date(NOW.getTime() + 60_000)));
      await sut.execute({ ...COMMAND, holdId: 'h1' });
      expect(store.holds.has('h1')).toBe(false);
    });

    it('books without an expired hold, which is not the booking any more', async () => {
      const { sut, store } = setup();
      await store.createHold(hold(new Date(NOW.getTime() - 1)));
      await expect(sut.execute({ ...COMMAND, holdId: 'h1' })).resolves.toMatchObject({ status: 'booked' });
      expect(store.holds.has('h1')).toBe(true);
    });

    it('refuses a hold of another slot, or an unknown one', async () => {
      const { sut, store } = setup();
      await store.createHold(hold(new Date(NOW.getTime() + 60_000), new Date('2027-04-06T07:20:00Z')));
      for (const holdId of ['h1', 'nope'])
        await expect(sut.execute({ ...COMMAND, holdId })).rejects.toMatchObject({
          constructor: BusinessRuleError,
          code: 'hold-mismatch',
        });
      expect(store.bookings).toEqual([]);
    });
  });
});

import {
  bookingContribution,
  bookingFactsOf,
  diffContributions,
  isNewerBookingState,
  monthOf,
  registrationContribution,
  reportedTicket,
  seatsContribution,
  statisticsDayOf,
  ticketContribution,
  ticketServed,
  ticketWaitBucket,
} from './contributions';
import { leadBucket, waitBucket } from './histogram';

const state = {
  site: 'cesena-centro',
  tenant: 'montiano',
  services: ['cie', 'residenza'],
  status: 'booked',
  start: '2027-03-31T22:30:00Z', // 1 April in Rome
  end: '2027-03-31T23:00:00Z',
  createdAt: '2027-03-30T22:30:00Z',
  sequence: 0,
};

describe('statistics counting rules', () => {
  it('counts a booking on the local day, under its first procedure, for the citizen’s and the site’s municipality', () => {
    const facts = bookingFactsOf(state, 'cesena');
    expect(facts).toEqual({
      day: '2027-04-01',
      site: 'cesena-centro',
      siteTenant: 'cesena',
      citizenTenant: 'montiano',
      service: 'cie',
      status: 'booked',
      minutes: 30,
      leadBucket: leadBucket(24 * 60),
      sequence: 0,
    });
    expect(bookingContribution(facts)?.counters).toEqual({
      bookings: 1,
      cancelled: 0,
      completed: 0,
      no_shows: 0,
      used_minutes: 30,
    });
  });

  it('gives a cancellation’s minutes back but keeps a no-show’s, and ignores pending and expired bookings', () => {
    const facts = bookingFactsOf(state, 'cesena');
    expect(bookingContribution({ ...facts, status: 'cancelled' })?.counters).toMatchObject({
      cancelled: 1,
      used_minutes: 0,
    });
    expect(bookingContribution({ ...facts, status: 'no-show' })?.counters).toMatchObject({
      no_shows: 1,
      used_minutes: 30,
    });
    expect(bookingContribution({ ...facts, status: 'pending' })).toBeNull();
    expect(bookingContribution({ ...facts, status: 'expired' })).toBeNull();
  });

  it('applies only a newer state of a booking', () => {
    expect(isNewerBookingState(null, 0)).toBe(true);
    expect(isNewerBookingState({ sequence: 1 }, 2)).toBe(true);
    expect(isNewerBookingState({ sequence: 2 }, 2)).toBe(false);
    expect(isNewerBookingState({ sequence: 3 }, 2)).toBe(false);
  });

  it('a cancellation changes only the counters it should, on the same key', () => {
    const booked = bookingContribution(bookingFactsOf(state, 'cesena'));
    const cancelled = bookingContribution(
      bookingFactsOf({ ...state, status: 'cancelled', sequence: 1 }, 'cesena'),
    );
    const diff = diffContributions(booked, cancelled);
    expect(diff.counters).toEqual([{ key: booked!.key, delta: { cancelled: 1, used_minutes: -30 } }]);
    expect(diff.durations).toEqual([]);
  });

  it('a reschedule to another day moves the booking: minus on the old key, plus on the new one, in key order', () => {
    const before = bookingContribution(bookingFactsOf(state, 'cesena'));
    const after = bookingContribution(
      bookingFactsOf(
        { ...state, start: '2027-03-02T08:00:00Z', end: '2027-03-02T08:15:00Z', sequence: 1 },
        'cesena',
      ),
    );
    const diff = diffContributions(before, after);
    expect(diff.counters.map((c) => [c.key.day, c.delta.bookings, c.delta.used_minutes])).toEqual([
      ['2027-03-02', 1, 15],
      ['2027-04-01', -1, -30],
    ]);
    expect(diff.durations.map((d) => d.n).sort()).toEqual([-1, 1]);
  });

  it('replacing a contribution by itself changes nothing, and a first state adds it whole', () => {
    const c = bookingContribution(bookingFactsOf(state, 'cesena'));
    expect(diffContributions(c, c)).toEqual({ counters: [], durations: [] });
    expect(diffContributions(null, c).counters[0].delta).toEqual({ bookings: 1, used_minutes: 30 });
  });

  it('tickets: served as the counter’s next call reports, else while called; the wait is the first call’s', () => {
    expect(reportedTicket({ previousNumber: 'A001', previousStatus: 'served' })).toBe('A001');
    expect(reportedTicket({ previousNumber: 'A001', previousStatus: 'missed' })).toBe('A001');
    expect(reportedTicket({ previousNumber: 'A001', previousStatus: 'waiting' })).toBeNull();
    expect(reportedTicket({})).toBeNull();
    expect(ticketServed('missed', 'called')).toBe(false);
    expect(ticketServed('served', 'waiting')).toBe(true);
    expect(ticketServed(null, 'called')).toBe(true);
    expect(ticketServed(null, 'cancelled')).toBe(false);
    expect(ticketWaitBucket(null, '2027-03-02T08:00:00Z', '2027-03-02T08:20:00Z')).toBe(waitBucket(20));
    expect(ticketWaitBucket(3, '2027-03-02T08:00:00Z', '2027-03-02T09:20:00Z')).toBe(3);
    expect(ticketWaitBucket(undefined, '2027-03-02T08:00:00Z', undefined)).toBeNull();
    const t = { day: '2027-03-02', site: 's', siteTenant: 'cesena', citizenTenant: 'cesena', service: 'cie' };
    expect(ticketContribution({ ...t, served: true, waitBucket: null })).toEqual({
      key: t,
      counters: { tickets_issued: 1, tickets_served: 1 },
      durations: [],
    });
  });

  it('sessions: registrations count by status, seats once under the site’s municipality', () => {
    const r = { day: '2027-03-02', site: 's', siteTenant: 'cesena', citizenTenant: 'montiano' };
    expect(registrationContribution({ ...r, status: 'waitlisted' }).counters).toEqual({
      registered: 0,
      waitlisted: 1,
    });
    expect(registrationContribution({ ...r, status: 'registered' }).key.service).toBe('group-session');
    expect(diffContributions(seatsContribution(r, 10), seatsContribution(r, 12)).counters).toEqual([
      { key: { ...r, citizenTenant: 'cesena', service: 'group-session' }, delta: { seats: 2 } },
    ]);
  });

  it('days are the network’s local days; months start on the 1st', () => {
    expect(statisticsDayOf('2027-10-30T22:30:00Z')).toBe('2027-10-31');
    expect(monthOf('2027-10-31')).toBe('2027-10-01');
  });
});

import { TenantRegistry } from '@facile/platform/tenancy';
import { toBookingState } from './booking.mapper';
import { ConfiguredHolidaySource } from './holiday-calendar.source';
import { seedSites } from './seed-sites';

describe('scheduling reference data', () => {
  it('seeds the eight sites of the contract', () => {
    expect(seedSites.map((s) => s.id)).toEqual([
      'cesena-centro',
      'cesena-borello',
      'cesena-sant-egidio',
      'cesena-montefiore',
      'bagno-di-romagna-municipio',
      'mercato-saraceno-municipio',
      'montiano-municipio',
      'verghereto-municipio',
    ]);
    expect(seedSites.find((s) => s.id === 'cesena-centro')?.counters).toBe(8);
  });

  it('builds the holiday calendar from holidays.json and the tenant registry', () => {
    const registry = TenantRegistry.fromJson({
      union: { id: 'unione-valle-savio', name: 'Unione' },
      tenants: [
        { id: 'cesena', name: 'Cesena', patronDay: { date: '06-24' } },
        { id: 'montiano', name: 'Montiano', patronDay: { rule: 'second Sunday of July' } },
      ],
    });
    const calendar = new ConfiguredHolidaySource(registry).calendar();
    expect(calendar.closedBecause('2027-03-29', 'montiano')).toMatch(/Angelo/);
    expect(calendar.closedBecause('2027-10-04', 'montiano')).toMatch(/Francesco/);
    expect(calendar.closedBecause('2025-10-04', 'montiano')).toBeUndefined();
    expect(calendar.closedBecause('2027-06-24', 'cesena')).toBe('patron day');
    expect(calendar.closedBecause('2027-07-11', 'montiano')).toBe('patron day');
  });

  const booking: Parameters<typeof toBookingState>[0] = {
    id: '3f1c7a52-8a7b-4a3e-9d7e-2f2d8c1b6a10',
    code: 'ABCD-EFGH',
    status: 'booked',
    services: ['spid'],
    tenant: 'cesena',
    site: 'cesena-centro',
    counter: 1,
    start: new Date('2027-04-06T07:00:00Z'),
    end: new Date('2027-04-06T07:15:00Z'),
    sequence: 0,
    caseCode: null,
    note: 'Vengo con mia madre',
    createdAt: new Date(),
    confirmBy: null,
    citizen: { firstName: 'M', lastName: 'R', fiscalCode: 'RSSMRA85T10A562S', email: 'm@example.org' },
  };

  it('names a pending booking’s confirmation time in its state (requested), and no other’s', () => {
    const confirmBy = new Date('2027-04-01T10:00:00Z');
    expect(toBookingState({ ...booking, status: 'pending', confirmBy })).toMatchObject({
      status: 'pending',
      confirmBy: '2027-04-01T10:00:00.000Z',
    });
    expect(toBookingState({ ...booking, status: 'expired', confirmBy })).not.toHaveProperty('confirmBy');
    expect(toBookingState(booking)).not.toHaveProperty('note');
  });

  it('puts the contact data, with the codice fiscale for App IO, in the event and nothing else of the citizen', () => {
    const state = toBookingState({
      id: '3f1c7a52-8a7b-4a3e-9d7e-2f2d8c1b6a10',
      code: 'ABCD-EFGH',
      status: 'booked',
      services: ['spid'],
      tenant: 'cesena',
      site: 'cesena-centro',
      counter: 1,
      start: new Date('2027-04-06T07:00:00Z'),
      end: new Date('2027-04-06T07:15:00Z'),
      sequence: 0,
      caseCode: null,
      createdAt: new Date(),
      confirmBy: null,
      citizen: { firstName: 'M', lastName: 'R', fiscalCode: 'RSSMRA85T10A562S', email: 'm@example.org' },
    });
    expect(state.citizen).toEqual({
      firstName: 'M',
      lastName: 'R',
      fiscalCode: 'RSSMRA85T10A562S',
      email: 'm@example.org',
    });
  });
});

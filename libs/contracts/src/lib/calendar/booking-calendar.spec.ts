import ICAL from 'ical.js';
import { BookingStateV1 } from '../events/scheduling-booking.events';
import { bookingCalendarFile } from './booking-calendar';

const b: BookingStateV1 = {
  bookingId: '5f0c6f1e-4a39-4f0e-9a4f-1f2b3c4d5e6f',
  code: 'ABC123',
  services: ['carta-identita-elettronica'],
  tenant: 'cesena',
  site: 'cesena-centro',
  start: '2027-07-01T08:00:00Z',
  end: '2027-07-01T08:20:00Z',
  status: 'booked',
  sequence: 3,
  createdAt: '2027-06-01T10:00:00Z',
  citizen: { firstName: 'Maria', lastName: 'Rossi', email: 'maria@example.it' },
};
const organizer = { name: 'Comune di Cesena', email: 'noreply@example.it' };

describe('booking invitation', () => {
  it('is a REQUEST with a stable UID, the SEQUENCE and Rome local time', () => {
    const cal = new ICAL.Component(
      ICAL.parse(bookingCalendarFile(b, { method: 'REQUEST', product: 'test', organizer })),
    );
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const ev = cal.getFirstSubcomponent('vevent');
    expect(ev?.getFirstPropertyValue('uid')).toBe(`${b.bookingId}@sportello-facile`);
    expect(ev?.getFirstPropertyValue('sequence')).toBe(3);
    expect(ev?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Rome');
    expect(String(ev?.getFirstPropertyValue('dtstart'))).toBe('2027-07-01T10:00:00');
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Rome');
  });
  it('becomes a CANCEL with the same UID once cancelled', () => {
    const cal = new ICAL.Component(
      ICAL.parse(
        bookingCalendarFile(
          { ...b, status: 'cancelled', sequence: 4 },
          { method: 'REQUEST', product: 'test', organizer },
        ),
      ),
    );
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cal.getFirstSubcomponent('vevent')?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cal.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(
      `${b.bookingId}@sportello-facile`,
    );
  });

  it('is a PUBLISH for the download, named with the titles and the site citizens know', () => {
    const ics = bookingCalendarFile(
      {
        ...b,
        serviceTitles: ["Carta d'identità elettronica"],
        siteName: 'Sportello di Cesena',
        siteAddress: 'Piazza del Popolo 10',
      },
      { method: 'PUBLISH', product: 'test' },
    );
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    const ev = cal.getFirstSubcomponent('vevent');
    expect(ev?.getFirstPropertyValue('summary')).toBe(
      "Sportello FACILE: Carta d'identità elettronica (ABC123)",
    );
    expect(ev?.getFirstPropertyValue('location')).toBe('Sportello di Cesena, Piazza del Popolo 10');
  });
  it('falls back to the slugs when the titles do not match the services', () => {
    const ics = bookingCalendarFile({ ...b, serviceTitles: [] }, { method: 'PUBLISH', product: 'test' });
    expect(ics).toContain('SUMMARY:Sportello FACILE: carta-identita-elettronica (ABC123)');
  });
});

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { bookingCalendar } from './booking-calendar';
import { CreateBookingDto } from './dto/booking.dto';

const booking = { id: 'b1', code: 'ABCD-EFGH', status: 'booked', service: 'spid', services: ['spid'], tenant: 'cesena', site: 'cesena-centro', start: '2027-10-31T09:00:00+01:00', end: '2027-10-31T09:30:00+01:00', sequence: 2 };

describe('booking calendar file', () => {
  it('writes local times with TZID, the VTIMEZONE, a stable UID and the SEQUENCE', () => {
    const ics = bookingCalendar(booking, 'Sportello FACILE Cesena');
    expect(ics).toContain('DTSTART;TZID=Europe/Rome:20271031T090000');
    expect(ics).toContain('TZID:Europe/Rome');
    expect(ics).toContain('UID:b1@sportello-facile');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('METHOD:PUBLISH');
  });
  it('says METHOD:CANCEL once cancelled', () => {
    const ics = bookingCalendar({ ...booking, status: 'cancelled' }, 'x');
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
  });
});

describe('booking request', () => {
  const body = { service: 'spid', tenant: 'cesena', site: 'cesena-centro', start: '2027-04-06T09:00:00+02:00', citizen: { firstName: 'M', lastName: 'R', fiscalCode: 'RSSMRA85T10A562S', email: 'm@example.org' } };
  const errors = (b: object) => validateSync(plainToInstance(CreateBookingDto, b), { whitelist: true, forbidNonWhitelisted: true });
  it('accepts a valid citizen and refuses a bad codice fiscale or email', () => {
    expect(errors(body)).toEqual([]);
    expect(errors({ ...body, citizen: { ...body.citizen, fiscalCode: 'RSSMRA85T10A562X' } })).toHaveLength(1);
    expect(errors({ ...body, citizen: { ...body.citizen, email: 'not-an-email' } })).toHaveLength(1);
    expect(errors({ ...body, start: 'tomorrow' })).toHaveLength(1);
  });
});

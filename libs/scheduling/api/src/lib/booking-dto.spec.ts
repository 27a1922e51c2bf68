import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateBookingDto } from './dto/booking.dto';
import { toInstant } from './dto/date-time';

describe('booking request', () => {
  const body = {
    service: 'spid',
    tenant: 'cesena',
    site: 'cesena-centro',
    start: '2027-04-06T09:00:00+02:00',
    citizen: { firstName: 'M', lastName: 'R', fiscalCode: 'RSSMRA85T10A562S', email: 'm@example.org' },
  };
  const errors = (b: object) =>
    validateSync(plainToInstance(CreateBookingDto, b), { whitelist: true, forbidNonWhitelisted: true });
  it('accepts a valid citizen and refuses a bad codice fiscale or email', () => {
    expect(errors(body)).toEqual([]);
    expect(errors({ ...body, citizen: { ...body.citizen, fiscalCode: 'RSSMRA85T10A562X' } })).toHaveLength(1);
    expect(errors({ ...body, citizen: { ...body.citizen, email: 'not-an-email' } })).toHaveLength(1);
    expect(errors({ ...body, start: 'tomorrow' })).toHaveLength(1);
  });

  it('takes a start only with a time of day, and gives the use case its instant', () => {
    expect(errors({ ...body, start: '2027-04-06' })).toHaveLength(1);
    expect(errors({ ...body, start: '2027-04-06T09:00' })).toEqual([]);
    expect(toInstant(body.start)).toEqual(new Date('2027-04-06T07:00:00Z'));
  });

  it('trims the note at the edge', () => {
    const dto = plainToInstance(CreateBookingDto, { ...body, note: '  porto il vecchio documento  ' });
    expect(validateSync(dto)).toEqual([]);
    expect(dto.note).toBe('porto il vecchio documento');
  });
});

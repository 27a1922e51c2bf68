import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { OfferingDto } from './offering.dto';
import { SearchServicesQueryDto } from './search-services.dto';

const errorsOf = <T extends object>(cls: new () => T, plain: object) =>
  validateSync(plainToInstance(cls, plain), { whitelist: true, forbidNonWhitelisted: true }).map(
    (e) => e.property,
  );

describe('catalogue DTOs', () => {
  it('parses paging and refuses empty or out-of-range values', () => {
    expect(
      errorsOf(SearchServicesQueryDto, { q: 'cie', page: '2', pageSize: '50', bookable: 'true' }),
    ).toEqual([]);
    expect(errorsOf(SearchServicesQueryDto, { page: '' })).toEqual(['page']);
    expect(errorsOf(SearchServicesQueryDto, { pageSize: '0' })).toEqual(['pageSize']);
    expect(errorsOf(SearchServicesQueryDto, { pageSize: '101' })).toEqual(['pageSize']);
    expect(errorsOf(SearchServicesQueryDto, { q: 'x'.repeat(201) })).toEqual(['q']);
  });

  it('refuses a negative fee and accepts null optional fields', () => {
    expect(errorsOf(OfferingDto, { enabled: true, feeCents: -1 })).toEqual(['feeCents']);
    expect(
      errorsOf(OfferingDto, {
        enabled: true,
        feeCents: 0,
        onlineUrl: null,
        notes: null,
        durationMinutes: null,
      }),
    ).toEqual([]);
    expect(errorsOf(OfferingDto, { enabled: true, feeCents: 0, onlineUrl: 'javascript:alert(1)' })).toEqual([
      'onlineUrl',
    ]);
  });
});

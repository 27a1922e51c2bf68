import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { StatisticsQueryDto } from './statistics-query.dto';

describe('statistics query', () => {
  const messages = (q: object) =>
    validateSync(plainToInstance(StatisticsQueryDto, q), {
      whitelist: true,
      forbidNonWhitelisted: true,
    }).flatMap((e) => Object.values(e.constraints ?? {}));
  const range = { from: '2027-01-01', to: '2027-12-31' };

  it('accepts a range with its optional filters', () => {
    expect(messages(range)).toEqual([]);
    expect(
      messages({ ...range, groupBy: 'week', tenant: 'montiano', site: 'cesena-centro', view: 'flows' }),
    ).toEqual([]);
  });

  it('names what is wrong: a date, a dimension, an id, a view, an unknown parameter', () => {
    expect(messages({ ...range, from: '01/01/2027' })).toEqual(['from must be YYYY-MM-DD']);
    expect(messages({ ...range, groupBy: 'year' })).toEqual([
      'groupBy must be one of site, tenant, service, day, week, month',
    ]);
    expect(messages({ ...range, tenant: 'Montiano!' })).toEqual(['tenant must be a municipality id']);
    expect(messages({ ...range, view: 'pie' })).toEqual(['view must be groups or flows']);
    expect(messages({ ...range, format: 'xml' })).toEqual(['property format should not exist']);
  });
});

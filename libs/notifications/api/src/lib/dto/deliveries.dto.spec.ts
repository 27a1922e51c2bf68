import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DeliveriesQuery, DeliveryIdParams } from './deliveries.dto';

const errors = (cls: new () => object, plain: object) =>
  validateSync(plainToInstance(cls, plain)).map((e) => e.property);

describe('delivery DTOs', () => {
  it('accept a well-formed filter', () => {
    expect(
      errors(DeliveriesQuery, { tenant: 'cesena', status: 'failed', type: 'scheduling.booking.created' }),
    ).toEqual([]);
  });
  it('reject an unknown status, a malformed tenant and a malformed id', () => {
    expect(errors(DeliveriesQuery, { tenant: 'Cesena!', status: 'lost' }).sort()).toEqual([
      'status',
      'tenant',
    ]);
    expect(errors(DeliveryIdParams, { id: 'not-a-uuid' })).toEqual(['id']);
  });
});

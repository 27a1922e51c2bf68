import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { OpenCaseDto } from './open-case.dto';

const errorsOf = (plain: object) =>
  validateSync(plainToInstance(OpenCaseDto, plain), {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  }).map((e) => e.property);

const valid = {
  topic: 'spid-activation',
  tenant: 'cesena',
  citizen: {
    firstName: 'Anna',
    lastName: 'Verdi',
    fiscalCode: 'VRDNNA58C41C573W',
    email: 'anna.verdi@example.org',
  },
  has: ['id-document', 'health-card'],
  channel: 'desk',
};

describe('OpenCaseDto', () => {
  it('accepts the documented example', () => {
    expect(errorsOf(valid)).toEqual([]);
  });

  it('refuses a case without its citizen, or with a citizen that is not an object', () => {
    const { citizen: _left, ...withoutCitizen } = valid;
    expect(errorsOf(withoutCitizen)).toEqual(['citizen']);
    expect(errorsOf({ ...valid, citizen: null })).toEqual(['citizen']);
    expect(errorsOf({ ...valid, citizen: 'Anna Verdi' })).toEqual(['citizen']);
  });
});

import { describe, expect, it } from 'vitest';
import { formValues, toBody } from './offering-form-model';

describe('offering form', () => {
  it('shows the fee in euro and an absent override as empty', () => {
    expect(
      formValues({ enabled: true, feeCents: 2221, onlineUrl: null, notes: 'x', durationMinutes: null }),
    ).toEqual({ enabled: true, fee: '22,21 €', onlineUrl: '', notes: 'x', duration: '' });
  });

  it('builds the body from what was typed', () => {
    expect(
      toBody({
        enabled: false,
        fee: '12,50',
        onlineUrl: ' https://www.comune.it/x ',
        notes: ' ',
        duration: '30',
      }),
    ).toEqual({
      ok: true,
      body: {
        enabled: false,
        feeCents: 1250,
        onlineUrl: 'https://www.comune.it/x',
        notes: null,
        durationMinutes: 30,
      },
    });
  });

  it('ties each problem to its field', () => {
    expect(
      toBody({ enabled: true, fee: 'dodici', onlineUrl: 'http://x.it', notes: '', duration: '3' }),
    ).toEqual({
      ok: false,
      errors: { fee: 'feeFormat', onlineUrl: 'url', duration: 'duration' },
    });
    expect(toBody({ enabled: true, fee: '', onlineUrl: '', notes: '', duration: '' })).toEqual({
      ok: false,
      errors: { fee: 'feeEmpty' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { offeringBody, offeringValues } from './site-offering-form';

const stored = {
  enabled: true,
  counters: null,
  durationMinutes: null,
  minNoticeMinutes: 60,
  maxDaysAhead: 60,
  tenants: null,
};

describe('site offering form', () => {
  it('round-trips the defaults: blank counters and duration, the site’s municipalities', () => {
    const values = offeringValues(stored);
    expect(values).toMatchObject({ counters: '', duration: '', notice: '60', horizon: '60', served: 'site' });
    expect(offeringBody(values, 3)).toEqual({
      ok: true,
      body: { enabled: true, minNoticeMinutes: 60, maxDaysAhead: 60 },
    });
  });
  it('sends the numbers and the municipalities chosen', () => {
    const values = {
      ...offeringValues(stored),
      counters: '2',
      duration: '20',
      served: 'chosen' as const,
      tenants: ['montiano', 'cesena'],
    };
    expect(offeringBody(values, 3)).toEqual({
      ok: true,
      body: {
        enabled: true,
        counters: 2,
        durationMinutes: 20,
        minNoticeMinutes: 60,
        maxDaysAhead: 60,
        tenants: ['cesena', 'montiano'],
      },
    });
  });
  it('refuses more counters than the site has, bad numbers and no municipality chosen', () => {
    const result = offeringBody(
      {
        ...offeringValues(stored),
        counters: '4',
        duration: '3',
        notice: 'x',
        horizon: '0',
        served: 'chosen',
      },
      3,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        counters: 'counters',
        duration: 'duration',
        notice: 'notice',
        horizon: 'horizon',
        tenants: 'tenants',
      },
    });
  });
});

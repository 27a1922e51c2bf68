import { ValidationFailedError } from '@facile/platform/errors';
import { applyChanges, assertKnownTaxonomy, durationAt, ServiceCard, withOffering } from './service-card';

const card: ServiceCard = {
  slug: 'carta-identita-elettronica',
  version: 2,
  status: 'published',
  title: "Carta d'identità elettronica",
  summary: 'CIE',
  category: 'anagrafe-stato-civile',
  lifeEvents: ['documenti-identita'],
  keywords: ['cie'],
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
  sections: { cost: '22,21 euro', contacts: 'Anagrafe' },
  offerings: [{ tenant: 'montiano', enabled: true, feeCents: 2221 }],
};

describe('card changes', () => {
  it('applies changes, merges sections and bumps the version', () => {
    const next = applyChanges(card, {
      durationMinutes: 30,
      sections: { cost: '27,37 euro' },
      title: undefined,
    });
    expect(next).toMatchObject({
      version: 3,
      durationMinutes: 30,
      title: card.title,
      sections: { cost: '27,37 euro', contacts: 'Anagrafe' },
    });
    expect(card.version).toBe(2);
  });

  it('replaces one municipality offering, keeps the others sorted, bumps the version', () => {
    const next = withOffering(card, { tenant: 'cesena', enabled: true, feeCents: 2221, durationMinutes: 30 });
    expect(next.offerings.map((o) => o.tenant)).toEqual(['cesena', 'montiano']);
    expect(next.version).toBe(3);
    const again = withOffering(next, { tenant: 'montiano', enabled: false, feeCents: 0 });
    expect(again.offerings).toHaveLength(2);
    expect(again.offerings[1]).toMatchObject({ tenant: 'montiano', enabled: false });
  });

  it('refuses a negative or fractional fee', () => {
    expect(() => withOffering(card, { tenant: 'cesena', enabled: true, feeCents: -1 })).toThrow(
      ValidationFailedError,
    );
    expect(() => withOffering(card, { tenant: 'cesena', enabled: true, feeCents: 1.5 })).toThrow(
      ValidationFailedError,
    );
  });

  it('uses the municipality duration override when there is one', () => {
    const next = withOffering(card, { tenant: 'cesena', enabled: true, feeCents: 0, durationMinutes: 35 });
    expect(durationAt(next, 'cesena')).toBe(35);
    expect(durationAt(next, 'montiano')).toBe(20);
    expect(durationAt(next)).toBe(20);
  });

  it('refuses unknown categories and life events, naming the field', () => {
    const taxonomy = {
      categories: new Set(['anagrafe-stato-civile']),
      lifeEvents: new Set(['documenti-identita']),
    };
    expect(() =>
      assertKnownTaxonomy(taxonomy, 'anagrafe-stato-civile', ['documenti-identita']),
    ).not.toThrow();
    expect(() => assertKnownTaxonomy(taxonomy, undefined, undefined)).not.toThrow();
    try {
      assertKnownTaxonomy(taxonomy, 'astrologia', ['lotteria']);
      throw new Error('expected a validation error');
    } catch (e) {
      expect((e as ValidationFailedError).errors.map((p) => p.field)).toEqual(['category', 'lifeEvents']);
    }
  });
});

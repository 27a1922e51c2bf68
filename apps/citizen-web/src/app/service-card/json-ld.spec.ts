import { describe, expect, it } from 'vitest';
import type { ServiceCard } from '../services/catalogue-queries';
import { formatFee } from './format-fee';
import { scriptJson, serviceJsonLd } from './json-ld';

const CARD: ServiceCard = {
  slug: 'carta-identita-elettronica',
  version: 1,
  status: 'published',
  title: "Carta d'identità elettronica",
  summary: 'Richiesta e rinnovo della CIE.',
  category: 'anagrafe-stato-civile',
  lifeEvents: ['documenti-identita'],
  keywords: ['cie', 'rinnovo'],
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
  sections: { whoFor: 'Residenti' },
  offerings: [
    { tenant: 'cesena', enabled: true, feeCents: 2221, onlineUrl: null, notes: null, durationMinutes: null },
  ],
};

describe('the card metatag', () => {
  it('is a GovernmentService of the municipality with its fee', () => {
    const ld = serviceJsonLd(CARD, {
      pageUrl: 'https://x.example/comuni/cesena/servizi/carta-identita-elettronica',
      categoryTitle: 'Anagrafe e stato civile',
      municipality: { name: 'Comune di Cesena', offering: CARD.offerings[0] },
      offeredBy: ['Comune di Cesena'],
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: "Carta d'identità elettronica",
      serviceType: 'Anagrafe e stato civile',
      serviceOperator: { name: 'Comune di Cesena' },
      areaServed: [{ name: 'Comune di Cesena' }],
      audience: { audienceType: 'Residenti' },
      offers: { price: '22.21', priceCurrency: 'EUR' },
    });
  });

  it('has no offer where the municipality does not offer it, and escapes < for the script element', () => {
    const ld = serviceJsonLd(
      { ...CARD, title: '</script><b>' },
      {
        pageUrl: 'https://x.example/',
        categoryTitle: 'A',
        municipality: { name: 'Comune di Montiano', offering: { ...CARD.offerings[0]!, enabled: false } },
        offeredBy: [],
      },
    );
    expect(ld['offers']).toBeUndefined();
    const json = scriptJson(ld);
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json) as { name: string }).name).toBe('</script><b>');
  });
});

describe('a fee', () => {
  it('reads as Italians write it, and in English', () => {
    expect(formatFee(1250, 'it')).toBe('12,50 €');
    expect(formatFee(2221, 'en')).toBe('€22.21');
  });
});

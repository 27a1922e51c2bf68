import { toCpsvJsonLd } from './cpsv';
import { ServiceCard } from './service-card';

const card: ServiceCard = {
  slug: 'carta-identita-elettronica',
  version: 3,
  status: 'published',
  title: "Carta d'identità elettronica",
  summary: 'Rilascio della CIE',
  category: 'anagrafe-stato-civile',
  lifeEvents: ['documenti-identita'],
  keywords: ['cie'],
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
  sections: { whatYouNeed: ['Fototessera'], whatYouGet: 'La CIE' },
  offerings: [
    { tenant: 'cesena', enabled: true, feeCents: 2221, onlineUrl: 'https://example.org/cie' },
    { tenant: 'montiano', enabled: false, feeCents: 2221 },
  ],
};

describe('CPSV-AP export', () => {
  const ld = toCpsvJsonLd(card, {
    baseUrl: 'https://example.org',
    categoryTitle: 'Anagrafe e stato civile',
    authorities: [
      { id: 'cesena', name: 'Comune di Cesena', istatCode: '040007' },
      { id: 'montiano', name: 'Comune di Montiano' },
    ],
  });

  it('has every mandatory PublicService property', () => {
    for (const p of ['@context', '@id', 'identifier', 'name', 'description', 'hasCompetentAuthority', 'status']) expect(ld[p]).toBeDefined();
    expect(ld['@type']).toBe('PublicService');
  });

  it('lists only the municipalities that offer the service as authorities, with their costs and channels', () => {
    expect(ld['hasCompetentAuthority']).toEqual([expect.objectContaining({ identifier: '040007', 'skos:prefLabel': 'Comune di Cesena' })]);
    expect(ld['hasCost']).toEqual([expect.objectContaining({ value: 22.21 })]);
    expect((ld['hasChannel'] as { type: string }[]).map((c) => c.type)).toEqual(['appointment', 'online']);
    expect(ld['hasInput']).toHaveLength(1);
    expect(ld['processingTime']).toBe('PT20M');
  });
});

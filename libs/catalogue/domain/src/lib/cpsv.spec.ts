import { CPSV_CONTEXT, toCpsvJsonLd } from './cpsv';
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
    lifeEventTitles: { 'documenti-identita': "Documenti d'identità" },
    authorities: [
      { id: 'cesena', name: 'Comune di Cesena', istatCode: '040007' },
      { id: 'montiano', name: 'Comune di Montiano' },
    ],
  });

  it('has every mandatory PublicService property', () => {
    for (const p of [
      '@context',
      '@id',
      'identifier',
      'name',
      'description',
      'hasCompetentAuthority',
      'status',
    ])
      expect(ld[p]).toBeDefined();
    expect(ld['@type']).toBe('PublicService');
  });

  it('lists only the municipalities that offer the service as authorities, with their costs and channels', () => {
    expect(ld['hasCompetentAuthority']).toEqual([
      expect.objectContaining({
        identifier: '040007',
        prefLabel: { '@language': 'it', '@value': 'Comune di Cesena' },
        spatial: expect.objectContaining({ '@type': 'Location' }),
      }),
    ]);
    expect(ld['hasCost']).toEqual([
      expect.objectContaining({
        hasValue: 22.21,
        isDefinedBy: expect.objectContaining({ '@id': 'https://example.org/catalogue/v1/tenants/cesena' }),
      }),
    ]);
    const channels = ld['hasChannel'] as { type: { '@id': string }; hasURL?: string; hasInput?: unknown }[];
    expect(channels.map((c) => c.type['@id'])).toEqual([
      'https://example.org/catalogue/v1/channel-types/appointment',
      'https://example.org/catalogue/v1/channel-types/online',
    ]);
    expect(channels[1]).toMatchObject({ hasURL: 'https://example.org/cie' });
    expect(channels.some((c) => 'hasInput' in c)).toBe(false);
    expect(ld['hasInput']).toHaveLength(1);
    expect(ld['processingTime']).toBe('PT20M');
    expect(ld['isGroupedBy']).toEqual([
      expect.objectContaining({
        '@type': ['LifeEvent', 'Event'],
        name: { '@language': 'it', '@value': "Documenti d'identità" },
      }),
    ]);
  });

  it("maps every term to CPSV-AP's vocabulary: dcat:keyword, dct:type, cv:hasValue as xsd:double, adms:status", () => {
    expect(CPSV_CONTEXT).toMatchObject({
      keyword: 'dcat:keyword',
      type: 'dct:type',
      hasValue: { '@id': 'cv:hasValue', '@type': 'xsd:double' },
      processingTime: { '@id': 'cv:processingTime', '@type': 'xsd:duration' },
      status: 'adms:status',
      hasURL: { '@id': 'vcard:hasURL', '@type': '@id' },
    });
    expect(ld['keyword']).toEqual([{ '@language': 'it', '@value': 'cie' }]);
    expect(ld['status']).toEqual({ '@id': 'http://purl.org/adms/status/Completed', '@type': 'Concept' });
  });
});

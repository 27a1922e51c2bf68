import { ServiceCard } from './service-card';

export interface CompetentAuthority {
  id: string;
  name: string;
  istatCode?: string;
}

export interface CpsvContext {
  baseUrl: string;
  categoryTitle: string;
  /** Italian title of each life event, by id. */
  lifeEventTitles: Record<string, string>;
  authorities: CompetentAuthority[];
}

/** ADMS status vocabulary (http://purl.org/adms/status/), the values of adms:status. */
const STATUS: Record<ServiceCard['status'], string> = {
  draft: 'http://purl.org/adms/status/UnderDevelopment',
  published: 'http://purl.org/adms/status/Completed',
  retired: 'http://purl.org/adms/status/Withdrawn',
};

/**
 * How a citizen reaches the service. The recommended Europass channel-type table lists online media only (web,
 * e-mail, phone...) and has no desk channel, so the catalogue publishes its own small SKOS scheme.
 */
const CHANNEL_TYPES = {
  appointment: 'Sportello su appuntamento',
  'walk-in': 'Sportello ad accesso libero',
  online: 'Servizio online',
} as const;
type ChannelType = keyof typeof CHANNEL_TYPES;

const EUR = 'http://publications.europa.eu/resource/authority/currency/EUR';

/**
 * The JSON-LD context, inline so that a consumer (or a validator) needs no network: CPSV-AP 3.2.0 terms with
 * their vocabularies (cv: Core Vocabularies, cpsv:, dct:, dcat:keyword, adms:status) and datatypes (cv:hasValue
 * xsd:double, cv:processingTime xsd:duration).
 */
export const CPSV_CONTEXT = {
  cv: 'http://data.europa.eu/m8g/',
  cpsv: 'http://purl.org/vocab/cpsv#',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  adms: 'http://www.w3.org/ns/adms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  org: 'http://www.w3.org/ns/org#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  PublicService: 'cpsv:PublicService',
  PublicOrganisation: 'cv:PublicOrganisation',
  Organization: 'org:Organization',
  Location: 'dct:Location',
  Channel: 'cv:Channel',
  Cost: 'cv:Cost',
  Evidence: 'cv:Evidence',
  Output: 'cv:Output',
  Event: 'cv:Event',
  LifeEvent: 'cv:LifeEvent',
  Concept: 'skos:Concept',
  ConceptScheme: 'skos:ConceptScheme',
  identifier: 'dct:identifier',
  name: 'dct:title',
  description: 'dct:description',
  keyword: 'dcat:keyword',
  status: 'adms:status',
  type: 'dct:type',
  spatial: 'dct:spatial',
  prefLabel: 'skos:prefLabel',
  inScheme: 'skos:inScheme',
  isClassifiedBy: 'cv:isClassifiedBy',
  isGroupedBy: 'cv:isGroupedBy',
  hasCompetentAuthority: 'cv:hasCompetentAuthority',
  hasCost: 'cv:hasCost',
  hasValue: { '@id': 'cv:hasValue', '@type': 'xsd:double' },
  currency: 'cv:currency',
  isDefinedBy: 'cv:isDefinedBy',
  hasChannel: 'cv:hasChannel',
  ownedBy: 'cv:ownedBy',
  hasURL: { '@id': 'vcard:hasURL', '@type': '@id' },
  hasInput: 'cpsv:hasInput',
  produces: 'cpsv:produces',
  processingTime: { '@id': 'cv:processingTime', '@type': 'xsd:duration' },
} as const;

const it = (value: string) => ({ '@language': 'it', '@value': value });

/**
 * The card as a CPSV-AP 3.2.0 PublicService in JSON-LD: every municipality offering it is a competent authority
 * (a PublicOrganisation with its territory) with its own cost; the channels are the desk (by appointment, walk-in)
 * and each municipality's online service, whose address is the channel's vcard:hasURL. Valid against the SHACL
 * shapes of CPSV-AP 3.2.0 (tested for every seeded procedure).
 */
export function toCpsvJsonLd(card: ServiceCard, ctx: CpsvContext): Record<string, unknown> {
  const id = `${ctx.baseUrl}/catalogue/v1/services/${card.slug}`;
  const tenantIri = (tenant: string) => `${ctx.baseUrl}/catalogue/v1/tenants/${tenant}`;
  const enabled = card.offerings.filter((o) => o.enabled);
  const names = new Map(ctx.authorities.map((a) => [a.id, a]));
  const authorities = enabled
    .map((o) => names.get(o.tenant))
    .filter((a): a is CompetentAuthority => a !== undefined);
  const organisation = (tenant: string) => ({
    '@id': tenantIri(tenant),
    '@type': ['PublicOrganisation', 'Organization'],
  });
  const channelType = (type: ChannelType) => ({
    '@id': `${ctx.baseUrl}/catalogue/v1/channel-types/${type}`,
    '@type': 'Concept',
    prefLabel: it(CHANNEL_TYPES[type]),
    inScheme: { '@id': `${ctx.baseUrl}/catalogue/v1/channel-types`, '@type': 'ConceptScheme' },
  });
  const channels: Record<string, unknown>[] = [];
  if (card.bookable)
    channels.push({
      '@id': `${id}#channel-appointment`,
      '@type': 'Channel',
      identifier: `${card.slug}-booking`,
      type: channelType('appointment'),
      description: it('Su appuntamento allo sportello'),
    });
  if (card.walkIn)
    channels.push({
      '@id': `${id}#channel-walk-in`,
      '@type': 'Channel',
      identifier: `${card.slug}-walk-in`,
      type: channelType('walk-in'),
      description: it('Accesso libero allo sportello'),
    });
  for (const o of enabled) {
    if (!o.onlineUrl) continue;
    channels.push({
      '@id': `${id}#channel-online-${o.tenant}`,
      '@type': 'Channel',
      identifier: `${card.slug}-online-${o.tenant}`,
      type: channelType('online'),
      hasURL: o.onlineUrl,
      ownedBy: organisation(o.tenant),
    });
  }
  const costNote = (note: string | null | undefined) => note ?? card.sections.cost ?? '';
  return {
    '@context': CPSV_CONTEXT,
    '@id': id,
    '@type': 'PublicService',
    identifier: card.slug,
    name: it(card.title),
    description: it(card.summary || card.title),
    keyword: card.keywords.map(it),
    status: { '@id': STATUS[card.status], '@type': 'Concept' },
    isClassifiedBy: [
      {
        '@id': `${ctx.baseUrl}/catalogue/v1/categories/${card.category}`,
        '@type': 'Concept',
        prefLabel: it(ctx.categoryTitle),
      },
    ],
    isGroupedBy: card.lifeEvents.map((e) => ({
      '@id': `${ctx.baseUrl}/catalogue/v1/life-events/${e}`,
      '@type': ['LifeEvent', 'Event'],
      identifier: e,
      name: it(ctx.lifeEventTitles[e] ?? e),
    })),
    hasCompetentAuthority: authorities.map((a) => ({
      ...organisation(a.id),
      identifier: a.istatCode ?? a.id,
      prefLabel: it(a.name),
      spatial: {
        '@id': `${tenantIri(a.id)}#territory`,
        '@type': 'Location',
        ...(a.istatCode ? { identifier: a.istatCode } : {}),
      },
    })),
    hasCost: enabled.map((o) => ({
      '@id': `${id}#cost-${o.tenant}`,
      '@type': 'Cost',
      identifier: `${card.slug}-cost-${o.tenant}`,
      hasValue: o.feeCents / 100,
      currency: { '@id': EUR, '@type': 'Concept' },
      ...(costNote(o.notes) ? { description: it(costNote(o.notes)) } : {}),
      isDefinedBy: organisation(o.tenant),
    })),
    hasChannel: channels,
    hasInput: (card.sections.whatYouNeed ?? []).map((doc, i) => ({
      '@id': `${id}#input-${i + 1}`,
      '@type': 'Evidence',
      identifier: `${card.slug}-input-${i + 1}`,
      name: it(doc),
    })),
    produces: [
      {
        '@id': `${id}#output`,
        '@type': 'Output',
        identifier: `${card.slug}-output`,
        name: it(card.sections.whatYouGet ?? card.title),
      },
    ],
    processingTime: `PT${card.durationMinutes}M`,
  };
}

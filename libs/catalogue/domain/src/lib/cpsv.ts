import { ServiceCard } from './service-card';

export interface CompetentAuthority {
  id: string;
  name: string;
  istatCode?: string;
}

export interface CpsvContext {
  baseUrl: string;
  categoryTitle: string;
  authorities: CompetentAuthority[];
}

const STATUS: Record<ServiceCard['status'], string> = {
  draft: 'http://data.europa.eu/m8g/status/under-development',
  published: 'http://data.europa.eu/m8g/status/completed',
  retired: 'http://data.europa.eu/m8g/status/withdrawn',
};

/** The card as a CPSV-AP 3 PublicService in JSON-LD (one cost and one channel per offering municipality). */
export function toCpsvJsonLd(card: ServiceCard, ctx: CpsvContext): Record<string, unknown> {
  const id = `${ctx.baseUrl}/catalogue/v1/services/${card.slug}`;
  const enabled = card.offerings.filter((o) => o.enabled);
  const names = new Map(ctx.authorities.map((a) => [a.id, a]));
  const authorities = enabled.map((o) => names.get(o.tenant)).filter((a): a is CompetentAuthority => a !== undefined);
  const channels: Record<string, unknown>[] = [];
  if (card.bookable) channels.push({ '@type': 'Channel', identifier: `${card.slug}-booking`, type: 'appointment', 'dct:description': { '@language': 'it', '@value': 'Su appuntamento allo sportello' } });
  if (card.walkIn) channels.push({ '@type': 'Channel', identifier: `${card.slug}-walk-in`, type: 'walk-in', 'dct:description': { '@language': 'it', '@value': 'Accesso libero allo sportello' } });
  for (const o of enabled.filter((x) => x.onlineUrl)) {
    channels.push({ '@type': 'Channel', identifier: `${card.slug}-online-${o.tenant}`, type: 'online', hasInput: o.onlineUrl, ownedBy: `${ctx.baseUrl}/catalogue/v1/tenants/${o.tenant}` });
  }
  return {
    '@context': {
      '@vocab': 'http://data.europa.eu/m8g/',
      cpsv: 'http://purl.org/vocab/cpsv#',
      dct: 'http://purl.org/dc/terms/',
      identifier: 'dct:identifier',
      name: 'dct:title',
      description: 'dct:description',
      hasInput: 'cpsv:hasInput',
      produces: 'cpsv:produces',
      status: 'adms:status',
      adms: 'http://www.w3.org/ns/adms#',
      PublicService: 'cpsv:PublicService',
      skos: 'http://www.w3.org/2004/02/skos/core#',
    },
    '@id': id,
    '@type': 'PublicService',
    identifier: card.slug,
    name: { '@language': 'it', '@value': card.title },
    description: { '@language': 'it', '@value': card.summary || card.title },
    keyword: card.keywords.map((k) => ({ '@language': 'it', '@value': k })),
    status: { '@id': STATUS[card.status] },
    isClassifiedBy: [{ '@type': 'skos:Concept', '@id': `${ctx.baseUrl}/catalogue/v1/categories/${card.category}`, 'skos:prefLabel': ctx.categoryTitle }],
    isGroupedBy: card.lifeEvents.map((e) => ({ '@type': 'LifeEvent', '@id': `${ctx.baseUrl}/catalogue/v1/life-events/${e}` })),
    hasCompetentAuthority: authorities.map((a) => ({ '@type': 'PublicOrganisation', '@id': `${ctx.baseUrl}/catalogue/v1/tenants/${a.id}`, 'skos:prefLabel': a.name, identifier: a.istatCode ?? a.id })),
    hasCost: enabled.map((o) => ({ '@type': 'Cost', identifier: `${card.slug}-cost-${o.tenant}`, value: o.feeCents / 100, currency: 'http://publications.europa.eu/resource/authority/currency/EUR', description: o.notes ?? card.sections.cost ?? '', isDefinedBy: `${ctx.baseUrl}/catalogue/v1/tenants/${o.tenant}` })),
    hasChannel: channels,
    hasInput: (card.sections.whatYouNeed ?? []).map((doc, i) => ({ '@type': 'Evidence', identifier: `${card.slug}-input-${i + 1}`, name: { '@language': 'it', '@value': doc } })),
    produces: [{ '@type': 'Output', identifier: `${card.slug}-output`, name: { '@language': 'it', '@value': card.sections.whatYouGet ?? card.title } }],
    processingTime: `PT${card.durationMinutes}M`,
  };
}

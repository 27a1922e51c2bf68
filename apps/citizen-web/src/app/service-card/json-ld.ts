import type { Offering, ServiceCard } from '../services/catalogue-queries';

export interface JsonLdContext {
  /** The card's own address (absolute). */
  pageUrl: string;
  categoryTitle: string;
  /** The municipality the card is shown for, with its offering, if any. */
  municipality?: { name: string; offering?: Offering };
  /** Every municipality that offers it (when no municipality is chosen). */
  offeredBy: string[];
}

/**
 * The card as schema.org GovernmentService, the metatag the municipal-site model asks for (AGID checker,
 * recommendation R.SI.1.1): name, type, operator, area served, audience, channel and, for one
 * municipality, its fee.
 */
export function serviceJsonLd(card: ServiceCard, ctx: JsonLdContext): Record<string, unknown> {
  const offering = ctx.municipality?.offering;
  const areaNames = ctx.municipality ? [ctx.municipality.name] : ctx.offeredBy;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: card.title,
    description: card.summary,
    serviceType: ctx.categoryTitle,
    url: ctx.pageUrl,
    serviceOperator: {
      '@type': 'GovernmentOrganization',
      name: ctx.municipality?.name ?? 'Unione dei Comuni della Valle del Savio',
    },
    areaServed: areaNames.map((name) => ({ '@type': 'AdministrativeArea', name })),
    audience: { '@type': 'Audience', audienceType: card.sections.whoFor ?? '' },
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: offering?.onlineUrl ?? ctx.pageUrl,
      ...(card.bookable || card.walkIn
        ? { serviceLocation: { '@type': 'Place', name: 'Sportello FACILE Territoriale' } }
        : {}),
    },
    ...(offering && offering.enabled
      ? { offers: { '@type': 'Offer', price: (offering.feeCents / 100).toFixed(2), priceCurrency: 'EUR' } }
      : {}),
    keywords: card.keywords.join(', '),
  };
}

/** JSON for a <script> element: `<` escaped, so no text of the card can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

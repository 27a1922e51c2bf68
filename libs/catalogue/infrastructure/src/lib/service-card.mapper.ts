import { Offering, ServiceCard } from '@facile/catalogue/domain';
import { ServiceCardV1 } from '@facile/contracts';
import { OfferingRecord } from './offering.record';
import { ServiceRecord } from './service.record';

export function toCard(record: ServiceRecord, offerings: OfferingRecord[]): ServiceCard {
  return {
    slug: record.slug,
    version: record.version,
    status: record.status,
    title: record.title,
    summary: record.summary,
    category: record.category,
    lifeEvents: record.lifeEvents,
    keywords: record.keywords,
    bookable: record.bookable,
    walkIn: record.walkIn,
    durationMinutes: record.durationMinutes,
    sections: record.sections,
    offerings: offerings.map((o): Offering => ({
      tenant: o.tenantId,
      enabled: o.enabled,
      feeCents: o.feeCents,
      onlineUrl: o.onlineUrl,
      notes: o.notes,
      durationMinutes: o.durationMinutes,
    })),
  };
}

export function toRecord(
  card: ServiceCard,
): Omit<ServiceRecord, 'updatedAt' | 'searchDocument' | 'searchTitle'> {
  const { offerings, ...rest } = card;
  const enabledTenants = offerings
    .filter((o) => o.enabled)
    .map((o) => o.tenant)
    .sort();
  return { ...rest, enabledTenants };
}

export function toOfferingRecords(card: ServiceCard): OfferingRecord[] {
  return card.offerings.map((o) => ({
    tenantId: o.tenant,
    slug: card.slug,
    enabled: o.enabled,
    feeCents: o.feeCents,
    onlineUrl: o.onlineUrl ?? null,
    notes: o.notes ?? null,
    durationMinutes: o.durationMinutes ?? null,
  }));
}

/** The event payload: the full card, so consumers keep their own projection. */
export function toEventPayload(card: ServiceCard): ServiceCardV1 & { keywords: string[] } {
  return {
    slug: card.slug,
    version: card.version,
    status: card.status,
    title: card.title,
    summary: card.summary,
    category: card.category,
    lifeEvents: card.lifeEvents,
    keywords: card.keywords,
    bookable: card.bookable,
    walkIn: card.walkIn,
    durationMinutes: card.durationMinutes,
    sections: card.sections as Record<string, unknown>,
    offerings: card.offerings.map((o) => ({ ...o })),
  };
}

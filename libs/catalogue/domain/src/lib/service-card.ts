import { ConflictError, ValidationFailedError } from '@facile/platform/errors';

export type ServiceStatus = 'draft' | 'published' | 'retired';

/** Sections of the Italian municipal-site service card model. */
export interface ServiceCardSections {
  whoFor?: string;
  howTo?: string;
  whatYouNeed?: string[];
  whatYouGet?: string;
  timeAndDeadlines?: string;
  cost?: string;
  howToAccess?: string;
  specialCases?: string;
  contacts?: string;
}

export interface Offering {
  tenant: string;
  enabled: boolean;
  feeCents: number;
  onlineUrl?: string | null;
  notes?: string | null;
  durationMinutes?: number | null;
}

/** A procedure of the union-wide catalogue, with its per-municipality offerings. */
export interface ServiceCard {
  slug: string;
  version: number;
  status: ServiceStatus;
  title: string;
  summary: string;
  category: string;
  lifeEvents: string[];
  keywords: string[];
  bookable: boolean;
  walkIn: boolean;
  durationMinutes: number;
  sections: ServiceCardSections;
  offerings: Offering[];
}

export class InvalidLifecycleTransitionError extends ConflictError {
  constructor(slug: string, from: ServiceStatus, to: ServiceStatus) {
    super(
      `Service '${slug}' is ${from} and cannot become ${to}`,
      'invalid-transition',
      'Invalid state transition',
    );
  }
}

const ALLOWED: Record<ServiceStatus, ServiceStatus[]> = {
  draft: ['published', 'retired'],
  published: ['retired'],
  retired: ['published'],
};

/** Draft → published → retired (a retired card may be published again). Every change bumps the version. */
export function transition(card: ServiceCard, to: ServiceStatus): ServiceCard {
  if (!ALLOWED[card.status].includes(to))
    throw new InvalidLifecycleTransitionError(card.slug, card.status, to);
  return { ...card, status: to, version: card.version + 1 };
}

/** The editable content of a card (everything but identity, status, version and offerings). */
export type ServiceCardChanges = Partial<
  Pick<
    ServiceCard,
    | 'title'
    | 'summary'
    | 'category'
    | 'lifeEvents'
    | 'keywords'
    | 'bookable'
    | 'walkIn'
    | 'durationMinutes'
    | 'sections'
  >
>;

/** Edits a card's content; every change bumps the version. Sections are merged, section by section. */
export function applyChanges(card: ServiceCard, changes: ServiceCardChanges): ServiceCard {
  const defined = Object.fromEntries(
    Object.entries(changes).filter(([, v]) => v !== undefined),
  ) as ServiceCardChanges;
  return {
    ...card,
    ...defined,
    sections: defined.sections ? { ...card.sections, ...defined.sections } : card.sections,
    version: card.version + 1,
  };
}

/** Sets one municipality's offering (replacing its previous one); bumps the version. */
export function withOffering(card: ServiceCard, offering: Offering): ServiceCard {
  if (!Number.isInteger(offering.feeCents) || offering.feeCents < 0) {
    throw new ValidationFailedError([
      { field: 'feeCents', message: 'feeCents must be a non-negative integer' },
    ]);
  }
  const others = card.offerings.filter((o) => o.tenant !== offering.tenant);
  const offerings = [...others, offering].sort((a, b) => a.tenant.localeCompare(b.tenant));
  return { ...card, offerings, version: card.version + 1 };
}

/** The appointment length at a municipality: its override, else the card's. */
export function durationAt(card: ServiceCard, tenant?: string): number {
  const o = tenant ? card.offerings.find((x) => x.tenant === tenant) : undefined;
  return o?.durationMinutes ?? card.durationMinutes;
}

/** The known categories and life events (reference data). */
export interface Taxonomy {
  categories: ReadonlySet<string>;
  lifeEvents: ReadonlySet<string>;
}

/** Unknown category or life event → 400 naming the field. */
export function assertKnownTaxonomy(
  taxonomy: Taxonomy,
  category: string | undefined,
  lifeEvents: string[] | undefined,
): void {
  const problems = [];
  if (category !== undefined && !taxonomy.categories.has(category)) {
    problems.push({ field: 'category', message: `unknown category '${category}'` });
  }
  for (const e of lifeEvents ?? []) {
    if (!taxonomy.lifeEvents.has(e))
      problems.push({ field: 'lifeEvents', message: `unknown life event '${e}'` });
  }
  if (problems.length) throw new ValidationFailedError(problems);
}

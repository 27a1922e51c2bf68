import { ConflictError } from '@facile/platform/errors';

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
    super(`Service '${slug}' is ${from} and cannot become ${to}`, 'invalid-transition', 'Invalid state transition');
  }
}

const ALLOWED: Record<ServiceStatus, ServiceStatus[]> = {
  draft: ['published', 'retired'],
  published: ['retired'],
  retired: ['published'],
};

/** Draft → published → retired (a retired card may be published again). Every change bumps the version. */
export function transition(card: ServiceCard, to: ServiceStatus): ServiceCard {
  if (!ALLOWED[card.status].includes(to)) throw new InvalidLifecycleTransitionError(card.slug, card.status, to);
  return { ...card, status: to, version: card.version + 1 };
}

import { ServiceCardSections } from '@facile/catalogue/domain';

export interface CreateServiceCommand {
  slug: string;
  title: string;
  summary: string;
  category: string;
  lifeEvents: string[];
  keywords: string[];
  bookable: boolean;
  walkIn: boolean;
  durationMinutes: number;
  sections: ServiceCardSections;
}

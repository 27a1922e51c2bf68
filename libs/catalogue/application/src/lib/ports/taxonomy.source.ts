import { Taxonomy } from '@facile/catalogue/domain';

export interface TaxonomyEntry {
  id: string;
  title: { it: string; en: string };
}

/** Port: the reference categories and life events (data, not code). */
export abstract class TaxonomySource {
  abstract categories(): TaxonomyEntry[];
  abstract lifeEvents(): TaxonomyEntry[];
  abstract taxonomy(): Taxonomy;
}

import { Injectable } from '@nestjs/common';
import { SynonymSource, TaxonomyEntry, TaxonomySource } from '@facile/catalogue/application';
import { SynonymRule, Taxonomy } from '@facile/catalogue/domain';
import lifeEventsFile from '../seed/life-events.json';
import proceduresFile from '../seed/procedures.json';
import synonymsFile from '../seed/synonyms.json';

/** Categories (of procedures.json) and life events (of life-events.json): reference data, not code. */
@Injectable()
export class JsonTaxonomySource extends TaxonomySource {
  private readonly known: Taxonomy = {
    categories: new Set(proceduresFile.categories.map((c) => c.id)),
    lifeEvents: new Set(lifeEventsFile.lifeEvents.map((e) => e.id)),
  };

  categories(): TaxonomyEntry[] {
    return proceduresFile.categories.map((c) => ({ id: c.id, title: c.title }));
  }

  lifeEvents(): TaxonomyEntry[] {
    return lifeEventsFile.lifeEvents.map((e) => ({ id: e.id, title: e.title }));
  }

  taxonomy(): Taxonomy {
    return this.known;
  }
}

/** The synonyms citizens use (synonyms.json). */
@Injectable()
export class JsonSynonymSource extends SynonymSource {
  rules(): SynonymRule[] {
    return synonymsFile.synonyms;
  }
}

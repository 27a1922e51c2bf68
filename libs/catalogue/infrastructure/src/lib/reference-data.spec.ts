import { TenantRegistry } from '@facile/platform/tenancy';
import cardDetailsFile from '../seed/card-details.json';
import offeringsFile from '../seed/offerings.json';
import proceduresFile from '../seed/procedures.json';
import synonymsFile from '../seed/synonyms.json';
import { CatalogueSeeder } from './catalogue.seeder';
import { JsonTaxonomySource } from './reference-data';

const slugs = new Set(proceduresFile.procedures.map((p) => p.slug));

describe('catalogue reference data', () => {
  const taxonomy = new JsonTaxonomySource();

  it('has 103 procedures, 15 categories and 19 life events that only name known procedures', () => {
    expect(slugs.size).toBe(103);
    expect(taxonomy.categories()).toHaveLength(15);
    expect(taxonomy.lifeEvents()).toHaveLength(19);
    for (const p of proceduresFile.procedures)
      expect(taxonomy.taxonomy().categories.has(p.category)).toBe(true);
  });

  it('names only known procedures in offerings and card details, and has synonyms for CIE, trasloco, multa', () => {
    for (const rules of Object.values(offeringsFile.tenants))
      for (const s of rules.notOffered) expect(slugs.has(s)).toBe(true);
    for (const s of Object.keys(offeringsFile.online)) expect(slugs.has(s)).toBe(true);
    for (const s of Object.keys(cardDetailsFile.cards)) expect(slugs.has(s)).toBe(true);
    const words = synonymsFile.synonyms.flatMap((r) => r.when);
    expect(words).toEqual(expect.arrayContaining(['cie', 'trasloco', 'multa']));
  });

  it('builds every card published, in at least one life event, offered by each municipality', () => {
    const registry = TenantRegistry.fromJson({
      union: { id: 'unione-valle-savio', name: 'Unione' },
      tenants: ['cesena', 'bagno-di-romagna', 'mercato-saraceno', 'montiano', 'verghereto'].map((id) => ({
        id,
        name: id,
      })),
    });
    const seeder = new CatalogueSeeder(null as never, registry);
    for (const p of proceduresFile.procedures) {
      const card = seeder.cardOf({ ...p, feeNote: p.feeNote ?? null });
      expect(card.status).toBe('published');
      expect(card.lifeEvents.length).toBeGreaterThan(0);
      expect(card.offerings).toHaveLength(5);
      expect(card.offerings.every((o) => o.feeCents >= 0)).toBe(true);
    }
    const ztl = seeder.cardOf(
      proceduresFile.procedures.find((p) => p.slug === 'permesso-ztl-residenti') as never,
    );
    expect(ztl.offerings.filter((o) => o.enabled).map((o) => o.tenant)).toEqual(['cesena']);
  });
});

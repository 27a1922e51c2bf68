import { Injectable, Logger } from '@nestjs/common';
import { ServiceCardStore } from '@facile/catalogue/application';
import { Offering, ServiceCard, ServiceCardSections } from '@facile/catalogue/domain';
import { TenantRegistry } from '@facile/platform/tenancy';
import cardDetailsFile from '../seed/card-details.json';
import lifeEventsFile from '../seed/life-events.json';
import offeringsFile from '../seed/offerings.json';
import proceduresFile from '../seed/procedures.json';

interface Procedure {
  slug: string;
  category: string;
  title: { it: string; en: string };
  bookable: boolean;
  walkIn: boolean;
  durationMinutes: number;
  feeCents: number | null;
  feeNote: string | null;
}
const procedures = proceduresFile.procedures as Procedure[];
interface TenantOfferingRules {
  portal: string;
  notOffered: string[];
  feeOverrides: Record<string, number>;
  durationOverrides: Record<string, number>;
}
interface CardDetails {
  summary: string;
  keywords: string[];
  sections: ServiceCardSections;
}

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/**
 * Loads the union's catalogue from reference data: every procedure published with its offerings at
 * each municipality, each publication written to the outbox with its card. Idempotent: a card that
 * already exists is left alone (no new version, no new event).
 */
@Injectable()
export class CatalogueSeeder {
  private readonly log = new Logger(CatalogueSeeder.name);

  constructor(
    private readonly store: ServiceCardStore,
    private readonly tenants: TenantRegistry,
  ) {}

  async seed(): Promise<{ created: number; unchanged: number }> {
    let created = 0;
    let unchanged = 0;
    for (const procedure of procedures) {
      if (await this.store.find(procedure.slug)) {
        unchanged++;
        continue;
      }
      await this.store.insert(this.cardOf(procedure), {
        type: 'catalogue.service.published',
        tenant: this.tenants.union.id,
      });
      created++;
    }
    this.log.log(`catalogue seeded: ${created} procedures published, ${unchanged} already present`);
    return { created, unchanged };
  }

  cardOf(p: Procedure): ServiceCard {
    const details = (cardDetailsFile.cards as Record<string, CardDetails>)[p.slug];
    const category = proceduresFile.categories.find((c) => c.id === p.category);
    return {
      slug: p.slug,
      version: 1,
      status: 'published',
      title: p.title.it,
      summary:
        details?.summary ??
        `${p.title.it}: servizio dello Sportello FACILE (${category?.title.it ?? p.category}).`,
      category: p.category,
      lifeEvents: lifeEventsFile.lifeEvents.filter((e) => e.procedures.includes(p.slug)).map((e) => e.id),
      keywords: details?.keywords ?? [],
      bookable: p.bookable,
      walkIn: p.walkIn,
      durationMinutes: p.durationMinutes,
      sections: details?.sections ?? this.derivedSections(p),
      offerings: this.offeringsOf(p),
    };
  }

  private derivedSections(p: Procedure): ServiceCardSections {
    const access = [p.bookable ? 'su appuntamento' : null, p.walkIn ? 'ad accesso libero' : null]
      .filter(Boolean)
      .join(' oppure ');
    return {
      whoFor: "Cittadini e imprese dei Comuni dell'Unione Valle del Savio.",
      howTo: `Rivolgiti allo Sportello FACILE ${access} con la documentazione richiesta.`,
      whatYouNeed: ['Documento di identità valido'],
      whatYouGet: p.title.it,
      timeAndDeadlines: `Allo sportello servono circa ${p.durationMinutes} minuti.`,
      cost:
        p.feeNote ??
        (p.feeCents === null
          ? 'Secondo le tariffe del Comune.'
          : p.feeCents === 0
            ? 'Gratuito.'
            : `${euros(p.feeCents)} euro.`),
      howToAccess: `Sportello FACILE ${access}.`,
      contacts: "Sportello FACILE dell'Unione Valle del Savio.",
    };
  }

  private offeringsOf(p: Procedure): Offering[] {
    const rules = offeringsFile.tenants as Record<string, TenantOfferingRules>;
    const online = offeringsFile.online as Record<string, string>;
    return this.tenants
      .municipalities()
      .map((t) => {
        const r = rules[t.id] ?? { portal: '', notOffered: [], feeOverrides: {}, durationOverrides: {} };
        const url = online[p.slug];
        return {
          tenant: t.id,
          enabled: !r.notOffered.includes(p.slug),
          feeCents: r.feeOverrides[p.slug] ?? p.feeCents ?? 0,
          onlineUrl:
            url && (r.portal || !url.includes('{portal}')) ? url.replace('{portal}', r.portal) : null,
          notes: p.feeCents === null ? (p.feeNote ?? 'Importo secondo le tariffe comunali') : p.feeNote,
          durationMinutes: r.durationOverrides[p.slug] ?? null,
        };
      })
      .sort((a, b) => a.tenant.localeCompare(b.tenant));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ServiceSearch,
  ServiceSearchCriteria,
  ServiceSearchHit,
  ServiceSearchPage,
} from '@facile/catalogue/application';
import { toTsQuery, typedOnly } from '@facile/catalogue/domain';

/** Below this trigram word similarity a title does not match a misspelt query. */
const TYPO_THRESHOLD = 0.45;

/**
 * ts_rank_cd weights of the document's parts, in PostgreSQL's order {D, C, B, A}: title (A) 1, keywords (B) 0.4,
 * summary (C) 0.1 — a word of the summary counts a tenth of the same word in the title.
 */
const WEIGHTS = `'{0.05, 0.1, 0.4, 1.0}'::float4[]`;

const tsquery = (param: string) => `to_tsquery('pg_catalog.italian', ${param})`;

interface Row extends ServiceSearchHit {
  total: number;
}

/**
 * PostgreSQL full-text search (italian configuration on unaccented text, the weighted document of migration
 * 1764180000100: title A, keywords B, summary C) plus trigram similarity for misspellings, filtered, paged,
 * counted: one statement on the union-owned `services` table (its `enabled_tenants` mirrors the offerings).
 *
 * Ranking, in order: how many of the card's names the query matches — every word (or every word of a synonym
 * expansion) in the title; every word the citizen typed in one of the editors' keywords (a keyword is what citizens
 * call the procedure) — so that the card the query names comes before a card that merely mentions it; then every
 * word anywhere before some words (title words outrank summary words); then ts_rank_cd with WEIGHTS plus the
 * trigram similarity of the title (and half that of the keywords: a misspelt keyword still counts).
 */
@Injectable()
export class PostgresServiceSearch extends ServiceSearch {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async search(c: ServiceSearchCriteria): Promise<ServiceSearchPage> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = [`s.status = 'published'`];
    if (c.category !== undefined) where.push(`s.category = ${p(c.category)}`);
    if (c.lifeEvent !== undefined) where.push(`s.life_events @> ARRAY[${p(c.lifeEvent)}::text]`);
    if (c.bookable !== undefined) where.push(`s.bookable = ${p(c.bookable)}`);
    if (c.tenant !== undefined) where.push(`s.enabled_tenants @> ARRAY[${p(c.tenant)}::text]`);
    let order = 's.title ASC, s.slug ASC';
    let filterParams = params.length;
    if (c.terms) {
      const anyQ = tsquery(p(toTsQuery(c.terms, 'any')));
      const text = p(c.terms.text);
      const sim = `public.word_similarity(${text}, s.search_title)`;
      where.push(`(s.search_document @@ ${anyQ} OR ${sim} > ${TYPO_THRESHOLD})`);
      // Parameters after this point are the ranking's only: the count past the last page leaves them out.
      filterParams = params.length;
      const allQ = tsquery(p(toTsQuery(c.terms, 'all')));
      const inTitle = `s.search_document @@ ${tsquery(p(toTsQuery(c.terms, 'all', 'A')))}`;
      const typed = tsquery(p(toTsQuery(typedOnly(c.terms), 'all')));
      const inKeywords = `EXISTS (SELECT 1 FROM unnest(s.keywords) k
        WHERE to_tsvector('pg_catalog.italian', "catalogue"."immutable_unaccent"(lower(k))) @@ ${typed})`;
      const keywordSim = `public.word_similarity(${text}, "catalogue"."immutable_unaccent"(lower(array_to_string(s.keywords, ' '))))`;
      order = [
        `(${inTitle})::int + (${inKeywords})::int DESC`,
        `s.search_document @@ ${allQ} DESC`,
        `ts_rank_cd(${WEIGHTS}, s.search_document, ${allQ}) * 4 + ts_rank_cd(${WEIGHTS}, s.search_document, ${anyQ}) + ${sim} + ${keywordSim} / 2 DESC`,
        order,
      ].join(', ');
    }
    const filter = where.join(' AND ');
    const rows: Row[] = await this.ds.query(
      `SELECT s.slug, s.title, s.summary, s.category, s.bookable, s.enabled_tenants AS tenants, count(*) OVER ()::int AS total
       FROM "catalogue"."services" s
       WHERE ${filter}
       ORDER BY ${order}
       LIMIT ${p(c.pageSize)} OFFSET ${p((c.page - 1) * c.pageSize)}`,
      params,
    );
    const total = rows.length
      ? rows[0].total
      : c.page === 1
        ? 0
        : await this.count(filter, params.slice(0, filterParams));
    const items = rows.map(({ total: _total, ...hit }) => hit);
    return { items, total, page: c.page, pageSize: c.pageSize };
  }

  /** Past the last page: count alone, with the filter's parameters only. */
  private async count(filter: string, params: unknown[]): Promise<number> {
    const [{ total }]: { total: number }[] = await this.ds.query(
      `SELECT count(*)::int AS total FROM "catalogue"."services" s WHERE ${filter}`,
      params,
    );
    return total;
  }
}

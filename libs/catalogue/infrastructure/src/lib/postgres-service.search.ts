import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ServiceSearch, ServiceSearchCriteria, ServiceSearchHit, ServiceSearchPage } from '@facile/catalogue/application';
import { toTsQuery } from '@facile/catalogue/domain';

/** Below this trigram word similarity a title does not match a misspelt query. */
const TYPO_THRESHOLD = 0.45;

interface Row extends ServiceSearchHit {
  total: number;
}

/**
 * PostgreSQL full-text search (italian configuration on unaccented text, the indexed document of
 * migration 1764180000100) plus trigram similarity for misspellings, ranked, filtered, paged, counted:
 * one statement on the union-owned `services` table (its `enabled_tenants` mirrors the offerings).
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
    if (c.terms) {
      const anyQ = `to_tsquery('pg_catalog.italian', ${p(toTsQuery(c.terms, 'any'))})`;
      const allQ = `to_tsquery('pg_catalog.italian', ${p(toTsQuery(c.terms, 'all'))})`;
      const sim = `public.word_similarity(${p(c.terms.text)}, s.search_title)`;
      where.push(`(s.search_document @@ ${anyQ} OR ${sim} > ${TYPO_THRESHOLD})`);
      order = `ts_rank_cd(s.search_document, ${allQ}) * 4 + ts_rank_cd(s.search_document, ${anyQ}) + ${sim} DESC, ${order}`;
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
    const total = rows.length ? rows[0].total : c.page === 1 ? 0 : await this.count(filter, params.slice(0, -2), c.terms !== undefined);
    const items = rows.map(({ total: _total, ...hit }) => hit);
    return { items, total, page: c.page, pageSize: c.pageSize };
  }

  /** Past the last page: count alone (the ranking parameters are still referenced, unused). */
  private async count(filter: string, params: unknown[], ranked: boolean): Promise<number> {
    const rank = ranked ? `, ts_rank_cd(s.search_document, to_tsquery('pg_catalog.italian', $${params.length - 1}))` : '';
    const [{ total }]: { total: number }[] = await this.ds.query(
      `SELECT count(*)::int AS total FROM (SELECT 1${rank} FROM "catalogue"."services" s WHERE ${filter}) matched`,
      params,
    );
    return total;
  }
}

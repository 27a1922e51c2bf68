import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Italian full-text search: unaccent and pg_trgm (in public, shared by the database), an immutable
 * unaccent wrapper, and per card a weighted document (title A, keywords B, summary C) and a normalized
 * title kept by a trigger, indexed with GIN (full text, trigrams). `enabled_tenants` denormalizes the
 * municipalities offering the card (written with the offerings) so a search is one statement on one table.
 */
export class CatalogueSearch1764180000100 implements MigrationInterface {
  name = 'CatalogueSearch1764180000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await q.query(`CREATE OR REPLACE FUNCTION "catalogue"."immutable_unaccent"(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await q.query(`CREATE OR REPLACE FUNCTION "catalogue"."service_document"(title text, keywords text[], summary text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT
        setweight(to_tsvector('pg_catalog.italian'::regconfig, "catalogue"."immutable_unaccent"(lower(coalesce(title, '')))), 'A') ||
        setweight(to_tsvector('pg_catalog.italian'::regconfig, "catalogue"."immutable_unaccent"(lower(coalesce(array_to_string(keywords, ' '), '')))), 'B') ||
        setweight(to_tsvector('pg_catalog.italian'::regconfig, "catalogue"."immutable_unaccent"(lower(coalesce(summary, '')))), 'C') $$`);
    await q.query(`ALTER TABLE "catalogue"."services" ADD "search_document" tsvector`);
    await q.query(`ALTER TABLE "catalogue"."services" ADD "search_title" text`);
    await q.query(
      `ALTER TABLE "catalogue"."services" ADD "enabled_tenants" text array NOT NULL DEFAULT '{}'`,
    );
    await q.query(`CREATE OR REPLACE FUNCTION "catalogue"."services_search_fields"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := "catalogue"."service_document"(NEW.title, NEW.keywords, NEW.summary);
        NEW.search_title := "catalogue"."immutable_unaccent"(lower(NEW.title));
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "services_search_fields" BEFORE INSERT OR UPDATE OF "title", "keywords", "summary" ON "catalogue"."services"
      FOR EACH ROW EXECUTE FUNCTION "catalogue"."services_search_fields"()`);
    await q.query(`UPDATE "catalogue"."services" SET "title" = "title"`);
    await q.query(`SELECT set_config('app.union_wide', 'on', true)`);
    await q.query(`UPDATE "catalogue"."services" s SET "enabled_tenants" =
      ARRAY(SELECT o.tenant_id FROM "catalogue"."offerings" o WHERE o.slug = s.slug AND o.enabled ORDER BY o.tenant_id)`);
    await q.query(
      `CREATE INDEX "IDX_services_search_document" ON "catalogue"."services" USING gin ("search_document")`,
    );
    await q.query(
      `CREATE INDEX "IDX_services_search_title" ON "catalogue"."services" USING gin ("search_title" public.gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "catalogue"."IDX_services_search_title"`);
    await q.query(`DROP INDEX "catalogue"."IDX_services_search_document"`);
    await q.query(`DROP TRIGGER "services_search_fields" ON "catalogue"."services"`);
    await q.query(`DROP FUNCTION "catalogue"."services_search_fields"()`);
    await q.query(`ALTER TABLE "catalogue"."services" DROP COLUMN "enabled_tenants"`);
    await q.query(`ALTER TABLE "catalogue"."services" DROP COLUMN "search_title"`);
    await q.query(`ALTER TABLE "catalogue"."services" DROP COLUMN "search_document"`);
    await q.query(`DROP FUNCTION "catalogue"."service_document"(text, text[], text)`);
    await q.query(`DROP FUNCTION "catalogue"."immutable_unaccent"(text)`);
  }
}

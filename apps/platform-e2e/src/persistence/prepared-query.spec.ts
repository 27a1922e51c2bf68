import { DataSource, QueryFailedError } from 'typeorm';
import { ensureDatabase, preparedQuery, statementName } from '@facile/platform/persistence';
import { testEnvironment } from '@facile/platform/testing';

/**
 * preparedQuery on a real PostgreSQL: the hot paths' statements become named prepared statements of their
 * connection (parsed once, planned once), with TypeORM's result shapes and errors, so that callers written for
 * manager.query behave the same.
 */
describe('preparedQuery', () => {
  let ds: DataSource;

  beforeAll(async () => {
    const url = testEnvironment('platform_prepared')['DATABASE_URL'];
    await ensureDatabase(url);
    ds = new DataSource({ type: 'postgres', url, extra: { max: 2 } });
    await ds.initialize();
    await ds.query(`DROP TABLE IF EXISTS prepared_probe`);
    await ds.query(`CREATE TABLE prepared_probe (id int PRIMARY KEY, label text NOT NULL)`);
  });

  afterAll(async () => {
    await ds?.query(`DROP TABLE IF EXISTS prepared_probe`);
    await ds?.destroy();
  });

  const INSERT = `INSERT INTO prepared_probe (id, label) SELECT x, 'n' || x FROM unnest($1::int[]) AS x RETURNING id`;

  it('prepares a statement once per connection and runs it again by name', async () => {
    const prepared = await ds.transaction(async (m) => {
      const first = await preparedQuery<{ id: number }[]>(m, INSERT, [[1, 2]]);
      const second = await preparedQuery<{ id: number }[]>(m, INSERT, [[3]]);
      expect(first.map((r) => r.id)).toEqual([1, 2]);
      expect(second.map((r) => r.id)).toEqual([3]);
      return m.query(`SELECT name, statement FROM pg_prepared_statements WHERE name = $1`, [
        statementName(INSERT),
      ]);
    });
    // one statement, of this text, under the name derived from it
    expect(prepared).toEqual([{ name: statementName(INSERT), statement: INSERT }]);
    expect(statementName(INSERT)).toMatch(/^facile_[0-9a-f]{24}$/);
    expect(statementName(`${INSERT} `)).not.toBe(statementName(INSERT));
  });

  it("answers in manager.query's shapes: rows, and [rows, count] for an UPDATE", async () => {
    await ds.transaction(async (m) => {
      const update = `UPDATE prepared_probe SET label = $2 WHERE id = ANY($1::int[]) RETURNING id`;
      const viaTypeorm = await m.query(update, [[1, 2], 'a']);
      const viaPrepared = await preparedQuery<[{ id: number }[], number]>(m, update, [[1, 2], 'b']);
      expect(viaPrepared).toEqual(viaTypeorm);
      expect(viaPrepared[1]).toBe(2);
      const select = `SELECT label FROM prepared_probe WHERE id = $1`;
      expect(await preparedQuery(m, select, [1])).toEqual(await m.query(select, [1]));
      expect(await preparedQuery(m, select, [1])).toEqual([{ label: 'b' }]);
    });
  });

  it("fails as TypeORM does, with PostgreSQL's error inside, and changes nothing", async () => {
    const failure = await ds.transaction((m) => preparedQuery(m, INSERT, [[4, 1]])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError).driverError).toMatchObject({ code: '23505' });
    expect(await ds.query(`SELECT count(*)::int AS n FROM prepared_probe WHERE id = 4`)).toEqual([{ n: 0 }]);
  });

  it('runs outside a transaction too (no query runner of its own: manager.query)', async () => {
    expect(await preparedQuery(ds.manager, `SELECT label FROM prepared_probe WHERE id = $1`, [3])).toEqual([
      { label: 'n3' },
    ]);
  });
});

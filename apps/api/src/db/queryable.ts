import type pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

/** Anything that runs SQL: the data source, or a transaction's entity manager. */
export type Queryable = DataSource | EntityManager;

/**
 * The rows of a read. Outside a transaction it goes straight to the connection pool: a hot
 * read (a loader of every request) skips the query runner TypeORM sets up per statement, and
 * is still logged like any statement. Inside a transaction it runs on the transaction.
 */
export async function selectRows<Row = Record<string, unknown>>(
  db: Queryable,
  sql: string,
  parameters: readonly unknown[],
): Promise<Row[]> {
  if (!(db instanceof DataSource)) return db.query(sql, [...parameters]);
  db.logger.logQuery(sql, [...parameters]);
  const pool = (db.driver as unknown as { master: pg.Pool }).master;
  const result = await pool.query<Row & pg.QueryResultRow>(sql, [...parameters]);
  return result.rows;
}

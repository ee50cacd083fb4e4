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
  const values = [...parameters];
  const connection = db instanceof DataSource ? null : transactionConnection(db);
  if (!(db instanceof DataSource) && !connection) return db.query(sql, values);
  const source = db instanceof DataSource ? db : db.connection;
  source.logger.logQuery(sql, values);
  const name = statementName(sql);
  const query = name ? { name, text: sql, values } : { text: sql, values };
  const result = connection
    ? await connection.query<Row & pg.QueryResultRow>(query)
    : await (source.driver as unknown as { master: pg.Pool }).master.query<Row & pg.QueryResultRow>(
        query,
      );
  return result.rows;
}

/**
 * The connection of a transaction's entity manager, once its transaction has started: a read
 * in it runs there directly, as a prepared statement like any hot read (same connection, same
 * transaction). Null for a manager without a started transaction.
 */
function transactionConnection(manager: EntityManager): pg.PoolClient | null {
  const runner = manager.queryRunner as
    | { isTransactionActive?: boolean; isReleased?: boolean; databaseConnection?: pg.PoolClient }
    | undefined;
  if (!runner?.isTransactionActive || runner.isReleased) return null;
  return runner.databaseConnection ?? null;
}

/** Names of the prepared statements of hot reads, by their text (a bounded set: see below). */
const statementNames = new Map<string, string>();
/**
 * Hot reads are few shapes run very often: each becomes a named prepared statement, so each pool
 * connection parses it once instead of on every request. The text of a read holds only
 * placeholders, never values, so the shapes are bounded by the code; the cap guards against a
 * caller that would build texts from values.
 */
const MAX_PREPARED = 256;
function statementName(sql: string): string | undefined {
  const known = statementNames.get(sql);
  if (known || statementNames.size >= MAX_PREPARED) return known;
  const name = `read_${statementNames.size + 1}`;
  statementNames.set(sql, name);
  return name;
}

import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { selectRows, type Queryable } from '../db/queryable.js';
import { keysetSql, pageKey, type KeysetPage } from './connection.js';

/**
 * Keyset pages read in SQL: a page costs the rows of the page (an index range scan on
 * `(parent, seq)` or `seq`), never the parent's whole history.
 */

/** Where a list's rows come from: a table, its columns, and how a raw row becomes a value. */
export interface RowSource<Row> {
  readonly table: string;
  /** The selected columns, qualified by the alias `t`. */
  readonly columns: string;
  hydrate(raw: Record<string, unknown>): Row;
}

const sources = new WeakMap<DataSource, Map<unknown, RowSource<unknown>>>();

/**
 * The rows of a TypeORM entity read by hand-written SQL, turned into entities exactly as
 * TypeORM would (its column transformers and type conversions), so callers keep one type.
 */
export function entitySource<E extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<E>,
): RowSource<E> {
  let bySource = sources.get(db);
  if (!bySource) sources.set(db, (bySource = new Map()));
  const known = bySource.get(entity);
  if (known) return known as RowSource<E>;
  const metadata = db.getMetadata(entity);
  const setters = metadata.columns.map((column) => columnSetter(db, column));
  const source: RowSource<E> = {
    table: metadata.tablePath,
    columns: metadata.columns.map((column) => `t."${column.databaseName}"`).join(', '),
    hydrate: (raw) => {
      const row = metadata.create() as E;
      for (const set of setters) set(row, raw);
      return row;
    },
  };
  bySource.set(entity, source as RowSource<unknown>);
  return source;
}

/** Column types whose value pg already hands over as TypeORM would hydrate it. */
const AS_READ = new Set([
  'uuid',
  'text',
  'varchar',
  'int',
  'integer',
  'smallint',
  'bigint',
  'jsonb',
  'json',
]);

/**
 * How one column's raw value lands on an entity, decided once per column instead of per value:
 * the value as pg read it for the types above (then the column's transformer), TypeORM's own
 * conversion for every other type and for embedded columns.
 */
function columnSetter(
  db: DataSource,
  column: ColumnMetadata,
): (row: ObjectLiteral, raw: Record<string, unknown>) => void {
  const name = column.databaseName;
  const transformer = column.transformer;
  const direct =
    !column.embeddedMetadata &&
    typeof column.type === 'string' &&
    AS_READ.has(column.type) &&
    (transformer === undefined || !Array.isArray(transformer));
  if (!direct)
    return (row, raw) =>
      column.setEntityValue(row, db.driver.prepareHydratedValue(raw[name], column));
  const property = column.propertyName;
  const from = (transformer as ValueTransformer | undefined)?.from.bind(transformer);
  return from
    ? (row, raw) => {
        row[property] = from(raw[name]);
      }
    : (row, raw) => {
        row[property] = raw[name];
      };
}

/** Parameters appended in order, referenced as `$n`. */
function parameters(initial: unknown[] = []) {
  const values = [...initial];
  return { values, ref: (value: unknown) => `$${values.push(value)}` };
}

export interface ChildPageKey {
  readonly parentId: string;
  readonly page: KeysetPage;
}

/**
 * Pages of the children of many parents (an account's orders, a subscription's history …) in
 * one statement per page shape: a lateral index scan per parent, so a nested list of N parents
 * costs one statement and N pages of rows. `filter` is extra SQL on the alias `x`.
 */
export function childPagesLoader<Row>(
  db: Queryable,
  source: RowSource<Row>,
  parentColumn: string,
  options: { filter?: string; onRow?: (row: Row) => void } = {},
): DataLoader<ChildPageKey, Row[], string> {
  const { filter, onRow } = options;
  return new DataLoader<ChildPageKey, Row[], string>(
    async (keys) => {
      const groups = new Map<string, { page: KeysetPage; parents: string[] }>();
      for (const key of keys) {
        const shape = pageKey(key.page);
        const group = groups.get(shape) ?? { page: key.page, parents: [] };
        if (!group.parents.includes(key.parentId)) group.parents.push(key.parentId);
        groups.set(shape, group);
      }
      const pages = new Map<string, Row[]>();
      await Promise.all(
        [...groups].map(async ([shape, { page, parents }]) => {
          const params = parameters([parents]);
          const sql = keysetSql(page, 'x.seq', params.ref);
          const where = [`x.${parentColumn} = k.parent_id`, ...(filter ? [filter] : [])];
          const rows = await selectRows<Record<string, unknown> & { parent_ord: string }>(
            db,
            `SELECT k.ord AS parent_ord, ${source.columns}
               FROM unnest($1::uuid[]) WITH ORDINALITY AS k(parent_id, ord)
               CROSS JOIN LATERAL (
                 SELECT x.* FROM ${source.table} x WHERE ${[...where, ...sql.where].join(' AND ')}
                  ORDER BY x.seq ${sql.order} LIMIT ${params.ref(sql.limit)}) t`,
            params.values,
          );
          const byParent = new Map<string, Row[]>(parents.map((id) => [id, []]));
          for (const raw of rows) {
            const row = source.hydrate(raw);
            onRow?.(row);
            byParent.get(parents[Number(raw.parent_ord) - 1]!)!.push(row);
          }
          for (const [parentId, list] of byParent) pages.set(`${parentId}|${shape}`, list);
        }),
      );
      return keys.map((key) => pages.get(`${key.parentId}|${pageKey(key.page)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.parentId}|${pageKey(key.page)}` },
  );
}

/** How many children each parent has: one grouped count for every parent asked in a tick. */
export function childCountsLoader(
  db: Queryable,
  table: string,
  parentColumn: string,
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (ids) => {
    const rows = await selectRows<{ parent_id: string; count: number }>(
      db,
      `SELECT ${parentColumn} AS parent_id, count(*)::int AS count FROM ${table}
        WHERE ${parentColumn} = ANY($1::uuid[]) GROUP BY ${parentColumn}`,
      [[...ids]],
    );
    const counts = new Map(rows.map((row) => [row.parent_id, row.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** A filter of a top-level list: SQL conditions on the alias `t` with their parameters. */
export interface ListFilter {
  readonly where: readonly string[];
  readonly params: readonly unknown[];
}

/** One page of a top-level list (`accounts`, the refund queue, the audit trail …). */
export async function readPage<Row>(
  db: Queryable,
  source: RowSource<Row>,
  filter: ListFilter,
  page: KeysetPage,
): Promise<Row[]> {
  const params = parameters([...filter.params]);
  const sql = keysetSql(page, 't.seq', params.ref);
  const where = [...filter.where, ...sql.where];
  const rows = await selectRows<Record<string, unknown>>(
    db,
    `SELECT ${source.columns} FROM ${source.table} t ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY t.seq ${sql.order} LIMIT ${params.ref(sql.limit)}`,
    params.values,
  );
  return rows.map((raw) => source.hydrate(raw));
}

/** The number of rows of a top-level list matching its filter. */
export async function countRows(db: Queryable, table: string, filter: ListFilter): Promise<number> {
  const [row] = await selectRows<{ count: number }>(
    db,
    `SELECT count(*)::int AS count FROM ${table} t ${filter.where.length > 0 ? `WHERE ${filter.where.join(' AND ')}` : ''}`,
    [...filter.params],
  );
  return row?.count ?? 0;
}

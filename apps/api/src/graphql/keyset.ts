import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { selectRows, type Queryable } from '../db/queryable.js';
import { keysetSql, pageKey, rememberSortValue, type KeysetPage } from './connection.js';

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

const sources = new WeakMap<DataSource, Map<unknown, Map<string, RowSource<unknown>>>>();
const MAX_PARTIAL_SOURCES = 64;

/**
 * The rows of a TypeORM entity read by hand-written SQL, turned into entities exactly as
 * TypeORM would (its column transformers and type conversions), so callers keep one type.
 *
 * `properties` reads only those columns (a hot list that needs a few of many: see
 * `graphql/selection.ts`). What it leaves out is not there to read: the entity's other
 * properties throw, naming the property and the list, rather than read as undefined.
 */
export function entitySource<E extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<E>,
  properties?: readonly (keyof E & string)[],
): RowSource<E> {
  let bySource = sources.get(db);
  if (!bySource) sources.set(db, (bySource = new Map()));
  let byColumns = bySource.get(entity);
  if (!byColumns) bySource.set(entity, (byColumns = new Map()));
  const key = properties ? [...properties].sort().join(',') : '*';
  const known = byColumns.get(key);
  if (known) return known as RowSource<E>;
  const metadata = db.getMetadata(entity);
  // Columns declared `select: false` (kept by the database and raw SQL) are not read, as
  // TypeORM's own finds leave them out.
  const readable = metadata.columns.filter((column) => column.isSelect);
  for (const property of properties ?? [])
    if (!readable.some((column) => column.propertyName === property))
      throw new Error(`${metadata.name} has no column for ${property}`);
  const selected = properties
    ? readable.filter((column) => properties.includes(column.propertyName as keyof E & string))
    : readable;
  const setters = selected.map((column) => columnSetter(db, column));
  const create = properties
    ? partialEntity(
        metadata.target as { prototype: object },
        metadata.name,
        readable
          .filter((column) => !selected.includes(column))
          .map((column) => column.propertyName),
      )
    : () => metadata.create() as E;
  const source: RowSource<E> = {
    table: metadata.tablePath,
    columns: selected.map((column) => `t."${column.databaseName}"`).join(', '),
    hydrate: (raw) => {
      const row = create() as E;
      for (const set of setters) set(row, raw);
      return row;
    },
  };
  // Partial sources are few (one per selection shape of a hot list): past the cap, a rare shape
  // is made for its request and not kept.
  if (!properties || byColumns.size < MAX_PARTIAL_SOURCES)
    byColumns.set(key, source as RowSource<unknown>);
  return source;
}

/**
 * Makes entities of `target` holding only some columns: an unread property throws when read
 * (a field that needs it was resolved from a list that did not read it: a bug to see at once).
 */
function partialEntity(
  target: { prototype: object },
  name: string,
  unread: readonly string[],
): () => ObjectLiteral {
  const prototype = Object.create(target.prototype) as object;
  for (const property of unread)
    Object.defineProperty(prototype, property, {
      get() {
        throw new Error(
          `${name}.${property} was not read: this list read only the columns its selection needs`,
        );
      },
    });
  return () => Object.create(prototype) as ObjectLiteral;
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
  /** Narrows the children (a status, a search): pages of one filter are read together. */
  readonly filter?: ChildFilter;
}

/**
 * A filter of a nested list: SQL conditions on the child's alias, parameters appended through
 * `param`; `key` names the filter (same key, same conditions).
 */
export interface ChildFilter {
  readonly key: string;
  conditions(alias: string, param: (value: unknown) => string): string[];
}

function shapeOf(key: ChildPageKey): string {
  return `${pageKey(key.page)}|${key.filter?.key ?? ''}`;
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
      const groups = new Map<
        string,
        { page: KeysetPage; filter: ChildFilter | undefined; parents: string[] }
      >();
      for (const key of keys) {
        const shape = shapeOf(key);
        const group = groups.get(shape) ?? { page: key.page, filter: key.filter, parents: [] };
        if (!group.parents.includes(key.parentId)) group.parents.push(key.parentId);
        groups.set(shape, group);
      }
      const pages = new Map<string, Row[]>();
      await Promise.all(
        [...groups].map(async ([shape, { page, filter: narrow, parents }]) => {
          // One parent (an account's page, a subscription's page) is read by its own
          // statement naming it (`$1`), many by a lateral read over their ids. A plain page by
          // `seq` is bounded by `(parent, seq)` (`keysetSql`), which only the parent's own index
          // orders; a filtered page keeps the parent's equality, which its filter's index
          // (`(account_id, status, seq)` …) takes with the filter's.
          const single = parents.length === 1;
          const params = parameters(single ? [parents[0]] : [parents]);
          const parentId = single ? '$1::uuid' : 'k.parent_id';
          const sql = keysetSql(
            page,
            'x',
            params.ref,
            filter || narrow ? undefined : { column: `x.${parentColumn}`, id: parentId },
          );
          const where = [
            ...(sql.withinParent ? [] : [`x.${parentColumn} = ${parentId}`]),
            ...(filter ? [filter] : []),
            ...(narrow ? narrow.conditions('x', params.ref) : []),
          ];
          const sortValue = sql.sortValue ? `, ${sql.sortValue} AS sort_value` : '';
          const pageSql = `SELECT x.*${sortValue} FROM ${source.table} x WHERE ${[...where, ...sql.where].join(' AND ')}
                  ORDER BY ${sql.orderBy} LIMIT ${params.ref(sql.limit)}`;
          const rows = await selectRows<Record<string, unknown> & { parent_ord?: string }>(
            db,
            single
              ? `SELECT ${source.columns}${sortValue ? ', t.sort_value' : ''} FROM (${pageSql}) t`
              : `SELECT k.ord AS parent_ord, ${source.columns}${sortValue ? ', t.sort_value' : ''}
               FROM unnest($1::uuid[]) WITH ORDINALITY AS k(parent_id, ord)
               CROSS JOIN LATERAL (${pageSql}) t`,
            params.values,
          );
          const byParent = new Map<string, Row[]>(parents.map((id) => [id, []]));
          for (const raw of rows) {
            const row = source.hydrate(raw);
            if (sql.sortValue) rememberSortValue(row as object, raw.sort_value as string);
            onRow?.(row);
            byParent.get(single ? parents[0]! : parents[Number(raw.parent_ord) - 1]!)!.push(row);
          }
          for (const [parentId, list] of byParent) pages.set(`${parentId}|${shape}`, list);
        }),
      );
      return keys.map((key) => pages.get(`${key.parentId}|${shapeOf(key)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.parentId}|${shapeOf(key)}` },
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

/**
 * How many children each parent has that match a filter: one grouped count per filter for
 * every parent asked in a tick (keys are parent and filter).
 */
export function filteredCountsLoader(
  db: Queryable,
  table: string,
  parentColumn: string,
): DataLoader<{ parentId: string; filter: ChildFilter }, number, string> {
  return new DataLoader<{ parentId: string; filter: ChildFilter }, number, string>(
    async (keys) => {
      const groups = new Map<string, { filter: ChildFilter; parents: string[] }>();
      for (const key of keys) {
        const group = groups.get(key.filter.key) ?? { filter: key.filter, parents: [] };
        if (!group.parents.includes(key.parentId)) group.parents.push(key.parentId);
        groups.set(key.filter.key, group);
      }
      const counts = new Map<string, number>();
      await Promise.all(
        [...groups].map(async ([filterKey, { filter, parents }]) => {
          const params = parameters([parents]);
          const where = [
            `x.${parentColumn} = ANY($1::uuid[])`,
            ...filter.conditions('x', params.ref),
          ];
          const rows = await selectRows<{ parent_id: string; count: number }>(
            db,
            `SELECT x.${parentColumn} AS parent_id, count(*)::int AS count FROM ${table} x
              WHERE ${where.join(' AND ')} GROUP BY x.${parentColumn}`,
            params.values,
          );
          for (const row of rows) counts.set(`${row.parent_id}|${filterKey}`, row.count);
        }),
      );
      return keys.map((key) => counts.get(`${key.parentId}|${key.filter.key}`) ?? 0);
    },
    { cacheKeyFn: (key) => `${key.parentId}|${key.filter.key}` },
  );
}

/** A filter of a top-level list: SQL conditions on the alias `t` with their parameters. */
export interface ListFilter {
  readonly where: readonly string[];
  readonly params: readonly unknown[];
  /**
   * The condition of `where` that confines the list to one parent's rows (`t.account_id =
   * $1::uuid`), on a column with a `(column, seq)` index: see `parentFilter`.
   */
  readonly parent?: ListParent;
}

/** One parent's rows of a top-level list: the column, the parameter, and their condition. */
export interface ListParent {
  /** The column, e.g. `t.account_id`. */
  readonly column: string;
  /** The parent's id in the statement, e.g. `$1::uuid`. */
  readonly id: string;
  /** `column = id`, as the filter's `where` holds it. */
  readonly condition: string;
}

/**
 * Appends the condition `column = value` to a filter being built and returns it as the list's
 * parent. A page by `seq` of one parent's rows is then bounded by `(column, seq)` as row values
 * (`keysetSql`), like a page of a parent's children: with the equality, PostgreSQL may read the
 * page off the table's own `seq` index and filter out every other parent's newer rows (an
 * account's events behind a larger customer's 10,000 newer ones). Its count, and a page sorted
 * by another value, keep the equality. The column needs an index on `(column, seq)`.
 */
export function parentFilter(
  where: string[],
  params: unknown[],
  column: string,
  value: unknown,
  cast = '',
): ListParent {
  const id = `$${params.push(value)}${cast}`;
  const condition = `${column} = ${id}`;
  where.push(condition);
  return { column, id, condition };
}

/** One page of a top-level list (`accounts`, the refund queue, the audit trail …). */
export async function readPage<Row>(
  db: Queryable,
  source: RowSource<Row>,
  filter: ListFilter,
  page: KeysetPage,
): Promise<Row[]> {
  const params = parameters([...filter.params]);
  const parent = filter.parent;
  const sql = keysetSql(page, 't', params.ref, parent);
  // Bounded by the parent's row values: the equality goes (it would let PostgreSQL drop the
  // parent from the ORDER BY), `IS NOT NULL` stays for a partial index on the parent's rows.
  const conditions =
    parent && sql.withinParent
      ? [
          ...filter.where.filter((condition) => condition !== parent.condition),
          `${parent.column} IS NOT NULL`,
        ]
      : filter.where;
  const where = [...conditions, ...sql.where];
  const rows = await selectRows<Record<string, unknown>>(
    db,
    `SELECT ${source.columns}${sql.sortValue ? `, ${sql.sortValue} AS sort_value` : ''} FROM ${source.table} t ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${sql.orderBy} LIMIT ${params.ref(sql.limit)}`,
    params.values,
  );
  if (sql.sortValue)
    return rows.map((raw) => {
      const row = source.hydrate(raw);
      rememberSortValue(row as object, raw.sort_value as string);
      return row;
    });
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

/**
 * The condition of a list's Test mode argument, on a table with `account_id` (aliased `t`):
 * rows of test-clock accounts when the boolean parameter is true, of live accounts when false.
 */
export function onClockSide(parameter: string): string {
  return `EXISTS (SELECT 1 FROM accounts a WHERE a.id = t.account_id AND (a.test_clock_id IS NOT NULL) = ${parameter}::boolean)`;
}

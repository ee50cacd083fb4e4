import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  connectionOf,
  keysetPage,
  type ConnectionShape,
  type ListOrder,
  type PageArgs,
  type SortKey,
} from './connection.js';
import { selectRows } from '../db/queryable.js';
import {
  childCountsLoader,
  childPagesLoader,
  entitySource,
  filteredCountsLoader,
  type ChildFilter,
  type ChildPageKey,
} from './keyset.js';

/**
 * The shapes of per-request loaders every module builds its own from: one read per entity per
 * request, whole small lists grouped by parent, and keyset pages of lists that grow.
 */

/**
 * The condition matching rows whose `column` is one of `ids`, with its one parameter: `= $1` for
 * a single key (most loads of a request), `= ANY($1)` for several. Both are prepared once per
 * connection (`selectRows`), and PostgreSQL settles on one plan for `= $1`; for `= ANY($1)` it
 * cannot tell how many keys come and plans a one-key call again on every execution.
 */
function keyCondition(column: string, ids: readonly string[]): [string, unknown] {
  return ids.length === 1
    ? [`t.${column} = $1::uuid`, ids[0]]
    : [`t.${column} = ANY($1::uuid[])`, [...ids]];
}

/** Rows by id, one statement per tick; `prime` lets list reads fill it. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  const source = entitySource(db, entity);
  return new DataLoader<string, E | null>(async (ids) => {
    const [condition, keys] = keyCondition('id', ids);
    const rows = await selectRows<Record<string, unknown>>(
      db,
      `SELECT ${source.columns} FROM ${source.table} t WHERE ${condition}`,
      [keys],
    );
    const map = new Map(rows.map((raw) => [raw.id as string, source.hydrate(raw)]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The database column of an entity's property (lists name their parent by property). */
function columnOf<E extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<E>,
  property: keyof E & string,
): string {
  const metadata = db.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
  return column.databaseName;
}

/** Groups rows by a key, in the order of `ids`. */
export function groupBy<T>(
  rows: readonly T[],
  ids: readonly string[],
  key: (row: T) => string | null,
): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(row);
    map.set(k, list);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/**
 * Every child of each parent, oldest first: only for lists a parent keeps small by the rules
 * (an order's lines, payments and refunds; a subscription's extensions and notices).
 */
export function smallListLoader<E extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<E>,
  parentProperty: keyof E & string,
  orderProperty: keyof E & string = 'seq',
): DataLoader<string, E[]> {
  const source = entitySource(db, entity);
  const parent = columnOf(db, entity, parentProperty);
  const order = columnOf(db, entity, orderProperty);
  return new DataLoader<string, E[]>(async (ids) => {
    const [condition, keys] = keyCondition(parent, ids);
    const rows = await selectRows<Record<string, unknown>>(
      db,
      `SELECT ${source.columns} FROM ${source.table} t WHERE ${condition} ORDER BY t.${order}`,
      [keys],
    );
    const parents = new Map<string, E[]>(ids.map((id) => [id, []]));
    for (const raw of rows) parents.get(raw[parent] as string)?.push(source.hydrate(raw));
    return ids.map((id) => parents.get(id)!);
  });
}

/** Keyset pages of a parent's children and their counts (counted only when asked). */
export interface ChildList<E> {
  readonly pages: DataLoader<ChildPageKey, E[], string>;
  /**
   * Pages that read only `properties` of each row (with `id` and `seq`), for a selection that
   * needs no more (`graphql/selection.ts`); their partial rows prime no entity loader.
   */
  pagesReading?(properties: readonly (keyof E & string)[]): DataLoader<ChildPageKey, E[], string>;
  readonly counts: DataLoader<string, number>;
  /** Counts of a filtered list (lists that take filters). */
  readonly filteredCounts?: DataLoader<{ parentId: string; filter: ChildFilter }, number, string>;
}

/**
 * A list that grows under a parent (an account's orders, a subscription's history): pages in
 * SQL by `(parent, seq)`; rows read are primed into `byId` so later reads of the same
 * entity in the request cost nothing.
 */
export function childList<E extends ObjectLiteral & { id: string; seq: string }>(
  db: DataSource,
  entity: EntityTarget<E>,
  parentProperty: keyof E & string,
  byId?: DataLoader<string, E | null>,
): ChildList<E> {
  const source = entitySource(db, entity);
  const parentColumn = columnOf(db, entity, parentProperty);
  const pages = childPagesLoader(db, source, parentColumn, {
    onRow: byId ? (row) => byId.prime(row.id, row) : undefined,
  });
  const narrow = new Map<string, DataLoader<ChildPageKey, E[], string>>();
  return {
    pages,
    pagesReading(properties) {
      const reading = [...new Set<keyof E & string>(['id', 'seq', ...properties])].sort();
      const key = reading.join(',');
      let loader = narrow.get(key);
      if (!loader)
        narrow.set(
          key,
          (loader = childPagesLoader(db, entitySource(db, entity, reading), parentColumn)),
        );
      return loader;
    },
    counts: childCountsLoader(db, source.table, parentColumn),
    filteredCounts: filteredCountsLoader(db, source.table, parentColumn),
  };
}

/** The connection of `parentId`'s children that Relay arguments ask for. */
export async function childConnection<E extends { seq: string }, NodeT>(
  list: ChildList<E>,
  parentId: string,
  args: PageArgs,
  toNode: (row: E) => NodeT,
  defaultOrder?: ListOrder,
  narrow: {
    sort?: SortKey | null;
    filter?: ChildFilter | null;
    /** Read only these properties of each row (null: every column). */
    reading?: readonly (keyof E & string)[] | null;
  } = {},
): Promise<ConnectionShape<NodeT>> {
  const page = keysetPage(args, defaultOrder, narrow.sort ?? null);
  const pages =
    narrow.reading && list.pagesReading ? list.pagesReading(narrow.reading) : list.pages;
  const filter = narrow.filter ?? undefined;
  // A filtered list must count with its filter: a list built without filtered counts takes none.
  if (filter && !list.filteredCounts) throw new Error('This list takes no filter');
  return connectionOf(await pages.load({ parentId, page, filter }), page, toNode, () =>
    filter ? list.filteredCounts!.load({ parentId, filter }) : list.counts.load(parentId),
  );
}

import { msg } from '@billing/domain';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badUserInput } from './user-error.js';

/** Relay's PageInfo (cursor connections specification). */
@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, {
    description:
      'With `first`: whether edges follow this page (ask again with `after: endCursor`). With `before`: true (the cursor’s edge follows it).',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'With `last`: whether edges come before this page. With `after`: true (the cursor’s edge precedes it).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The cursor of the page’s first edge (pass it as `before`); null for an empty page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the page’s last edge (pass it as `after`); null for an empty page.',
  })
  endCursor!: string | null;
}

/** The order of a list: by creation, oldest or newest first. */
export enum ListOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}
registerEnumType(ListOrder, {
  name: 'ListOrder',
  description: 'By creation: oldest first or newest first.',
  valuesConfig: {
    OLDEST_FIRST: { description: 'The earliest created first.' },
    NEWEST_FIRST: { description: 'The latest created first.' },
  },
});

/**
 * Relay paging arguments shared by every connection: `first`/`after` forwards, `last`/`before`
 * backwards (either bound may be combined with the other cursor), and the order of the list.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size from the start, 1–100 (default 20).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Only edges after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end, 1–100.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Only edges before this cursor.' })
  before?: string | null;

  @Field(() => ListOrder, {
    nullable: true,
    description: 'Oldest or newest first (each list names its default).',
  })
  orderBy?: ListOrder | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/**
 * A connection as resolvers return it. `totalCount` may be a promise: a getter that counts
 * only when a client selects the field.
 */
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  readonly totalCount: number | Promise<number>;
}

/** A Relay connection type `<Name>Connection` with `<Name>Edge` edges. */
export function Connection<T extends object>(NodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field(() => NodeType, { description: `The ${name}.` })
    node!: T;

    @Field(() => String, {
      description: 'An opaque cursor: pass it as `after` or `before` to page from this edge.',
    })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of a list of ${name} objects (Relay cursor connection).`,
  })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The page’s edges, in the list’s order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more edges come before or after this page.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      // A promise until counted: read through a resolver, which compiled queries await
      // (a plain field's value is taken as it is; see graphql/compiled-execution.ts).
      simple: false,
      description: 'All edges of the list (counted only when selected).',
    })
    totalCount!: number | Promise<number>;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * A list's order other than by creation (`sort` arguments): the SQL value rows are ordered by,
 * with the row's `seq` as the unique tie-breaker, so a page is an index range scan on
 * `(value, seq)` (or `(parent, value, seq)`) and rows with equal values still page exactly once.
 */
export interface SortKey {
  /** The `sort` value's name; cursors carry it, so a cursor of another order is refused. */
  readonly name: string;
  /** The value's SQL on a row alias (`t`, `x`); it must never be null. */
  readonly expression: (alias: string) => string;
  /** The value's SQL type, to compare a cursor's value with. */
  readonly type: 'bigint' | 'date' | 'timestamptz' | 'text';
  readonly descending: boolean;
}

/** Sort values of rows read in a sorted page, for their cursors. */
const sortValues = new WeakMap<object, string>();

/** Records the sort value a row was read with (readers call it; `connectionOf` reads it). */
export function rememberSortValue(row: object, value: string): void {
  sortValues.set(row, value);
}

/**
 * Cursors are opaque: base64url of the row's insertion sequence number, and in a sorted list
 * also of the sort's name and the row's sort value.
 */
export function encodeCursor(seq: string, sort?: { name: string; value: string }): string {
  const text = sort ? `s:${sort.name}:${seq}:${sort.value}` : `seq:${seq}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | null {
  const match = /^seq:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] ?? null;
}

/** A sorted list's cursor: its sort's name, the row's seq and sort value. */
function decodeSortCursor(cursor: string): { name: string; seq: string; value: string } | null {
  const match = /^s:([A-Z_]{1,40}):(\d{1,19}):(.{0,400})$/s.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  return match ? { name: match[1]!, seq: match[2]!, value: match[3]! } : null;
}

/**
 * One page of a list ordered by `seq` (or by a sort value, then `seq`), as SQL reads it: the
 * bounds of the window, the direction to scan and how many rows to take (one more than the
 * page, to know whether more follow). Built from Relay arguments by `keysetPage`.
 */
export interface KeysetPage {
  readonly size: number;
  /** `last`/`before` paging: scan from the end of the list and reverse. */
  readonly backward: boolean;
  /** The list runs by descending seq (or descending sort value). */
  readonly newestFirst: boolean;
  readonly afterSeq: string | null;
  readonly beforeSeq: string | null;
  /** Null: by creation (`seq`). */
  readonly sort: SortKey | null;
  readonly afterValue: string | null;
  readonly beforeValue: string | null;
}

const SORT_VALUE: Record<SortKey['type'], RegExp> = {
  bigint: /^-?\d{1,18}$/,
  date: /^(?:\d{4}-\d{2}-\d{2}|infinity|-infinity)$/,
  timestamptz: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?$/,
  // eslint-disable-next-line no-control-regex -- a NUL is what PostgreSQL text refuses
  text: /^[^\u0000]*$/,
};

/** A cursor's sort value is one PostgreSQL reads back as the sort's type (not any text). */
function validSortValue(type: SortKey['type'], value: string): boolean {
  if (!SORT_VALUE[type].test(value)) return false;
  if (type === 'date' && !value.endsWith('infinity')) {
    const day = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  }
  if (type === 'timestamptz') {
    const day = value.slice(0, 10);
    const [hours, minutes, seconds] = value.slice(11, 19).split(':').map(Number);
    const date = new Date(`${day}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(day) &&
      hours! < 24 &&
      minutes! < 60 &&
      seconds! < 60
    );
  }
  return true;
}

function pageSize(name: 'first' | 'last', value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)
    throw badUserInput(msg('api.page.size', { fieldName: name, most: MAX_PAGE_SIZE }));
  return value;
}

function cursorBound(
  name: 'after' | 'before',
  cursor: string | null | undefined,
  sort: SortKey | null,
): { seq: string | null; value: string | null } {
  if (cursor === null || cursor === undefined) return { seq: null, value: null };
  const refused = () => badUserInput(msg('api.page.cursor', { fieldName: name }));
  if (!sort) {
    const seq = decodeCursor(cursor);
    if (!seq) throw refused();
    return { seq, value: null };
  }
  const decoded = decodeSortCursor(cursor);
  if (!decoded || decoded.name !== sort.name || !validSortValue(sort.type, decoded.value))
    throw refused();
  return { seq: decoded.seq, value: decoded.value };
}

/**
 * Relay arguments → a keyset page; malformed arguments are a BAD_USER_INPUT error. `sort`
 * (from a list's `sort` argument) orders by a value instead of by creation.
 */
export function keysetPage(
  args: PageArgs,
  defaultOrder = ListOrder.OLDEST_FIRST,
  sort: SortKey | null = null,
): KeysetPage {
  if (args.first != null && args.last != null) throw badUserInput(msg('api.page.firstOrLast'));
  if (sort && args.orderBy != null) throw badUserInput(msg('api.list.orderByOrSort'));
  const backward = args.last != null;
  const after = cursorBound('after', args.after, sort);
  const before = cursorBound('before', args.before, sort);
  return {
    size: backward
      ? pageSize('last', args.last!)
      : pageSize('first', args.first ?? DEFAULT_PAGE_SIZE),
    backward,
    newestFirst: sort ? sort.descending : (args.orderBy ?? defaultOrder) === ListOrder.NEWEST_FIRST,
    afterSeq: after.seq,
    beforeSeq: before.seq,
    sort,
    afterValue: after.value,
    beforeValue: before.value,
  };
}

/** The cache key of a page's shape: the same key, the same SQL with the same bounds. */
export function pageKey(page: KeysetPage): string {
  const sort = page.sort
    ? `${page.sort.name}:${page.afterValue ?? ''}:${page.beforeValue ?? ''}`
    : '';
  return `${page.size}:${page.backward ? 'b' : 'f'}:${page.newestFirst ? 'n' : 'o'}:${page.afterSeq ?? ''}:${page.beforeSeq ?? ''}:${sort}`;
}

/** The parent a page of children is read within: its column and the SQL of its id. */
export interface PageParent {
  /** The children's parent column, e.g. `x.account_id`. */
  readonly column: string;
  /** The parent's id in the statement: `$1::uuid`, or a lateral read's `k.parent_id`. */
  readonly id: string;
}

const SEQ_MIN = '(-9223372036854775808)::bigint';
const SEQ_MAX = '9223372036854775807::bigint';

/**
 * The SQL of a page over the rows of alias `alias` by `seq` (an indexed, unique, increasing
 * column), or by the page's sort value then `seq`: conditions, with their parameters appended
 * through `param`, the ORDER BY, the selected sort value (for cursors) and the row limit.
 *
 * With `parent`, a page by `seq` of one parent's children is bounded and ordered by
 * `(parent, seq)` as row values (`(x.account_id, x.seq) < ($1, $2)`) instead of
 * `x.account_id = $1 … ORDER BY x.seq`, and its conditions then confine it to the parent
 * (`withinParent`). With the equality PostgreSQL may read the page off the table's own `seq`
 * index, filtering out every other parent's rows: it takes the parent's rows to be spread
 * evenly over the table, and they are not when others have written since (behind a larger
 * customer's 10,000 newer orders, a page of 20 read 10,000 rows). Bounded by row values, only
 * the parent's `(parent, seq)` index gives the order, so a page reads the page.
 */
export function keysetSql(
  page: KeysetPage,
  alias: string,
  param: (value: unknown) => string,
  parent?: PageParent,
): {
  where: string[];
  orderBy: string;
  sortValue: string | null;
  limit: number;
  /** The conditions confine the rows to `parent`'s (no parent condition is needed). */
  withinParent: boolean;
} {
  const where: string[] = [];
  const seq = `${alias}.seq`;
  const ascending = page.newestFirst === page.backward;
  const direction = ascending ? 'ASC' : 'DESC';
  const sort = page.sort;
  if (!sort && parent) {
    const key = `(${parent.column}, ${seq})`;
    const lower = page.newestFirst ? page.beforeSeq : page.afterSeq;
    const upper = page.newestFirst ? page.afterSeq : page.beforeSeq;
    where.push(
      `${key} ${lower === null ? '>=' : '>'} (${parent.id}, ${lower === null ? SEQ_MIN : `${param(lower)}::bigint`})`,
      `${key} ${upper === null ? '<=' : '<'} (${parent.id}, ${upper === null ? SEQ_MAX : `${param(upper)}::bigint`})`,
    );
    return {
      where,
      orderBy: `${parent.column} ${direction}, ${seq} ${direction}`,
      sortValue: null,
      limit: page.size + 1,
      withinParent: true,
    };
  }
  if (!sort) {
    if (page.afterSeq !== null)
      where.push(`${seq} ${page.newestFirst ? '<' : '>'} ${param(page.afterSeq)}::bigint`);
    if (page.beforeSeq !== null)
      where.push(`${seq} ${page.newestFirst ? '>' : '<'} ${param(page.beforeSeq)}::bigint`);
    return {
      where,
      orderBy: `${seq} ${direction}`,
      sortValue: null,
      limit: page.size + 1,
      withinParent: false,
    };
  }
  const value = sort.expression(alias);
  const key = `(${value}, ${seq})`;
  const bound = (cursorValue: string, cursorSeq: string) =>
    `(${param(cursorValue)}::${sort.type}, ${param(cursorSeq)}::bigint)`;
  if (page.afterSeq !== null)
    where.push(`${key} ${page.newestFirst ? '<' : '>'} ${bound(page.afterValue!, page.afterSeq)}`);
  if (page.beforeSeq !== null)
    where.push(
      `${key} ${page.newestFirst ? '>' : '<'} ${bound(page.beforeValue!, page.beforeSeq)}`,
    );
  return {
    where,
    orderBy: `${value} ${direction}, ${seq} ${direction}`,
    sortValue: `(${value})::text`,
    limit: page.size + 1,
    withinParent: false,
  };
}

/**
 * The connection of rows read by `keysetSql` (in scan order, up to one more than the page).
 * `count` runs only if a client selects `totalCount`.
 */
export function connectionOf<Row extends { seq: string }, NodeT>(
  rows: readonly Row[],
  page: KeysetPage,
  toNode: (row: Row) => NodeT,
  count: () => Promise<number>,
): ConnectionShape<NodeT> {
  const more = rows.length > page.size;
  const taken = rows.slice(0, page.size);
  if (page.backward) taken.reverse();
  const sort = page.sort;
  const edges = taken.map((row) => ({
    node: toNode(row),
    cursor: sort
      ? encodeCursor(row.seq, { name: sort.name, value: sortValues.get(row) ?? '' })
      : encodeCursor(row.seq),
  }));
  let counted: Promise<number> | null = null;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.beforeSeq !== null : more,
      hasPreviousPage: page.backward ? more : page.afterSeq !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

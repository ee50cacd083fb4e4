import { GraphQLError } from 'graphql';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

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

    @Field(() => Int, { description: 'All edges of the list (counted only when selected).' })
    totalCount!: number | Promise<number>;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque: base64url of the row's insertion sequence number. */
export function encodeCursor(seq: string): string {
  return Buffer.from(`seq:${seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | null {
  const match = /^seq:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] ?? null;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * One page of a list ordered by `seq`, as SQL reads it: the bounds of the window, the
 * direction to scan and how many rows to take (one more than the page, to know whether more
 * follow). Built from Relay arguments by `keysetPage`.
 */
export interface KeysetPage {
  readonly size: number;
  /** `last`/`before` paging: scan from the end of the list and reverse. */
  readonly backward: boolean;
  readonly newestFirst: boolean;
  readonly afterSeq: string | null;
  readonly beforeSeq: string | null;
}

function pageSize(name: 'first' | 'last', value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)
    throw badInput(`${name} must be between 1 and ${MAX_PAGE_SIZE}`);
  return value;
}

function cursorSeq(name: 'after' | 'before', cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const seq = decodeCursor(cursor);
  if (!seq)
    throw badInput(
      `${name} is not a cursor of this list: use a cursor this list returned (its edges or pageInfo)`,
    );
  return seq;
}

/** Relay arguments → a keyset page; malformed arguments are a BAD_USER_INPUT error. */
export function keysetPage(args: PageArgs, defaultOrder = ListOrder.OLDEST_FIRST): KeysetPage {
  if (args.first != null && args.last != null)
    throw badInput('Give first or last, not both: a page is counted from one end');
  const backward = args.last != null;
  return {
    size: backward
      ? pageSize('last', args.last!)
      : pageSize('first', args.first ?? DEFAULT_PAGE_SIZE),
    backward,
    newestFirst: (args.orderBy ?? defaultOrder) === ListOrder.NEWEST_FIRST,
    afterSeq: cursorSeq('after', args.after),
    beforeSeq: cursorSeq('before', args.before),
  };
}

/** The cache key of a page's shape: the same key, the same SQL with the same bounds. */
export function pageKey(page: KeysetPage): string {
  return `${page.size}:${page.backward ? 'b' : 'f'}:${page.newestFirst ? 'n' : 'o'}:${page.afterSeq ?? ''}:${page.beforeSeq ?? ''}`;
}

/**
 * The SQL of a page over `column` (an indexed, unique, increasing column): conditions, with
 * their parameters appended through `param`, the scan direction and the row limit.
 */
export function keysetSql(
  page: KeysetPage,
  column: string,
  param: (value: unknown) => string,
): { where: string[]; order: 'ASC' | 'DESC'; limit: number } {
  const where: string[] = [];
  if (page.afterSeq !== null)
    where.push(`${column} ${page.newestFirst ? '<' : '>'} ${param(page.afterSeq)}::bigint`);
  if (page.beforeSeq !== null)
    where.push(`${column} ${page.newestFirst ? '>' : '<'} ${param(page.beforeSeq)}::bigint`);
  const ascending = page.newestFirst === page.backward;
  return { where, order: ascending ? 'ASC' : 'DESC', limit: page.size + 1 };
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
  const edges = taken.map((row) => ({ node: toNode(row), cursor: encodeCursor(row.seq) }));
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

import { registerEnumType } from 'type-graphql';
import { msg } from '@billing/domain';
import { ListOrder, type PageArgs, type SortKey } from './connection.js';
import type { ChildFilter } from './keyset.js';
import { badUserInput } from './user-error.js';

/**
 * The `sort` argument of a list: an enum per list (`OrderSort`, `RefundSort` …) whose values
 * are the orders a billing person needs. `NEWEST_FIRST` and `OLDEST_FIRST` are the creation
 * order `orderBy` gives; every other value orders by a column of the row, then by `seq`, so it
 * pages by keyset on `(value, seq)` like the creation order pages on `seq`.
 */
export interface SortChoice {
  readonly description: string;
  /** Null: the creation order (NEWEST_FIRST / OLDEST_FIRST). */
  readonly key: Omit<SortKey, 'name'> | null;
}

export interface ListSort<V extends string> {
  /** The enum object type-graphql registers. */
  readonly values: { [K in V]: K };
  /**
   * The page arguments and sort key a list reads: `sort` (or else `orderBy`, or the list's
   * default) decides the order; both given is a BAD_USER_INPUT error.
   */
  resolve(args: PageArgs, sort: V | null | undefined): { args: PageArgs; sort: SortKey | null };
}

export function defineListSort<V extends string>(
  name: string,
  description: string,
  choices: Record<V, SortChoice>,
): ListSort<V> {
  const values = Object.fromEntries(Object.keys(choices).map((key) => [key, key])) as {
    [K in V]: K;
  };
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries<SortChoice>(choices).map(([key, choice]) => [
        key,
        { description: choice.description },
      ]),
    ) as Record<V, { description: string }>,
  });
  return {
    values,
    resolve(args, sort) {
      if (sort == null) return { args, sort: null };
      if (args.orderBy != null) throw badUserInput(msg('api.list.orderByOrSort'));
      const choice = (choices as Record<string, SortChoice | undefined>)[sort];
      if (!choice)
        throw badUserInput(msg('api.list.sortUnknown', { known: Object.keys(choices).join(', ') }));
      if (choice.key === null) {
        const orderBy = sort === 'NEWEST_FIRST' ? ListOrder.NEWEST_FIRST : ListOrder.OLDEST_FIRST;
        return { args: { ...args, orderBy }, sort: null };
      }
      return { args, sort: { name: sort, ...choice.key } };
    },
  };
}

/** The two creation orders every list's sort offers. */
export const CREATION_SORTS = {
  NEWEST_FIRST: { description: 'The latest created first.', key: null },
  OLDEST_FIRST: { description: 'The earliest created first.', key: null },
} as const satisfies Record<string, SortChoice>;

/** An ascending and a descending sort on one column of the row (never null). */
export function columnSorts(
  column: string,
  type: SortKey['type'],
  what: string,
): { ascending: SortChoice; descending: SortChoice } {
  const expression = (alias: string) => `${alias}.${column}`;
  return {
    ascending: {
      description: `By ${what}, lowest first.`,
      key: { expression, type, descending: false },
    },
    descending: {
      description: `By ${what}, highest first.`,
      key: { expression, type, descending: true },
    },
  };
}

// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const CONTROL = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const MAX_SEARCH_LENGTH = 100;

/**
 * A free-text search as an ILIKE pattern matching the text anywhere (null: no search). Blank is
 * no search; more than 100 characters, control characters or broken UTF-16 are a
 * BAD_USER_INPUT error.
 */
export function searchPattern(value: string | null | undefined, field = 'search'): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.length > MAX_SEARCH_LENGTH || CONTROL.test(trimmed) || LONE_SURROGATE.test(trimmed))
    throw badUserInput(msg('api.list.search', { fieldName: field, limit: MAX_SEARCH_LENGTH }));
  return `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One condition of a nested list's filter: a column equal to a value, or matching a pattern. */
export interface RowCondition {
  /** A column, or several (`contains` only: the pattern matches any of them). */
  readonly column: string | readonly string[];
  readonly value: string | null | undefined;
  /** `contains`: the value is an ILIKE pattern (from `searchPattern`). */
  readonly match?: 'equals' | 'contains';
}

/** The filter of a nested list from its given conditions (null: none given, every child). */
export function rowFilter(conditions: readonly RowCondition[]): ChildFilter | null {
  const given = conditions.filter((condition) => condition.value != null);
  if (given.length === 0) return null;
  return {
    key: JSON.stringify(given.map((c) => [c.column, c.match ?? 'equals', c.value])),
    conditions: (alias, param) =>
      given.map((c) => {
        const value = param(c.value);
        const columns = typeof c.column === 'string' ? [c.column] : c.column;
        if (c.match !== 'contains') return `${alias}.${columns[0]} = ${value}`;
        const any = columns.map((column) => `${alias}.${column} ILIKE ${value}`);
        return any.length === 1 ? any[0]! : `(${any.join(' OR ')})`;
      }),
  };
}

/**
 * A nested list's search: one condition over the child's alias with the search pattern as a
 * parameter (`match` receives the alias and the pattern's `$n`), null when there is no search.
 * `name` tells searches of one list apart in the loaders' cache keys.
 */
export function searchFilter(
  name: string,
  pattern: string | null,
  match: (alias: string, pattern: string, param: (value: unknown) => string) => string,
): ChildFilter | null {
  if (pattern === null) return null;
  return {
    key: JSON.stringify([name, pattern]),
    conditions: (alias, param) => [match(alias, param(pattern), param)],
  };
}

/** Every given filter of a nested list at once (null: none given). */
export function allFilters(...filters: ReadonlyArray<ChildFilter | null>): ChildFilter | null {
  const given = filters.filter((filter): filter is ChildFilter => filter !== null);
  if (given.length <= 1) return given[0] ?? null;
  return {
    key: JSON.stringify(given.map((filter) => filter.key)),
    conditions: (alias, param) => given.flatMap((filter) => filter.conditions(alias, param)),
  };
}

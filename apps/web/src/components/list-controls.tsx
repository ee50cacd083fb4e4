import { useEffect, useState } from 'react';
import { navigate, useLocation } from '../core/router.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadMore } from './load-more.js';

/**
 * The sort, status filter and search of a list, kept in the URL's query string (so a reload
 * or a shared link shows the same list), and the one table header and filter bar every list
 * uses. `prefix` keeps two lists of one page apart (`ordersSort`, `invoicesSort` …); the
 * accounts page uses none (`sort`, `status`, `q`).
 */
export interface ListParams<S extends string, F extends string> {
  readonly sort: S;
  readonly status: F | null;
  readonly q: string;
}

export interface ListParamsOptions<S extends string, F extends string> {
  readonly prefix?: string;
  readonly sorts: readonly S[];
  /** Newest first, unless the list says otherwise. */
  readonly defaultSort: S;
  readonly statuses?: readonly F[];
  /** The status when the URL names none (the refund queue: REQUESTED); default: every status. */
  readonly defaultStatus?: F | null;
}

/** The URL key of one parameter of a list. */
export function listParamKey(prefix: string | undefined, name: 'sort' | 'status' | 'q'): string {
  if (!prefix) return name;
  return `${prefix}${name === 'q' ? 'Q' : name[0]!.toUpperCase() + name.slice(1)}`;
}

/** A status parameter meaning "every status" when the list has a default status. */
export const ALL_STATUSES = 'all';

export function useListParams<S extends string, F extends string>(
  options: ListParamsOptions<S, F>,
): [ListParams<S, F>, (next: Partial<ListParams<S, F>>) => void] {
  const { search } = useLocation();
  const { prefix, sorts, defaultSort, statuses = [], defaultStatus = null } = options;
  const sortParam = search.get(listParamKey(prefix, 'sort'));
  const statusParam = search.get(listParamKey(prefix, 'status'));
  const sort = sorts.includes(sortParam as S) ? (sortParam as S) : defaultSort;
  const status =
    statusParam === ALL_STATUSES
      ? null
      : statuses.includes(statusParam as F)
        ? (statusParam as F)
        : defaultStatus;
  const q = search.get(listParamKey(prefix, 'q')) ?? '';
  const update = (next: Partial<ListParams<S, F>>) => {
    const params = new URLSearchParams(window.location.search);
    const set = (name: 'sort' | 'status' | 'q', value: string | null) => {
      const key = listParamKey(prefix, name);
      if (value) params.set(key, value);
      else params.delete(key);
    };
    if ('sort' in next) set('sort', next.sort === defaultSort ? null : (next.sort ?? null));
    if ('status' in next)
      set(
        'status',
        next.status === defaultStatus
          ? null
          : (next.status ?? (defaultStatus ? ALL_STATUSES : null)),
      );
    if ('q' in next) set('q', next.q?.trim() || null);
    const query = params.toString();
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true });
  };
  return [{ sort, status, q }, update];
}

/** The two sort values of one column: ascending and descending. */
export interface ColumnSort<S extends string> {
  readonly ascending: S;
  readonly descending: S;
  /** The direction of the first click (amounts and dates: descending; names: ascending). */
  readonly first?: 'ascending' | 'descending';
}

/**
 * A column header that sorts its list: a click sorts by the column, a second click reverses;
 * `aria-sort` says the direction and an arrow shows it.
 */
export function SortableHeader<S extends string>({
  label,
  column,
  sort,
  onSort,
  className,
}: {
  label: string;
  column: ColumnSort<S>;
  /** The list's sort and how to change it; without them the header is a plain one. */
  sort?: S | null;
  onSort?: ((sort: S) => void) | null;
  className?: string;
}) {
  const { t } = useI18n();
  if (!sort || !onSort)
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  const direction =
    sort === column.ascending ? 'ascending' : sort === column.descending ? 'descending' : null;
  const next =
    direction === 'descending'
      ? column.ascending
      : direction === 'ascending'
        ? column.descending
        : column[column.first ?? 'descending'];
  return (
    <th scope="col" className={className} aria-sort={direction ?? 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(next)}
        title={t(next === column.ascending ? 'list.sortAscending' : 'list.sortDescending')}
      >
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

const SEARCH_DELAY_MS = 300;

/**
 * The filter bar of a list: a search box (applied once typing pauses), a status filter and a
 * sort menu (for lists shown as cards; for tables only at phone widths, where their headers are
 * hidden). Each part appears when its props are given.
 */
export function FilterBar<S extends string, F extends string>({
  id,
  label,
  search,
  status,
  sort,
}: {
  /** Prefix of the controls' ids. */
  id: string;
  /** The bar's accessible name, e.g. "Filter accounts". */
  label: string;
  search?: {
    value: string;
    onChange: (q: string) => void;
    label?: string;
    placeholder?: string;
  };
  status?: {
    value: F | null;
    options: ReadonlyArray<{ value: F; label: string }>;
    onChange: (status: F | null) => void;
    label?: string;
    allLabel?: string;
  };
  sort?: {
    value: S;
    options: ReadonlyArray<{ value: S; label: string }>;
    onChange: (sort: S) => void;
    /** Only at phone widths, where a table's headers are hidden (lists shown as tables). */
    narrowOnly?: boolean;
  };
}) {
  const { t } = useI18n();
  const applied = search?.value ?? '';
  const [text, setText] = useState(applied);
  // The URL changed under the box (Back, a link): show what is applied.
  const [shown, setShown] = useState(applied);
  if (applied !== shown) {
    setShown(applied);
    if (text.trim() !== applied) setText(applied);
  }
  const onSearch = search?.onChange;
  useEffect(() => {
    if (!onSearch || text.trim() === applied) return;
    const timer = window.setTimeout(() => onSearch(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, applied, onSearch]);
  return (
    <form
      className={!search && !status && sort?.narrowOnly ? 'filters sort-menu-narrow' : 'filters'}
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      {search && (
        <div className="form-field grow">
          <label htmlFor={`${id}-search`}>{search.label ?? t('list.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={text}
            maxLength={100}
            placeholder={search.placeholder}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      )}
      {status && (
        <div className="form-field">
          <label htmlFor={`${id}-status`}>{status.label ?? t('list.status')}</label>
          <select
            id={`${id}-status`}
            value={status.value ?? ALL_STATUSES}
            onChange={(event) => {
              const value = event.target.value;
              const option = status.options.find((o) => o.value === value);
              status.onChange(option ? option.value : null);
            }}
          >
            <option value={ALL_STATUSES}>{status.allLabel ?? t('list.allStatuses')}</option>
            {status.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {sort && (
        <div className={sort.narrowOnly ? 'form-field sort-menu-narrow' : 'form-field'}>
          <label htmlFor={`${id}-sort`}>{t('list.sortBy')}</label>
          <select
            id={`${id}-sort`}
            value={sort.value}
            onChange={(event) => {
              const option = sort.options.find((o) => o.value === event.target.value);
              if (option) sort.onChange(option.value);
            }}
          >
            {sort.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}

/** Rows a growing list shows at first and adds on each "Load more". */
const GROWING_PAGE = 20;
/** The API's largest page. */
const GROWING_MAX = 100;

/**
 * How many rows a live list (re-read every few seconds) asks for: "Load more" asks for a longer
 * first page rather than appending a next one, so a re-read keeps what was loaded. `listKey`
 * names the list's sort and filters: another one starts again at one page. `page` is the rows
 * of one page (the postpaid bills: 24, two years of months).
 */
export function useGrowingFirst(
  listKey: string,
  page: number = GROWING_PAGE,
): { first: number; grow: () => void } {
  const [shown, setShown] = useState({ key: '', count: page });
  const first = shown.key === listKey ? shown.count : page;
  return {
    first,
    grow: () => setShown({ key: listKey, count: Math.min(GROWING_MAX, first + page) }),
  };
}

/** "Load more" of a growing list, then, at the API's largest page, a hint to filter. */
export function GrowingLoadMore({
  hasNextPage,
  growing,
}: {
  hasNextPage: boolean;
  growing: { first: number; grow: () => void };
}) {
  const { t } = useI18n();
  return (
    <>
      <LoadMore
        hasMore={hasNextPage && growing.first < GROWING_MAX}
        onLoad={async () => growing.grow()}
      />
      {hasNextPage && growing.first >= GROWING_MAX && (
        <p className="muted small">{t('list.narrowToSeeMore', { count: GROWING_MAX })}</p>
      )}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { journalPath } from '../../app/paths.js';
import { navigate, useLocation } from '../../app/router.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FilterBar, listParamKey, useListParams } from '../../components/list-controls.js';
import { FormField } from '../../components/form-field.js';
import { Loading } from '../../components/load-more.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { live } from '../../core/live.js';
import { useTestMode } from '../../core/test-mode.js';
import { graphql } from '../../gql/index.js';
import type { JournalSort } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { CsvExportForm, EXPORT_KINDS } from '../exports/csv-export-form.js';
import { JOURNAL_SORTS, JournalTable } from './journal-table.js';

export const JOURNAL_PAGE_SIZE = 20;

export const JournalPageQuery = graphql(`
  query JournalPage(
    $ledger: String
    $accountId: ID
    $first: Int
    $after: String
    $last: Int
    $before: String
    $sort: JournalSort
    $testMode: Boolean
    $search: String
  ) {
    journal(
      ledger: $ledger
      accountId: $accountId
      first: $first
      after: $after
      last: $last
      before: $before
      sort: $sort
      testMode: $testMode
      search: $search
    ) {
      totalCount
      edges {
        node {
          ...JournalLine
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

/** The ledgers the API posts to (`JournalEntry.ledger`), offered as filters. */
export const LEDGERS = [
  'revenue',
  'customer_balance',
  'customer_credit',
  'refunds_payable',
  'fee_income',
  'receivable',
  'late_fee_income',
  'cash:ALIPAY',
  'cash:WECHAT_PAY',
  'cash:BANK_CARD',
  'cash:TENCENT_WALLET',
] as const;

/** Which page: the first, or the page after or before a cursor. */
type Window = { after: string } | { before: string } | null;

/**
 * The whole double-entry journal, newest first, a page at a time (Next / Previous), by ledger
 * and/or customer account (operators). The page shown is live.
 */
export function JournalPage() {
  const { t, ledger: ledgerName } = useI18n();
  const { search } = useLocation();
  const ledger = search.get('ledger') ?? '';
  const accountId = search.get('account') ?? '';
  const [list, setList] = useListParams<JournalSort, never>({
    sorts: JOURNAL_SORTS,
    defaultSort: 'NEWEST_FIRST',
  });
  const [ledgerChoice, setLedgerChoice] = useState(ledger);
  const [accountText, setAccountText] = useState(accountId);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const path = journalPath({ ledger: ledgerChoice, accountId: accountText.trim() });
    // The sort stays as chosen when the filters change.
    const sort = search.get(listParamKey(undefined, 'sort'));
    navigate(sort ? `${path}${path.includes('?') ? '&' : '?'}sort=${sort}` : path);
  }
  const ledgers: readonly string[] =
    ledger && !(LEDGERS as readonly string[]).includes(ledger) ? [...LEDGERS, ledger] : LEDGERS;
  return (
    <section aria-labelledby="journal-heading" className="page">
      <header className="page-header">
        <h1 id="journal-heading">{t('journal.title')}</h1>
        <TestModeSwitch />
      </header>
      <TestModeBanner />
      <form className="card" role="search" aria-label={t('journal.filters')} onSubmit={onSubmit}>
        <div className="form-row">
          <FormField label={t('journal.ledger')} className="grow">
            {(control) => (
              <select
                {...control}
                value={ledgerChoice}
                onChange={(event) => setLedgerChoice(event.target.value)}
              >
                <option value="">{t('journal.anyLedger')}</option>
                {ledgers.map((name) => (
                  <option key={name} value={name}>
                    {ledgerName(name)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('journal.accountId')} className="grow">
            {(control) => (
              <input
                {...control}
                className="mono"
                value={accountText}
                onChange={(event) => setAccountText(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button">
            {t('journal.show')}
          </button>
        </div>
      </form>
      <FilterBar<JournalSort, never>
        id="journal"
        label={t('list.filters')}
        search={{
          value: list.q,
          onChange: (q) => setList({ q }),
          placeholder: t('journal.searchPlaceholder'),
        }}
        sort={{
          value: list.sort,
          options: JOURNAL_SORTS.map((sort) => ({ value: sort, label: t(`list.sort.${sort}`) })),
          onChange: (sort) => setList({ sort }),
          narrowOnly: true,
        }}
      />
      <JournalPages
        key={`${ledger}|${accountId}|${list.sort}|${list.q}`}
        ledger={ledger}
        accountId={accountId}
        search={list.q}
        sort={list.sort}
        onSort={(sort) => setList({ sort })}
      />
      <CsvExportForm kinds={EXPORT_KINDS} offerTestMode />
    </section>
  );
}

function JournalPages({
  ledger,
  accountId,
  search,
  sort,
  onSort,
}: {
  ledger: string;
  accountId: string;
  /** Text the memo or the account name contains ('' for none). */
  search: string;
  sort: JournalSort;
  onSort: (sort: JournalSort) => void;
}) {
  const { t } = useI18n();
  const [window, setWindow] = useState<Window>(null);
  const [testMode] = useTestMode();
  const { data, previousData, loading, error, refetch } = useQuery(JournalPageQuery, {
    variables: {
      ledger: ledger || null,
      accountId: accountId || null,
      search: search || null,
      sort,
      // The Test mode switch, unless one account is asked for (its side is its own).
      testMode: accountId ? null : testMode,
      ...(window && 'before' in window
        ? { last: JOURNAL_PAGE_SIZE, before: window.before }
        : { first: JOURNAL_PAGE_SIZE, after: window?.after ?? null }),
    },
    fetchPolicy: 'cache-and-network',
    // Live: the page shown (the first, or the one after or before a cursor) is read again every
    // few seconds, so a posting made elsewhere shows within seconds; its cursor keeps the page.
    ...live,
  });
  // While the next page loads, the page shown stays (and the buttons wait).
  const journal = (data ?? previousData)?.journal;
  return (
    <div data-testid="journal-list" aria-busy={loading}>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !journal && <Loading />}
      {journal && (
        <>
          <JournalTable
            entries={journal.edges.map((edge) => edge.node)}
            caption={t(sort === 'NEWEST_FIRST' ? 'journal.pageCaption' : 'list.caption.journal', {
              shown: journal.edges.length,
              total: journal.totalCount,
            })}
            showAccount
            sort={sort}
            onSort={onSort}
          />
          <nav className="button-row pager" aria-label={t('journal.pages')}>
            <button
              type="button"
              className="button secondary"
              disabled={loading || !journal.pageInfo.hasPreviousPage}
              onClick={() => setWindow({ before: journal.pageInfo.startCursor! })}
            >
              {t('journal.previous')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={loading || !journal.pageInfo.hasNextPage}
              onClick={() => setWindow({ after: journal.pageInfo.endCursor! })}
            >
              {t('journal.next')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}

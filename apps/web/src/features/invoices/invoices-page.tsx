import { useQuery } from '@apollo/client/react';
import { accountPath, paths, portalBase, portalPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateText, DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import {
  FilterBar,
  GrowingLoadMore,
  SortableHeader,
  useGrowingFirst,
  useListParams,
  type ColumnSort,
} from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { Money } from '../../components/money.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { live } from '../../core/live.js';
import { useTestMode } from '../../core/test-mode.js';
import { graphql } from '../../gql/index.js';
import type { InvoiceSort, InvoiceStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { INVOICE_STATUSES, InvoiceStatusBadge } from './invoice-labels.js';

export const InvoicesPageQuery = graphql(`
  query InvoicesPage(
    $first: Int!
    $sort: InvoiceSort
    $status: InvoiceStatus
    $search: String
    $testMode: Boolean
  ) {
    invoices(first: $first, sort: $sort, status: $status, search: $search, testMode: $testMode) {
      totalCount
      edges {
        node {
          id
          status
          type
          title
          number
          requestedAt
          dueOn
          issuedOn
          amount {
            amount
            currency
          }
          account {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const INVOICE_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'REQUESTED_AT_DESC',
  'REQUESTED_AT_ASC',
  'AMOUNT_DESC',
  'AMOUNT_ASC',
] as const satisfies readonly InvoiceSort[];

const BY_REQUEST: ColumnSort<InvoiceSort> = {
  ascending: 'REQUESTED_AT_ASC',
  descending: 'REQUESTED_AT_DESC',
};
const BY_AMOUNT: ColumnSort<InvoiceSort> = { ascending: 'AMOUNT_ASC', descending: 'AMOUNT_DESC' };

/**
 * Every invoice (R-INV-1 … R-INV-3), newest request first: sorted by request time or amount
 * (the column headers, or the menu at phone widths), filtered by status and searched by title,
 * fapiao number or account name. The sort and filters live in the URL.
 */
export function InvoicesPage() {
  const { t } = useI18n();
  const [list, setList] = useListParams<InvoiceSort, InvoiceStatus>({
    sorts: INVOICE_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: INVOICE_STATUSES,
  });
  const [testMode] = useTestMode();
  // The list is live (read again every few seconds): an invoice requested, issued or voided
  // elsewhere shows within seconds, and "Load more" asks for a longer first page so a re-read
  // keeps it. The search being typed lives in the filter bar and stays.
  const growing = useGrowingFirst(`${list.sort}|${list.status ?? ''}|${list.q}|${testMode}`);
  const { data, previousData, loading, error, refetch } = useQuery(InvoicesPageQuery, {
    variables: {
      first: growing.first,
      sort: list.sort,
      status: list.status,
      search: list.q || null,
      testMode,
    },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While another filter or a longer page loads, the invoices shown stay.
  const invoices = (data ?? previousData)?.invoices;
  const onSort = (sort: InvoiceSort) => setList({ sort });
  return (
    <section aria-labelledby="invoices-heading" className="page">
      <header className="page-header">
        <h1 id="invoices-heading">{t('invoices.title')}</h1>
        <p className="muted">
          {t('invoices.intro')} <Link to={paths.overdueInvoices}>{t('nav.overdueInvoices')}</Link>
        </p>
        <TestModeSwitch />
      </header>
      <TestModeBanner />
      <FilterBar<InvoiceSort, InvoiceStatus>
        id="all-invoices"
        label={t('list.filters')}
        search={{
          value: list.q,
          onChange: (q) => setList({ q }),
          placeholder: t('invoices.searchPlaceholder'),
        }}
        status={{
          value: list.status,
          options: INVOICE_STATUSES.map((status) => ({
            value: status,
            label: t(`invoiceStatus.${status}`),
          })),
          onChange: (status) => setList({ status }),
        }}
        sort={{
          value: list.sort,
          options: INVOICE_SORTS.map((sort) => ({ value: sort, label: t(`list.sort.${sort}`) })),
          onChange: onSort,
          narrowOnly: true,
        }}
      />
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !invoices && <Loading />}
      {invoices && invoices.edges.length === 0 && (
        <EmptyState title={list.q || list.status ? t('list.noMatches') : t('invoices.empty')} />
      )}
      {invoices && invoices.edges.length > 0 && (
        <div className="table-scroll">
          <table className="responsive-table" data-testid="invoices-table">
            <caption>
              {t('list.caption.invoices', {
                shown: invoices.edges.length,
                total: invoices.totalCount,
              })}
            </caption>
            <thead>
              <tr>
                <SortableHeader
                  label={t('invoice.requestedAt')}
                  column={BY_REQUEST}
                  sort={list.sort}
                  onSort={onSort}
                />
                <th scope="col">{t('invoice.account')}</th>
                <th scope="col">{t('invoice.title')}</th>
                <th scope="col">{t('invoice.status')}</th>
                <th scope="col">{t('invoice.number')}</th>
                <th scope="col">{t('invoice.dueOn')}</th>
                <SortableHeader
                  label={t('invoice.amount')}
                  column={BY_AMOUNT}
                  sort={list.sort}
                  onSort={onSort}
                  className="numeric"
                />
              </tr>
            </thead>
            <tbody>
              {invoices.edges.map(({ node: invoice }) => (
                <tr key={invoice.id} data-testid="invoice-row">
                  <td data-label={t('invoice.requestedAt')}>
                    <DateTimeText instant={invoice.requestedAt} />
                  </td>
                  <td data-label={t('invoice.account')} className="primary-cell">
                    <Link to={accountPath(invoice.account.id)}>{invoice.account.name}</Link>
                  </td>
                  <td data-label={t('invoice.title')}>
                    <Link to={portalPath(portalBase(invoice.account.id, false), 'invoices')}>
                      {invoice.title}
                    </Link>
                    <span className="subtle">{t(`invoiceType.${invoice.type}`)}</span>
                  </td>
                  <td data-label={t('invoice.status')}>
                    <InvoiceStatusBadge status={invoice.status} />
                  </td>
                  <td data-label={t('invoice.number')}>
                    {invoice.number ? (
                      <>
                        <span className="mono">{invoice.number}</span>
                        {invoice.issuedOn && (
                          <span className="subtle">
                            <DateText date={invoice.issuedOn} />
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td data-label={t('invoice.dueOn')}>
                    {invoice.status === 'REQUESTED' && invoice.dueOn ? (
                      <DateText date={invoice.dueOn} />
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td data-label={t('invoice.amount')} className="numeric">
                    <Money value={invoice.amount} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {invoices && (
        <GrowingLoadMore hasNextPage={invoices.pageInfo.hasNextPage} growing={growing} />
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { accountPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { can } from '../../app/permissions.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import {
  FilterBar,
  GrowingLoadMore,
  SortableHeader,
  useGrowingFirst,
  useListParams,
  type ColumnSort,
} from '../../components/list-controls.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Money } from '../../components/money.js';
import { graphql } from '../../gql/index.js';
import type { AccountStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { ACCOUNT_STATUSES, AccountStatusBadge, VerificationBadge } from './account-labels.js';
import { CreateAccountForm } from './create-account-form.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { live } from '../../core/live.js';
import { useTestMode } from '../../core/test-mode.js';

export const AccountsPageQuery = graphql(`
  query AccountsPage($first: Int!, $filter: AccountFilter, $sort: AccountSort) {
    accounts(first: $first, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          ...AccountSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ACCOUNT_SORTS = ['NEWEST_FIRST', 'OLDEST_FIRST', 'NAME_ASC', 'NAME_DESC'] as const;
type AccountSortValue = (typeof ACCOUNT_SORTS)[number];
const BY_NAME: ColumnSort<AccountSortValue> = {
  ascending: 'NAME_ASC',
  descending: 'NAME_DESC',
  first: 'ascending',
};
const BY_CREATION: ColumnSort<AccountSortValue> = {
  ascending: 'OLDEST_FIRST',
  descending: 'NEWEST_FIRST',
};

export function AccountsPage() {
  const { t } = useI18n();
  const { role } = useSession();
  // The sort and filters live in the URL (`?sort=…&q=…&status=…`) so Back from an account
  // returns to them and a shared link shows the same list.
  const [filters, setFilters] = useListParams<AccountSortValue, AccountStatus>({
    sorts: ACCOUNT_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: ACCOUNT_STATUSES,
  });

  const [testMode] = useTestMode();
  const filter = { search: filters.q || null, status: filters.status, testMode };
  // The list is live (read again every few seconds): an account opened or changed elsewhere
  // shows within seconds, and "Load more" asks for a longer first page so a re-read keeps it.
  const growing = useGrowingFirst(
    `${filters.q}|${filters.status ?? ''}|${filters.sort}|${testMode}`,
  );
  const { data, previousData, loading, error, refetch } = useQuery(AccountsPageQuery, {
    variables: { first: growing.first, filter, sort: filters.sort },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While another filter or a longer page loads, the rows shown stay.
  const connection = (data ?? previousData)?.accounts;

  const filtered = Boolean(filters.q || filters.status);
  return (
    <section aria-labelledby="accounts-heading" className="page">
      <header className="page-header">
        <h1 id="accounts-heading">{t('accounts.title')}</h1>
        <TestModeSwitch />
      </header>
      <TestModeBanner />

      {can(role, 'accounts.create') && <CreateAccountForm onCreated={() => refetch()} />}

      <FilterBar
        id="accounts"
        label={t('accounts.filters')}
        search={{
          value: filters.q,
          onChange: (q) => setFilters({ q }),
          label: t('accounts.search'),
          placeholder: t('accounts.searchPlaceholder'),
        }}
        status={{
          value: filters.status,
          options: ACCOUNT_STATUSES.map((status) => ({
            value: status,
            label: t(`accountStatus.${status}`),
          })),
          onChange: (status) => setFilters({ status }),
          label: t('accounts.statusFilter'),
          allLabel: t('accounts.allStatuses'),
        }}
        sort={{
          value: filters.sort,
          options: ACCOUNT_SORTS.map((sort) => ({ value: sort, label: t(`list.sort.${sort}`) })),
          onChange: (sort) => setFilters({ sort }),
          narrowOnly: true,
        }}
      />

      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {!connection && loading && (
        <p className="loading" aria-busy="true">
          {t('accounts.loading')}
        </p>
      )}
      {connection && connection.edges.length === 0 && (
        <EmptyState title={filtered ? t('accounts.noMatches') : t('accounts.empty')}>
          {filtered && <p>{t('accounts.noMatchesHint')}</p>}
        </EmptyState>
      )}
      {connection && connection.edges.length > 0 && (
        <div className="table-scroll" aria-busy={loading || undefined}>
          <table className="responsive-table accounts-table">
            <caption>
              {t(filters.sort === 'NEWEST_FIRST' ? 'accounts.showing' : 'list.caption.accounts', {
                shown: connection.edges.length,
                total: connection.totalCount,
              })}
            </caption>
            <thead>
              <tr>
                <SortableHeader
                  label={t('account.name')}
                  column={BY_NAME}
                  sort={filters.sort}
                  onSort={(sort) => setFilters({ sort })}
                />
                <th scope="col">{t('account.verification')}</th>
                <th scope="col">{t('account.status')}</th>
                <th scope="col" className="numeric">
                  {t('account.balance')}
                </th>
                <SortableHeader
                  label={t('account.createdAt')}
                  column={BY_CREATION}
                  sort={filters.sort}
                  onSort={(sort) => setFilters({ sort })}
                />
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id} data-testid="account-row">
                  <td data-label={t('account.name')} className="primary-cell">
                    <Link to={accountPath(node.id)}>{node.name}</Link>
                    {node.verifiedName && node.verifiedName !== node.name && (
                      <span className="subtle">{node.verifiedName}</span>
                    )}
                  </td>
                  <td data-label={t('account.verification')}>
                    <VerificationBadge status={node.verificationStatus} />
                  </td>
                  <td data-label={t('account.status')}>
                    <AccountStatusBadge status={node.status} />
                  </td>
                  <td data-label={t('account.balance')} className="numeric">
                    <Money value={node.balance} />
                  </td>
                  <td data-label={t('account.createdAt')}>
                    <DateTimeText instant={node.createdAt} dateOnly />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection && (
        <GrowingLoadMore hasNextPage={connection.pageInfo.hasNextPage} growing={growing} />
      )}
    </section>
  );
}

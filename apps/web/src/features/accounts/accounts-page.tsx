import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { accountPath, paths } from '../../app/paths.js';
import { Link, navigate, useLocation } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { can } from '../../app/permissions.js';
import { AsyncButton } from '../../components/async-button.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Money } from '../../components/money.js';
import { useSingleFlight } from '../../components/use-single-flight.js';
import { graphql } from '../../gql/index.js';
import type { AccountStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { ACCOUNT_STATUSES, AccountStatusBadge, VerificationBadge } from './account-labels.js';
import { CreateAccountForm } from './create-account-form.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { useTestMode } from '../../core/test-mode.js';

export const AccountsPageQuery = graphql(`
  query AccountsPage($first: Int!, $after: String, $filter: AccountFilter) {
    accounts(first: $first, after: $after, filter: $filter, orderBy: NEWEST_FIRST) {
      totalCount
      edges {
        cursor
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

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

function isAccountStatus(value: string | null): value is AccountStatus {
  return ACCOUNT_STATUSES.includes(value as AccountStatus);
}

/** The filters live in the URL (`?q=…&status=…`) so Back from an account returns to them. */
function useAccountFilters(): { q: string; status: AccountStatus | null } {
  const { search } = useLocation();
  const status = search.get('status');
  return { q: search.get('q') ?? '', status: isAccountStatus(status) ? status : null };
}

function updateFilters(next: { q?: string; status?: AccountStatus | null }): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(next)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  navigate(query ? `${paths.accounts}?${query}` : paths.accounts, { replace: true });
}

export function AccountsPage() {
  const { t } = useI18n();
  const { role } = useSession();
  const filters = useAccountFilters();
  const [searchText, setSearchText] = useState(filters.q);
  // The URL changed under the box (Back, or the navigation link): show what is applied.
  const [appliedQ, setAppliedQ] = useState(filters.q);
  if (filters.q !== appliedQ) {
    setAppliedQ(filters.q);
    if (searchText.trim() !== filters.q) setSearchText(filters.q);
  }

  useEffect(() => {
    const q = searchText.trim();
    if (q === filters.q) return;
    const timer = window.setTimeout(() => updateFilters({ q }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [searchText, filters.q]);

  const [testMode] = useTestMode();
  const filter = { search: filters.q || null, status: filters.status, testMode };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(AccountsPageQuery, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.accounts;

  const [loadMore, loadingMore] = useSingleFlight(async () => {
    if (!connection?.pageInfo.endCursor) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        accounts: {
          ...fetchMoreResult.accounts,
          edges: [...(previous.accounts?.edges ?? []), ...fetchMoreResult.accounts.edges],
        },
      }),
    });
  });

  const filtered = Boolean(filters.q || filters.status);
  return (
    <section aria-labelledby="accounts-heading" className="page">
      <header className="page-header">
        <h1 id="accounts-heading">{t('accounts.title')}</h1>
        <TestModeSwitch />
      </header>
      <TestModeBanner />

      {can(role, 'accounts.create') && <CreateAccountForm onCreated={() => refetch()} />}

      <form
        className="filters"
        role="search"
        aria-label={t('accounts.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="form-field grow">
          <label htmlFor="accounts-search">{t('accounts.search')}</label>
          <input
            id="accounts-search"
            type="search"
            value={searchText}
            placeholder={t('accounts.searchPlaceholder')}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor="accounts-status">{t('accounts.statusFilter')}</label>
          <select
            id="accounts-status"
            value={filters.status ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              updateFilters({ status: isAccountStatus(value) ? value : null });
            }}
          >
            <option value="">{t('accounts.allStatuses')}</option>
            {ACCOUNT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`accountStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

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
              {t('accounts.showing', {
                shown: connection.edges.length,
                total: connection.totalCount,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('account.name')}</th>
                <th scope="col">{t('account.verification')}</th>
                <th scope="col">{t('account.status')}</th>
                <th scope="col" className="numeric">
                  {t('account.balance')}
                </th>
                <th scope="col">{t('account.createdAt')}</th>
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
      {connection?.pageInfo.hasNextPage && (
        <div className="load-more">
          <AsyncButton
            className="secondary"
            pending={loadingMore}
            pendingLabel={t('accounts.loadingMore')}
            onClick={loadMore}
          >
            {t('accounts.loadMore')}
          </AsyncButton>
        </div>
      )}
    </section>
  );
}

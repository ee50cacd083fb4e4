import { useQuery } from '@apollo/client/react';
import { paths } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DonutChart } from '../../components/charts/donut-chart.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { EmptyState } from '../../components/empty-state.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

// Counts come from the API's `totalCount`; the page only lays them out.
export const DashboardPageQuery = graphql(`
  query DashboardPage {
    all: accounts(first: 1) {
      totalCount
    }
    active: accounts(first: 1, filter: { status: ACTIVE }) {
      totalCount
    }
    suspended: accounts(first: 1, filter: { status: SUSPENDED }) {
      totalCount
    }
    closed: accounts(first: 1, filter: { status: CLOSED }) {
      totalCount
    }
  }
`);

export function DashboardPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(DashboardPageQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const statuses = data
    ? ([
        ['ACTIVE', data.active.totalCount],
        ['SUSPENDED', data.suspended.totalCount],
        ['CLOSED', data.closed.totalCount],
      ] as const)
    : [];
  return (
    <section aria-labelledby="dashboard-heading" className="page">
      <header className="page-header">
        <h1 id="dashboard-heading">{t('dashboard.title')}</h1>
      </header>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && (
        <p className="loading" aria-busy="true">
          {t('dashboard.loading')}
        </p>
      )}
      {data && (
        <>
          <ul className="stat-tiles">
            <li className="card">
              <span className="stat-label">{t('dashboard.totalAccounts')}</span>
              <span className="stat-value">{data.all.totalCount}</span>
            </li>
            {statuses.map(([status, count]) => (
              <li className="card" key={status}>
                <span className="stat-label">{t(`accountStatus.${status}`)}</span>
                <span className="stat-value">{count}</span>
              </li>
            ))}
          </ul>
          <div className="card">
            {data.all.totalCount === 0 ? (
              <EmptyState title={t('dashboard.noAccounts')}>
                <Link to={paths.accounts}>{t('dashboard.goToAccounts')}</Link>
              </EmptyState>
            ) : (
              <DonutChart
                title={t('dashboard.byStatus')}
                categoryHeader={t('account.status')}
                valueHeader={t('dashboard.accounts')}
                centerLabel={String(data.all.totalCount)}
                data={statuses.map(([status, count]) => ({
                  key: status,
                  label: t(`accountStatus.${status}`),
                  value: count,
                }))}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

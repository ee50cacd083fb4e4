import { useQuery } from '@apollo/client/react';
import { accountPath, paths } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { BarChart } from '../../components/charts/bar-chart.js';
import { DonutChart } from '../../components/charts/donut-chart.js';
import { DateText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Money } from '../../components/money.js';
import { graphql } from '../../gql/index.js';
import type { DashboardSubscriptionFragment, RefundReason } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { REFUND_REASONS } from '../refunds/refund-labels.js';
import { SubscriptionStatusBadge } from '../subscriptions/subscription-labels.js';
import { live } from '../../core/live.js';
import { useTestMode } from '../../core/test-mode.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';

export const DashboardSubscriptionFragmentDoc = graphql(`
  fragment DashboardSubscription on Subscription {
    id
    status
    seats
    expiresOn
    graceEndsOn
    daysLeft
    product {
      name
    }
    plan {
      name
    }
    account {
      id
      name
    }
    nextTransition {
      on
      to
    }
  }
`);

// Every figure comes from the API (account counts from `totalCount`, money from `dashboard`);
// the page lays them out and sizes chart shapes, it adds up no money.
export const DashboardPageQuery = graphql(`
  query DashboardPage($testMode: Boolean!) {
    all: accounts(first: 1, filter: { testMode: $testMode }) {
      totalCount
    }
    active: accounts(first: 1, filter: { status: ACTIVE, testMode: $testMode }) {
      totalCount
    }
    suspended: accounts(first: 1, filter: { status: SUSPENDED, testMode: $testMode }) {
      totalCount
    }
    closed: accounts(first: 1, filter: { status: CLOSED, testMode: $testMode }) {
      totalCount
    }
    dashboard(testMode: $testMode) {
      revenueByMonth(months: 12) {
        month
        amount {
          amount
          currency
        }
        gross {
          amount
          currency
        }
        refunded {
          amount
          currency
        }
      }
      refundsByReason {
        reason
        count
        approvedCount
        amount {
          amount
          currency
        }
      }
      renewalsDue(days: 60) {
        ...DashboardSubscription
      }
      inGrace {
        ...DashboardSubscription
      }
      aboutToBeRecycled(days: 7) {
        ...DashboardSubscription
      }
    }
  }
`);

/** The dashboard sends a `RefundReason` as a string: labelled when it is a known one. */
function isRefundReason(reason: string): reason is RefundReason {
  return (REFUND_REASONS as readonly string[]).includes(reason);
}

export function DashboardPage() {
  const { t, money, month } = useI18n();
  const [testMode] = useTestMode();
  const { data, loading, error, refetch } = useQuery(DashboardPageQuery, {
    variables: { testMode },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const statuses = data
    ? ([
        ['ACTIVE', data.active.totalCount],
        ['SUSPENDED', data.suspended.totalCount],
        ['CLOSED', data.closed.totalCount],
      ] as const)
    : [];
  const dashboard = data?.dashboard;
  const reasonLabel = (reason: string) =>
    isRefundReason(reason) ? t(`refundReason.${reason}`) : reason;
  return (
    <section aria-labelledby="dashboard-heading" className="page">
      <header className="page-header">
        <h1 id="dashboard-heading">{t('dashboard.title')}</h1>
        <TestModeSwitch />
      </header>
      <TestModeBanner />
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
            {dashboard && (
              <>
                <li className="card">
                  <span className="stat-label">{t('dashboard.renewalsDue')}</span>
                  <span className="stat-value">{dashboard.renewalsDue.length}</span>
                </li>
                <li className="card">
                  <span className="stat-label">{t('dashboard.inGrace')}</span>
                  <span className="stat-value">{dashboard.inGrace.length}</span>
                </li>
              </>
            )}
          </ul>
          {dashboard && (
            <div className="dashboard-grid">
              <div className="card" data-testid="revenue-chart">
                {dashboard.revenueByMonth.length === 0 ? (
                  <EmptyState title={t('dashboard.noRevenue')} />
                ) : (
                  <BarChart
                    title={t('dashboard.revenueByMonth')}
                    categoryHeader={t('dashboard.month')}
                    valueHeader={t('dashboard.netRevenue')}
                    data={dashboard.revenueByMonth.map((row) => ({
                      key: row.month,
                      label: month(row.month),
                      // Only sizes the bar; the text shows the API's exact amount.
                      value: Number(row.amount.amount),
                      display: money(row.amount.amount, row.amount.currency),
                    }))}
                  />
                )}
              </div>
              <div className="card" data-testid="refunds-chart">
                {dashboard.refundsByReason.length === 0 ? (
                  <EmptyState title={t('dashboard.noRefunds')} />
                ) : (
                  <>
                    <DonutChart
                      title={t('dashboard.refundsByReason')}
                      categoryHeader={t('refund.reason')}
                      valueHeader={t('dashboard.requests')}
                      data={dashboard.refundsByReason.map((row) => ({
                        key: row.reason,
                        label: reasonLabel(row.reason),
                        value: row.count,
                      }))}
                    />
                    <div className="inner-scroll">
                      <table className="compact-table">
                        <caption className="visually-hidden">
                          {t('dashboard.refundAmounts')}
                        </caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('refund.reason')}</th>
                            <th scope="col" className="numeric">
                              {t('dashboard.approved')}
                            </th>
                            <th scope="col" className="numeric">
                              {t('dashboard.refundedAmount')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {dashboard.refundsByReason.map((row) => (
                            <tr key={row.reason}>
                              <th scope="row">{reasonLabel(row.reason)}</th>
                              <td className="numeric">
                                {row.approvedCount} / {row.count}
                              </td>
                              <td className="numeric">
                                <Money value={row.amount} />
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </>
                )}
              </div>
              <div className="card" data-testid="accounts-chart">
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
            </div>
          )}
          {dashboard && (
            <div className="dashboard-grid">
              <SubscriptionList
                title={t('dashboard.renewalsDueTitle')}
                empty={t('dashboard.noRenewalsDue')}
                subscriptions={dashboard.renewalsDue}
                dateLabel="subscription.expiresOn"
                date={(sub) => sub.expiresOn}
                testId="renewals-due"
              />
              <SubscriptionList
                title={t('dashboard.inGraceTitle')}
                empty={t('dashboard.noneInGrace')}
                subscriptions={dashboard.inGrace}
                dateLabel="subscription.graceEndsOn"
                date={(sub) => sub.graceEndsOn}
                testId="in-grace"
              />
              <SubscriptionList
                title={t('dashboard.recycledSoonTitle')}
                empty={t('dashboard.noneRecycledSoon')}
                subscriptions={dashboard.aboutToBeRecycled}
                dateLabel="dashboard.recycledOn"
                date={(sub) =>
                  sub.nextTransition?.to === 'RECYCLED' ? sub.nextTransition.on : null
                }
                testId="recycled-soon"
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function SubscriptionList({
  title,
  empty,
  subscriptions,
  dateLabel,
  date,
  testId,
}: {
  title: string;
  empty: string;
  subscriptions: readonly DashboardSubscriptionFragment[];
  dateLabel: 'subscription.expiresOn' | 'subscription.graceEndsOn' | 'dashboard.recycledOn';
  date: (subscription: DashboardSubscriptionFragment) => string | null | undefined;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {subscriptions.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {subscriptions.map((sub) => {
            const day = date(sub);
            return (
              <li key={sub.id} className="inline-facts">
                <Link to={accountPath(sub.account.id)}>{sub.account.name}</Link>{' '}
                <SubscriptionStatusBadge status={sub.status} />
                <span className="subtle">
                  {sub.product.name} · {t('subscription.seatCount', { count: sub.seats })}
                  {day && (
                    <>
                      {' · '}
                      {t(dateLabel)} <DateText date={day} />
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

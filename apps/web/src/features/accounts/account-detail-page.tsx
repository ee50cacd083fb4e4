import { useQuery } from '@apollo/client/react';
import {
  apiTokensPath,
  auditPath,
  paths,
  portalBase,
  portalPath,
  webhooksPath,
} from '../../app/paths.js';
import { can } from '../../app/permissions.js';
import { Link } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { TestClockScope } from '../../components/clock.js';
import { DateText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import {
  FilterBar,
  GrowingLoadMore,
  useGrowingFirst,
  useListParams,
} from '../../components/list-controls.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { JournalTable } from '../journal/journal-table.js';
import { ContractPricesSection } from '../contract-prices/contract-prices-section.js';
import { OrdersSection } from '../portal/orders-section.js';
import { ValueAddedSection } from '../value-added/value-added-section.js';
import type { SubscriptionSort, SubscriptionStatus } from '../../gql/graphql.js';
import {
  SUBSCRIPTION_STATUSES,
  SubscriptionStatusBadge,
} from '../subscriptions/subscription-labels.js';
import { VerificationReview } from '../verification/verification-review.js';
import { AccountSummary } from './account-summary.js';
import { CreateApiTokenForm } from './create-api-token-form.js';
import { live } from '../../core/live.js';
import { CsvExportForm, CUSTOMER_EXPORT_KINDS, EXPORT_KINDS } from '../exports/csv-export-form.js';
import { ActivateButton } from '../subscriptions/subscription-actions.js';
import { ServiceStandingActions } from '../subscriptions/service-standing.js';

export const AccountDetailPageQuery = graphql(`
  query AccountDetailPage(
    $id: ID!
    $subscriptionsFirst: Int!
    $subscriptionsSort: SubscriptionSort
    $subscriptionsStatus: SubscriptionStatus
    $subscriptionsSearch: String
  ) {
    account(id: $id) {
      ...AccountSummary
      verificationDocuments
      testClock {
        id
        name
        today
      }
      subscriptionsConnection(
        first: $subscriptionsFirst
        sort: $subscriptionsSort
        status: $subscriptionsStatus
        search: $subscriptionsSearch
      ) {
        edges {
          node {
            id
            status
            seats
            expiresOn
            openEnded
            violationLevel
            terminationNotice {
              status
              effectiveOn
            }
            product {
              name
            }
            plan {
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
  }
`);

/** The account's subscriptions' orders: newest first by default, or by period end. */
const SUBSCRIPTION_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'PERIOD_END_ASC',
  'PERIOD_END_DESC',
] as const satisfies readonly SubscriptionSort[];

// Journal lines are asked apart from the page: the whole account in one query would pass the
// API's query-cost limit (which 50 payments a page, with their page info, would pass too). The
// latest payments come first, 40 at a time.
export const AccountJournalQuery = graphql(`
  query AccountJournal($id: ID!, $first: Int!) {
    account(id: $id) {
      id
      payments(first: $first, orderBy: NEWEST_FIRST) {
        edges {
          node {
            id
            journalEntries {
              ...JournalLine
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export function AccountDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { role } = useSession();
  const [subscriptionList, setSubscriptionList] = useListParams<
    SubscriptionSort,
    SubscriptionStatus
  >({
    prefix: 'subscriptions',
    sorts: SUBSCRIPTION_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: SUBSCRIPTION_STATUSES,
  });
  // The page is live (re-read every few seconds): "Load more" grows the first page.
  const subscriptionsPage = useGrowingFirst(
    `${subscriptionList.sort}|${subscriptionList.status ?? ''}|${subscriptionList.q}`,
  );
  const subscriptionsFirst = subscriptionsPage.first;
  const { data, loading, error, refetch } = useQuery(AccountDetailPageQuery, {
    variables: {
      id,
      subscriptionsFirst,
      subscriptionsSort: subscriptionList.sort,
      subscriptionsStatus: subscriptionList.status,
      subscriptionsSearch: subscriptionList.q || null,
    },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const account = data?.account;
  const portal = portalBase(id, false);
  return (
    <TestClockScope clock={account?.testClock}>
      <section aria-labelledby="account-heading" className="page">
        <p className="breadcrumb">
          <Link to={paths.accounts}>← {t('accounts.title')}</Link>
        </p>
        {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
        {loading && !data && (
          <p className="loading" aria-busy="true">
            {t('account.loading')}
          </p>
        )}
        {data && !account && (
          <>
            <h1 id="account-heading">{t('account.notFound')}</h1>
            <EmptyState title={t('account.notFoundBody')} />
          </>
        )}
        {account && (
          <>
            <header className="page-header">
              <h1 id="account-heading">{account.name}</h1>
              <Link to={portal} className="button secondary">
                {t('accountDetail.openPortal')}
              </Link>
            </header>
            <AccountSummary account={account} />
            {account.testClock && (
              <p className="clock-notice">
                {t('portal.clock', { name: account.testClock.name })}{' '}
                <DateText date={account.testClock.today} />{' '}
                <Link to={`${paths.testClocks}?clock=${encodeURIComponent(account.testClock.id)}`}>
                  {t('accountDetail.openClock')}
                </Link>
              </p>
            )}
            {account.verificationStatus === 'PENDING' && can(role, 'verification.review') && (
              <div className="card">
                <h2>{t('verificationQueue.title')}</h2>
                <ul className="plain-list mono small">
                  {account.verificationDocuments.map((doc, index) => (
                    <li key={index}>{doc}</li>
                  ))}
                </ul>
                <VerificationReview account={account} />
              </div>
            )}

            <h2>{t('portal.subscriptions')}</h2>
            <FilterBar<SubscriptionSort, SubscriptionStatus>
              id="subscriptions"
              label={t('list.filters')}
              search={{
                value: subscriptionList.q,
                onChange: (q) => setSubscriptionList({ q }),
                placeholder: t('accountDetail.subscriptionSearchPlaceholder'),
              }}
              status={{
                value: subscriptionList.status,
                options: SUBSCRIPTION_STATUSES.map((status) => ({
                  value: status,
                  label: t(`subscriptionStatus.${status}`),
                })),
                onChange: (status) => setSubscriptionList({ status }),
              }}
              sort={{
                value: subscriptionList.sort,
                options: SUBSCRIPTION_SORTS.map((sort) => ({
                  value: sort,
                  label: t(`list.sort.${sort}`),
                })),
                onChange: (sort) => setSubscriptionList({ sort }),
              }}
            />
            {account.subscriptionsConnection.edges.length === 0 ? (
              subscriptionList.status || subscriptionList.q ? (
                <EmptyState title={t('list.noMatches')} />
              ) : (
                <EmptyState title={t('portal.noSubscriptions')}>
                  <Link to={portalPath(portal, 'buy')}>{t('portal.buyFirst')}</Link>
                </EmptyState>
              )
            ) : (
              <ul className="plain-list card" data-testid="account-subscriptions">
                {account.subscriptionsConnection.edges.map(({ node: sub }) => (
                  <li key={sub.id} className="inline-facts" data-testid="account-subscription">
                    <Link to={portal}>
                      {sub.product.name} · {sub.plan.name}
                    </Link>{' '}
                    <SubscriptionStatusBadge status={sub.status} />{' '}
                    {t('subscription.seatCount', { count: sub.seats })}
                    {sub.openEnded ? (
                      <>
                        {' · '}
                        {t('subscription.noEndFreePlan')}
                      </>
                    ) : (
                      sub.expiresOn && (
                        <>
                          {' · '}
                          {t('subscription.expiresOn')} <DateText date={sub.expiresOn} />
                        </>
                      )
                    )}{' '}
                    <Link to={auditPath({ objectId: sub.id })}>{t('audit.title')}</Link>
                    {sub.status === 'PENDING_ACTIVATION' && can(role, 'subscriptions.activate') && (
                      <div className="button-row">
                        <ActivateButton subscription={sub} />
                      </div>
                    )}
                    {can(role, 'subscriptions.standing') && (
                      <ServiceStandingActions subscription={sub} />
                    )}
                  </li>
                ))}
              </ul>
            )}
            <GrowingLoadMore
              hasNextPage={account.subscriptionsConnection.pageInfo.hasNextPage}
              growing={subscriptionsPage}
            />

            {can(role, 'contractPrices.manage') && <ContractPricesSection accountId={account.id} />}
            {can(role, 'account.act') && <ValueAddedSection accountId={account.id} />}
            <OrdersSection accountId={account.id} canAct={false} />
            {can(role, 'journal.read') && <AccountJournal accountId={account.id} />}
            <CsvExportForm
              accountId={account.id}
              kinds={can(role, 'journal.read') ? EXPORT_KINDS : CUSTOMER_EXPORT_KINDS}
            />

            {can(role, 'apiTokens.create') && <CreateApiTokenForm accountId={account.id} />}
            {can(role, 'apiTokens.create') && (
              <p>
                <Link to={apiTokensPath(account.id)} data-testid="account-tokens-link">
                  {t('accountDetail.apiTokens')}
                </Link>
              </p>
            )}

            {can(role, 'webhooks.manage') && (
              <p>
                <Link to={webhooksPath({ accountId: account.id })}>
                  {t('accountDetail.webhooks')}
                </Link>
              </p>
            )}

            {can(role, 'audit.read') && (
              <>
                <h2>{t('audit.title')}</h2>
                <p>
                  <Link to={auditPath({ accountId: account.id })}>{t('audit.openFull')}</Link>
                </p>
                <AuditTrail accountId={account.id} />
              </>
            )}
          </>
        )}
      </section>
    </TestClockScope>
  );
}

/** Payments a page of the account's payment journal (each with its journal lines). */
const JOURNAL_PAYMENTS_PAGE = 40;

function AccountJournal({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  // Live (read again every few seconds): a payment or top-up made elsewhere posts its lines
  // within seconds, and "Load more" asks for a longer first page so a re-read keeps it.
  const growing = useGrowingFirst(accountId, JOURNAL_PAYMENTS_PAGE);
  const { data, previousData, error, refetch } = useQuery(AccountJournalQuery, {
    variables: { id: accountId, first: growing.first },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const shown = data ?? previousData;
  const connection = shown?.account?.payments;
  const payments = connection?.edges ?? [];
  return (
    <>
      <h2>{t('journal.paymentsTitle')}</h2>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {shown && (
        <JournalTable
          entries={payments.flatMap((edge) => edge.node.journalEntries ?? [])}
          caption={t('journal.paymentsCaption')}
        />
      )}
      {connection && (
        <GrowingLoadMore hasNextPage={connection.pageInfo.hasNextPage} growing={growing} />
      )}
    </>
  );
}

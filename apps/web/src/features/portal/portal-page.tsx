import { TestClockScope } from '../../components/clock.js';
import { useQuery } from '@apollo/client/react';
import { accountPath, portalBase, portalPath, type PortalSection } from '../../app/paths.js';
import { can } from '../../app/permissions.js';
import { Link } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { DateText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import {
  FilterBar,
  GrowingLoadMore,
  useGrowingFirst,
  useListParams,
} from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { graphql } from '../../gql/index.js';
import type { SubscriptionSort, SubscriptionStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { AccountSummary } from '../accounts/account-summary.js';
import { SubscriptionActions } from '../subscriptions/subscription-actions.js';
import { SubscriptionCard } from '../subscriptions/subscription-card.js';
import { SUBSCRIPTION_STATUSES } from '../subscriptions/subscription-labels.js';
import { ValueAddedSection } from '../value-added/value-added-section.js';
import { BuySection } from './buy-section.js';
import { InvoicesSection } from './invoices-section.js';
import { OrdersSection } from './orders-section.js';
import { RefundsSection } from './refunds-section.js';
import { VerificationSection } from './verification-section.js';
import { live } from '../../core/live.js';
import { CsvExportForm, CUSTOMER_EXPORT_KINDS } from '../exports/csv-export-form.js';

export const PortalHeaderQuery = graphql(`
  query PortalHeader($id: ID!) {
    account(id: $id) {
      id
      name
      testClock {
        id
        name
        today
      }
    }
  }
`);

export const PortalOverviewQuery = graphql(`
  query PortalOverview(
    $id: ID!
    $first: Int!
    $sort: SubscriptionSort
    $status: SubscriptionStatus
  ) {
    account(id: $id) {
      ...AccountSummary
      subscriptionsConnection(first: $first, sort: $sort, status: $status) {
        edges {
          node {
            ...SubscriptionCard
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

/** The portal of the signed-in customer's own account. */
export function MyAccountPortal({ section }: { section: PortalSection }) {
  const { account } = useSession();
  const { t } = useI18n();
  if (!account) return <EmptyState title={t('account.notFoundBody')} />;
  return <PortalPage accountId={account.id} section={section} asCustomer />;
}

/** An operator looking at any account through its customer's portal. */
export function OperatorPortal({
  accountId,
  section,
}: {
  accountId: string;
  section: PortalSection;
}) {
  return <PortalPage accountId={accountId} section={section} asCustomer={false} />;
}

function PortalPage({
  accountId,
  section,
  asCustomer,
}: {
  accountId: string;
  section: PortalSection;
  asCustomer: boolean;
}) {
  const { t } = useI18n();
  const { role } = useSession();
  const canAct = can(role, 'account.act');
  const base = portalBase(accountId, asCustomer);
  const { data, error, refetch } = useQuery(PortalHeaderQuery, {
    variables: { id: accountId },
    ...live,
  });
  const account = data?.account;
  const sections: PortalSection[] = [
    'overview',
    ...(canAct ? (['buy'] as const) : []),
    'orders',
    'refunds',
    'invoices',
    'verification',
  ];
  return (
    <TestClockScope clock={account?.testClock}>
      <section aria-labelledby="portal-heading" className="page portal">
        {!asCustomer && (
          <p className="breadcrumb">
            <Link to={accountPath(accountId)}>← {account?.name ?? t('accounts.title')}</Link>
          </p>
        )}
        <header className="page-header">
          <h1 id="portal-heading">
            {asCustomer
              ? t('myAccount.title')
              : t('portal.operatorTitle', { name: account?.name ?? '…' })}
          </h1>
          <p className="muted" data-testid="access-level">
            {!asCustomer
              ? t('portal.operatorView')
              : canAct
                ? t('myAccount.accessAdmin')
                : t('myAccount.accessMember')}
          </p>
        </header>
        {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
        {data && !account && <EmptyState title={t('account.notFoundBody')} />}
        {account?.testClock && (
          <p className="clock-notice" data-testid="clock-notice">
            {t('portal.clock', { name: account.testClock.name })}{' '}
            <DateText date={account.testClock.today} />
          </p>
        )}
        <nav aria-label={t('portal.sections')} className="section-nav">
          <ul>
            {sections.map((item) => (
              <li key={item}>
                <Link
                  to={portalPath(base, item)}
                  aria-current={item === section ? 'page' : undefined}
                >
                  {t(`portal.section.${item}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {section === 'overview' && (
          <PortalOverview accountId={accountId} base={base} canAct={canAct} />
        )}
        {section === 'buy' &&
          (canAct ? (
            <>
              <BuySection accountId={accountId} />
              <ValueAddedSection accountId={accountId} />
            </>
          ) : (
            <EmptyState title={t('error.forbidden')} />
          ))}
        {section === 'orders' && (
          <>
            <OrdersSection accountId={accountId} canAct={canAct} />
            <CsvExportForm accountId={accountId} kinds={CUSTOMER_EXPORT_KINDS} />
          </>
        )}
        {section === 'refunds' && <RefundsSection accountId={accountId} />}
        {section === 'invoices' && <InvoicesSection accountId={accountId} canAct={canAct} />}
        {section === 'verification' && (
          <VerificationSection accountId={accountId} canAct={canAct} />
        )}
      </section>
    </TestClockScope>
  );
}

function PortalOverview({
  accountId,
  base,
  canAct,
}: {
  accountId: string;
  base: string;
  canAct: boolean;
}) {
  const { t } = useI18n();
  const { role } = useSession();
  const [list, setList] = useListParams<SubscriptionSort, SubscriptionStatus>({
    prefix: 'subscriptions',
    sorts: PORTAL_SUBSCRIPTION_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: SUBSCRIPTION_STATUSES,
  });
  // The overview is live (re-read every few seconds): "Load more" grows the first page.
  const page = useGrowingFirst(`${list.sort}|${list.status ?? ''}`);
  const { data, loading, error, refetch } = useQuery(PortalOverviewQuery, {
    variables: { id: accountId, first: page.first, sort: list.sort, status: list.status },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const account = data?.account;
  return (
    <>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading label={t('account.loading')} />}
      {account && (
        <>
          <AccountSummary account={account} />
          <h2>{t('portal.subscriptions')}</h2>
          <FilterBar<SubscriptionSort, SubscriptionStatus>
            id="subscriptions"
            label={t('list.filters')}
            status={{
              value: list.status,
              options: SUBSCRIPTION_STATUSES.map((status) => ({
                value: status,
                label: t(`subscriptionStatus.${status}`),
              })),
              onChange: (status) => setList({ status }),
            }}
            sort={{
              value: list.sort,
              options: PORTAL_SUBSCRIPTION_SORTS.map((sort) => ({
                value: sort,
                label: t(`list.sort.${sort}`),
              })),
              onChange: (sort) => setList({ sort }),
            }}
          />
          {account.subscriptionsConnection.edges.length === 0 ? (
            list.status ? (
              <EmptyState title={t('list.noMatches')} />
            ) : (
              <EmptyState title={t('portal.noSubscriptions')}>
                {canAct && <Link to={portalPath(base, 'buy')}>{t('portal.buyFirst')}</Link>}
              </EmptyState>
            )
          ) : (
            account.subscriptionsConnection.edges.map(({ node: subscription }) => (
              <SubscriptionCard
                key={subscription.id}
                subscription={subscription}
                actions={
                  canAct && (
                    <SubscriptionActions
                      subscription={subscription}
                      canActivate={can(role, 'subscriptions.activate')}
                    />
                  )
                }
              />
            ))
          )}
          <GrowingLoadMore
            hasNextPage={account.subscriptionsConnection.pageInfo.hasNextPage}
            growing={page}
          />
        </>
      )}
    </>
  );
}

/** A customer's subscriptions: newest first by default, or by the end of their period. */
const PORTAL_SUBSCRIPTION_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'PERIOD_END_ASC',
  'PERIOD_END_DESC',
] as const satisfies readonly SubscriptionSort[];

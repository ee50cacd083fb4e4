import { TestClockScope } from '../../components/clock.js';
import { useQuery } from '@apollo/client/react';
import { accountPath, portalBase, portalPath, type PortalSection } from '../../app/paths.js';
import { can } from '../../app/permissions.js';
import { Link } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { DateText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Loading } from '../../components/load-more.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { AccountSummary } from '../accounts/account-summary.js';
import { SubscriptionActions } from '../subscriptions/subscription-actions.js';
import { SubscriptionCard } from '../subscriptions/subscription-card.js';
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
  query PortalOverview($id: ID!) {
    account(id: $id) {
      ...AccountSummary
      subscriptions {
        ...SubscriptionCard
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
  const { data, loading, error, refetch } = useQuery(PortalOverviewQuery, {
    variables: { id: accountId },
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
          {account.subscriptions.length === 0 ? (
            <EmptyState title={t('portal.noSubscriptions')}>
              {canAct && <Link to={portalPath(base, 'buy')}>{t('portal.buyFirst')}</Link>}
            </EmptyState>
          ) : (
            account.subscriptions.map((subscription) => (
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
        </>
      )}
    </>
  );
}

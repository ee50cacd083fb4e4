import { useQuery } from '@apollo/client/react';
import { accountPath, auditPath, paths, portalPath } from '../../app/paths.js';
import { can } from '../../app/permissions.js';
import { Link } from '../../app/router.js';
import { TestClockScope } from '../../components/clock.js';
import { useSession } from '../../app/session.js';
import { DateText, DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { LineItemsTable } from '../../components/line-items-table.js';
import { Loading } from '../../components/load-more.js';
import { Money } from '../../components/money.js';
import { RuleList } from '../../components/rule-list.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { OrderJournal } from '../journal/order-journal.js';
import { RefundRequestForm } from '../refunds/refund-request-form.js';
import { RefundsTable } from '../refunds/refunds-table.js';
import { OrderStatusBadge } from './order-labels.js';
import { PaymentsTable } from './orders-table.js';
import { PayOrderForm } from './pay-order-form.js';
import { CancelOrderButton } from './cancel-order-button.js';
import { live } from '../../core/live.js';

export const OrderPageQuery = graphql(`
  query OrderPage($id: ID!) {
    order(id: $id) {
      id
      kind
      status
      orderDate
      createdAt
      paidOn
      fulfilmentDueOn
      periodStart
      periodEnd
      seats
      years
      explanation
      total {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      outstanding {
        amount
        currency
      }
      refunded {
        amount
        currency
      }
      rules {
        id
        summary
      }
      lines {
        ...LineItemRow
      }
      account {
        id
        name
        testClock {
          id
          name
        }
      }
      subscription {
        id
        product {
          name
        }
        plan {
          name
        }
      }
      payments {
        ...PaymentRow
      }
      refunds {
        ...RefundRow
      }
    }
  }
`);

export function OrderPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { role } = useSession();
  const { data, loading, error, refetch } = useQuery(OrderPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const order = data?.order;
  const operator = can(role, 'accounts.browse');
  const back = order
    ? operator
      ? accountPath(order.account.id)
      : portalPath(paths.myAccount, 'orders')
    : paths.myAccount;
  return (
    // An account on a test clock: every date below says it is on that clock.
    <TestClockScope clock={order?.account.testClock}>
      <section aria-labelledby="order-heading" className="page">
        <p className="breadcrumb">
          <Link to={back}>
            ← {order && operator ? order.account.name : t('portal.section.orders')}
          </Link>
        </p>
        {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
        {loading && !data && <Loading />}
        {data && !order && (
          <>
            <h1 id="order-heading">{t('order.notFound')}</h1>
            <EmptyState title={t('order.notFoundBody')} />
          </>
        )}
        {order && (
          <>
            <header className="page-header">
              <h1 id="order-heading">
                {t(`orderKind.${order.kind}`)}
                {order.subscription &&
                  ` · ${order.subscription.product.name} ${order.subscription.plan.name}`}
              </h1>
              <OrderStatusBadge status={order.status} />
            </header>
            <dl className="summary-grid card" data-testid="order-summary">
              <div>
                <dt>{t('order.total')}</dt>
                <dd className="figure">
                  <Money value={order.total} />
                </dd>
              </div>
              <div>
                <dt>{t('order.paid')}</dt>
                <dd className="figure">
                  <Money value={order.paid} />
                </dd>
              </div>
              <div>
                <dt>{t('order.outstanding')}</dt>
                <dd className="figure" data-testid="outstanding">
                  <Money value={order.outstanding} />
                </dd>
              </div>
              <div>
                <dt>{t('order.refunded')}</dt>
                <dd className="figure">
                  <Money value={order.refunded} />
                </dd>
              </div>
              <div>
                <dt>{t('order.date')}</dt>
                <dd>
                  <DateText date={order.orderDate} />
                </dd>
              </div>
              {order.paidOn && (
                <div>
                  <dt>{t('order.paidOn')}</dt>
                  <dd>
                    <DateText date={order.paidOn} />
                  </dd>
                </div>
              )}
              {order.fulfilmentDueOn && (
                <div>
                  <dt>{t('order.fulfilmentDueOn')}</dt>
                  <dd>
                    <DateText date={order.fulfilmentDueOn} />
                  </dd>
                </div>
              )}
              {order.periodStart && order.periodEnd && (
                <div>
                  <dt>{t('order.period')}</dt>
                  <dd>
                    <DateText date={order.periodStart} /> – <DateText date={order.periodEnd} />{' '}
                    <span className="muted">{t('quote.periodEndExclusive')}</span>
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('order.createdAt')}</dt>
                <dd>
                  <DateTimeText instant={order.createdAt} clock="real" />
                </dd>
              </div>
            </dl>
            <LineItemsTable lines={order.lines} total={order.total} caption={t('order.lines')} />
            <p className="explanation">{order.explanation}</p>
            <RuleList rules={order.rules} />

            {order.status === 'AWAITING_PAYMENT' && can(role, 'account.act') && (
              <>
                <PayOrderForm
                  key={order.outstanding.amount}
                  orderId={order.id}
                  outstanding={order.outstanding.amount}
                />
                {order.payments.length === 0 && (
                  <CancelOrderButton orderId={order.id} total={order.total} />
                )}
              </>
            )}

            <h2>{t('payments.title')}</h2>
            {order.payments.length === 0 ? (
              <EmptyState title={t('payments.none')} />
            ) : (
              <PaymentsTable payments={order.payments} caption={t('order.payments')} />
            )}

            <h2>{t('portal.section.refunds')}</h2>
            {order.refunds.length === 0 ? (
              <EmptyState title={t('refunds.noneForOrder')} />
            ) : (
              <RefundsTable refunds={order.refunds} caption={t('order.refunds')} />
            )}
            {order.payments.length > 0 && can(role, 'account.act') && (
              <RefundRequestForm orderId={order.id} />
            )}

            {can(role, 'journal.read') && (
              <>
                <h2>{t('journal.title')}</h2>
                <OrderJournal orderId={order.id} />
              </>
            )}

            {can(role, 'audit.read') && (
              <>
                <h2>{t('audit.title')}</h2>
                <p>
                  <Link to={auditPath({ objectId: order.id })}>{t('audit.openFull')}</Link>
                </p>
                <AuditTrail objectId={order.id} />
              </>
            )}
          </>
        )}
      </section>
    </TestClockScope>
  );
}

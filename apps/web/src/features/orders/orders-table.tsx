import { orderPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateText, DateTimeText } from '../../components/date-text.js';
import { SortableHeader, type ColumnSort } from '../../components/list-controls.js';
import { Money } from '../../components/money.js';
import { graphql } from '../../gql/index.js';
import type { OrderRowFragment, OrderSort, PaymentRowFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { InvoiceStatusBadge } from '../invoices/invoice-labels.js';
import { OrderStatusBadge } from './order-labels.js';

export const OrderRowFragmentDoc = graphql(`
  fragment OrderRow on Order {
    id
    kind
    status
    orderDate
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
    subscription {
      id
      product {
        name
      }
    }
  }
`);

export const PaymentRowFragmentDoc = graphql(`
  fragment PaymentRow on Payment {
    id
    method
    purpose
    status
    amount {
      amount
      currency
    }
    excess {
      amount
      currency
    }
    refunded {
      amount
      currency
    }
    duplicate
    paidAt
    providerReference
    invoice {
      id
      status
    }
  }
`);

export const ORDER_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'ORDER_DATE_ASC',
  'ORDER_DATE_DESC',
  'TOTAL_ASC',
  'TOTAL_DESC',
  'STATUS_ASC',
  'STATUS_DESC',
] as const satisfies readonly OrderSort[];

const BY_DATE: ColumnSort<OrderSort> = {
  ascending: 'ORDER_DATE_ASC',
  descending: 'ORDER_DATE_DESC',
};
const BY_STATUS: ColumnSort<OrderSort> = {
  ascending: 'STATUS_ASC',
  descending: 'STATUS_DESC',
  first: 'ascending',
};
const BY_TOTAL: ColumnSort<OrderSort> = { ascending: 'TOTAL_ASC', descending: 'TOTAL_DESC' };

/** Orders with what they cost, what is paid and what is still to pay (all from the API). */
export function OrdersTable({
  orders,
  caption,
  sort,
  onSort,
}: {
  orders: readonly OrderRowFragment[];
  caption: string;
  /** The list's sort: date, status and total headers sort it when given. */
  sort?: OrderSort;
  onSort?: (sort: OrderSort) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="responsive-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('order.order')}</th>
            <SortableHeader label={t('order.date')} column={BY_DATE} sort={sort} onSort={onSort} />
            <SortableHeader
              label={t('order.status')}
              column={BY_STATUS}
              sort={sort}
              onSort={onSort}
            />
            <SortableHeader
              label={t('order.total')}
              column={BY_TOTAL}
              sort={sort}
              onSort={onSort}
              className="numeric"
            />
            <th scope="col" className="numeric">
              {t('order.paid')}
            </th>
            <th scope="col" className="numeric">
              {t('order.outstanding')}
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} data-testid="order-row">
              <td className="primary-cell">
                <Link to={orderPath(order.id)}>{t(`orderKind.${order.kind}`)}</Link>
                {order.subscription && (
                  <span className="subtle">{order.subscription.product.name}</span>
                )}
              </td>
              <td data-label={t('order.date')}>
                <DateText date={order.orderDate} />
              </td>
              <td data-label={t('order.status')}>
                <OrderStatusBadge status={order.status} />
              </td>
              <td data-label={t('order.total')} className="numeric">
                <Money value={order.total} />
              </td>
              <td data-label={t('order.paid')} className="numeric">
                <Money value={order.paid} />
              </td>
              <td data-label={t('order.outstanding')} className="numeric">
                <Money value={order.outstanding} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PaymentsTable({
  payments,
  caption,
}: {
  payments: readonly PaymentRowFragment[];
  caption: string;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="responsive-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('payment.paidAt')}</th>
            <th scope="col">{t('payment.method')}</th>
            <th scope="col">{t('payment.purpose')}</th>
            <th scope="col" className="numeric">
              {t('payment.amount')}
            </th>
            <th scope="col" className="numeric">
              {t('payment.refunded')}
            </th>
            <th scope="col">{t('payment.reference')}</th>
            <th scope="col">{t('payment.invoice')}</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((payment) => (
            <tr key={payment.id} data-testid="payment-row">
              <td className="primary-cell">
                <DateTimeText instant={payment.paidAt} />
                {payment.duplicate && <span className="subtle">{t('payment.duplicate')}</span>}
                {payment.status === 'FAILED' && (
                  <span className="subtle">{t('payment.failed')}</span>
                )}
              </td>
              <td data-label={t('payment.method')}>{t(`paymentMethod.${payment.method}`)}</td>
              <td data-label={t('payment.purpose')}>{t(`paymentPurpose.${payment.purpose}`)}</td>
              <td data-label={t('payment.amount')} className="numeric">
                <Money value={payment.amount} />
              </td>
              <td data-label={t('payment.refunded')} className="numeric">
                <Money value={payment.refunded} />
              </td>
              <td data-label={t('payment.reference')} className="mono small">
                {payment.providerReference ?? '—'}
              </td>
              <td data-label={t('payment.invoice')}>
                {payment.invoice ? (
                  <InvoiceStatusBadge status={payment.invoice.status} />
                ) : (
                  <span className="muted">{t('common.none')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import {
  FilterBar,
  GrowingLoadMore,
  useGrowingFirst,
  useListParams,
} from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { Money } from '../../components/money.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { normalizeDecimalInput } from '../../core/inputs.js';
import { live } from '../../core/live.js';
import { graphql } from '../../gql/index.js';
import type { OrderSort, OrderStatus, PaymentMethod } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { ORDER_STATUSES, PAYMENT_METHODS } from '../orders/order-labels.js';
import { ORDER_SORTS, OrdersTable, PaymentsTable } from '../orders/orders-table.js';
import { PostpaidBills } from './postpaid-bills.js';

export const PortalOrdersQuery = graphql(`
  query PortalOrders(
    $id: ID!
    $first: Int!
    $sort: OrderSort
    $status: OrderStatus
    $search: String
  ) {
    account(id: $id) {
      id
      balance {
        amount
        currency
      }
      orders(first: $first, sort: $sort, status: $status, search: $search) {
        totalCount
        edges {
          node {
            ...OrderRow
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

export const PortalPaymentsQuery = graphql(`
  query PortalPayments($id: ID!, $first: Int!) {
    account(id: $id) {
      id
      payments(first: $first, orderBy: NEWEST_FIRST) {
        totalCount
        edges {
          node {
            ...PaymentRow
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

export const TopUpBalanceMutation = graphql(`
  mutation TopUpBalance($input: TopUpBalanceInput!) {
    topUpBalance(input: $input) {
      account {
        id
        balance {
          amount
          currency
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export function OrdersSection({ accountId, canAct }: { accountId: string; canAct: boolean }) {
  const { t } = useI18n();
  const [list, setList] = useListParams<OrderSort, OrderStatus>({
    prefix: 'orders',
    sorts: ORDER_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: ORDER_STATUSES,
  });
  // Both lists are live (read again every few seconds): an order placed or paid elsewhere (the
  // operator, another administrator) shows within seconds, and "Load more" asks for a longer
  // first page so a re-read keeps it. The search being typed lives in the filter bar and stays.
  const ordersPage = useGrowingFirst(`${accountId}|${list.sort}|${list.status ?? ''}|${list.q}`);
  const orders = useQuery(PortalOrdersQuery, {
    variables: {
      id: accountId,
      first: ordersPage.first,
      sort: list.sort,
      status: list.status,
      search: list.q || null,
    },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const paymentsPage = useGrowingFirst(accountId);
  const payments = useQuery(PortalPaymentsQuery, {
    variables: { id: accountId, first: paymentsPage.first },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While another filter or a longer page loads, the rows shown stay.
  const ordersData = orders.data ?? orders.previousData;
  const account = ordersData?.account;
  const paymentConnection = (payments.data ?? payments.previousData)?.account?.payments;
  return (
    <>
      <h2>{t('portal.section.orders')}</h2>
      {orders.error && <ErrorBanner error={orders.error} onRetry={() => void orders.refetch()} />}
      <FilterBar<OrderSort, OrderStatus>
        id="orders"
        label={t('list.filters')}
        search={{
          value: list.q,
          onChange: (q) => setList({ q }),
          placeholder: t('orders.searchPlaceholder'),
        }}
        status={{
          value: list.status,
          options: ORDER_STATUSES.map((status) => ({
            value: status,
            label: t(`orderStatus.${status}`),
          })),
          onChange: (status) => setList({ status }),
        }}
        sort={{
          value: list.sort,
          options: ORDER_SORTS.map((sort) => ({ value: sort, label: t(`list.sort.${sort}`) })),
          onChange: (sort) => setList({ sort }),
          narrowOnly: true,
        }}
      />
      {orders.loading && !ordersData && <Loading />}
      {account &&
        (account.orders.edges.length === 0 ? (
          <EmptyState title={list.status || list.q ? t('list.noMatches') : t('orders.empty')} />
        ) : (
          <>
            <OrdersTable
              orders={account.orders.edges.map((edge) => edge.node)}
              sort={list.sort}
              onSort={(sort) => setList({ sort })}
              caption={t(list.sort === 'NEWEST_FIRST' ? 'orders.caption' : 'list.caption.orders', {
                shown: account.orders.edges.length,
                total: account.orders.totalCount,
              })}
            />
            <GrowingLoadMore
              hasNextPage={account.orders.pageInfo.hasNextPage}
              growing={ordersPage}
            />
          </>
        ))}

      <h2>{t('payments.title')}</h2>
      {account && (
        <p id={BALANCE_ANCHOR} data-testid="balance">
          {t('account.balance')}: <Money value={account.balance} className="figure" />
        </p>
      )}
      {/* Drawn with the balance, once the orders above have loaded, so the form never moves
          under a person's cursor while they type. */}
      {account && canAct && <TopUpForm accountId={accountId} />}
      {payments.error && (
        <ErrorBanner error={payments.error} onRetry={() => void payments.refetch()} />
      )}
      {paymentConnection &&
        (paymentConnection.edges.length === 0 ? (
          <EmptyState title={t('payments.empty')} />
        ) : (
          <>
            <PaymentsTable
              payments={paymentConnection.edges.map((edge) => edge.node)}
              caption={t('payments.caption', {
                shown: paymentConnection.edges.length,
                total: paymentConnection.totalCount,
              })}
            />
            <GrowingLoadMore
              hasNextPage={paymentConnection.pageInfo.hasNextPage}
              growing={paymentsPage}
            />
          </>
        ))}
      <PostpaidBills accountId={accountId} canAct={canAct} />
    </>
  );
}

const TOP_UP_METHODS = PAYMENT_METHODS.filter((method) => method !== 'BALANCE');

/** Where the balance is shown: a top-up's result notice links to it. */
const BALANCE_ANCHOR = 'balance';

/**
 * Adds money to the prepaid balance (R-PAY-4), after a confirmation stating the amount and the
 * method charged; the result notice says what the balance is now and links to it.
 */
function TopUpForm({ accountId }: { accountId: string }) {
  const { t, money } = useI18n();
  const showResult = useResultNotice();
  const [confirming, setConfirming] = useState(false);
  const [method, setMethod] = useState<PaymentMethod>('ALIPAY');
  const [amountText, setAmountText] = useState('');
  const amount = normalizeDecimalInput(amountText);
  const attempt = useIdempotencyKey('top-up', { accountId, method, amount });
  const [topUp] = useMutation(TopUpBalanceMutation);
  const submission = useSubmission(
    ['method', 'amount'],
    async () => {
      if (!amount) return null;
      const result = await topUp({
        variables: { input: { accountId, method, amount, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.topUpBalance;
    },
    (payload) => {
      attempt.succeeded();
      setAmountText('');
      const balance = payload.account?.balance;
      showResult({
        message: t('topUp.doneResult', {
          amount: money(amount ?? '0'),
          method: t(`paymentMethod.${method}`),
          balance: balance ? money(balance.amount, balance.currency) : t('common.none'),
        }),
        link: {
          to: `${window.location.pathname}#${BALANCE_ANCHOR}`,
          label: t('topUp.seeBalance'),
        },
      });
    },
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (amount) setConfirming(true);
  }
  const invalid = amountText.trim() !== '' && amount === null;
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="top-up-heading">
      <h3 id="top-up-heading">{t('topUp.title')}</h3>
      <div className="form-row">
        <FormField label={t('payment.method')} error={submission.fieldErrors.method}>
          {(control) => (
            <select
              {...control}
              value={method}
              onChange={(event) => setMethod(event.target.value as PaymentMethod)}
            >
              {TOP_UP_METHODS.map((option) => (
                <option key={option} value={option}>
                  {t(`paymentMethod.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('topUp.amount')}
          error={submission.fieldErrors.amount ?? (invalid ? t('form.amount') : null)}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              value={amountText}
              onChange={(event) => setAmountText(event.target.value)}
              required
            />
          )}
        </FormField>
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
          disabled={!amount}
        >
          {t('topUp.submit')}
        </AsyncButton>
      </div>
      {confirming && amount && (
        <ConfirmDialog
          title={t('topUp.confirmTitle')}
          confirmLabel={t('topUp.confirm', { amount: money(amount) })}
          onConfirm={async () => {
            await submission.submit();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('topUp.confirmBody', {
              amount: money(amount),
              method: t(`paymentMethod.${method}`),
            })}
          </p>
        </ConfirmDialog>
      )}
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmButton } from '../../components/confirm-dialog.js';
import { DateText } from '../../components/date-text.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { LineItemsTable } from '../../components/line-items-table.js';
import { GrowingLoadMore, useGrowingFirst } from '../../components/list-controls.js';
import { Money } from '../../components/money.js';
import { useResultNotice } from '../../components/result-notice.js';
import { RuleList } from '../../components/rule-list.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { live } from '../../core/live.js';
import { graphql } from '../../gql/index.js';
import type { PaymentMethod, PostpaidBillStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { PAYMENT_METHODS } from '../orders/order-labels.js';

export const PostpaidBillsQuery = graphql(`
  query PostpaidBills($id: ID!, $first: Int!) {
    account(id: $id) {
      id
      postpaidBills(first: $first, orderBy: NEWEST_FIRST) {
        edges {
          node {
            id
            month
            status
            issuedOn
            dueOn
            suspendsOn
            closesOn
            daysOverdue
            explanation
            lateFeeExplanation
            amount {
              amount
              currency
            }
            lateFee {
              amount
              currency
            }
            outstanding {
              amount
              currency
            }
            rules {
              id
              summary
            }
            lines {
              description
              quantity
              months
              unitPrice {
                amount
              }
              amount {
                amount
              }
              rules {
                id
                summary
              }
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

export const PayPostpaidBillMutation = graphql(`
  mutation PayPostpaidBill($input: PayPostpaidBillInput!) {
    payPostpaidBill(input: $input) {
      postpaidBill {
        id
        status
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

const TONES: Record<PostpaidBillStatus, BadgeTone> = {
  ISSUED: 'neutral',
  OVERDUE: 'warn',
  SUSPENDED: 'bad',
  CLOSED: 'bad',
  PAID: 'good',
};

/** Two years of monthly bills a page. */
const BILLS_PAGE = 24;

/**
 * Postpaid usage bills (R-PAY-5), shown only to accounts that have any. Live (read again every
 * few seconds): a bill issued, paid or falling overdue elsewhere shows within seconds, and
 * "Load more" asks for a longer first page so a re-read keeps it.
 */
export function PostpaidBills({ accountId, canAct }: { accountId: string; canAct: boolean }) {
  const { t, month } = useI18n();
  const growing = useGrowingFirst(accountId, BILLS_PAGE);
  const { data, previousData, error, refetch } = useQuery(PostpaidBillsQuery, {
    variables: { id: accountId, first: growing.first },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While a longer page loads, the bills shown stay.
  const bills = (data ?? previousData)?.account?.postpaidBills;
  if (error) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  if (!bills || bills.edges.length === 0) return null;
  return (
    <>
      <h2>{t('postpaid.title')}</h2>
      <ul className="card-list">
        {bills.edges.map(({ node: bill }) => (
          <li key={bill.id} id={billAnchor(bill.id)} className="card" data-testid="postpaid-bill">
            <header className="card-header">
              <h3>{month(bill.month)}</h3>
              <StatusBadge tone={TONES[bill.status]}>
                {t(`postpaidStatus.${bill.status}`)}
              </StatusBadge>
            </header>
            <dl className="summary-grid compact">
              <div>
                <dt>{t('postpaid.amount')}</dt>
                <dd>
                  <Money value={bill.amount} />
                </dd>
              </div>
              <div>
                <dt>{t('postpaid.lateFee')}</dt>
                <dd>
                  <Money value={bill.lateFee} />
                </dd>
              </div>
              <div>
                <dt>{t('order.outstanding')}</dt>
                <dd className="figure">
                  <Money value={bill.outstanding} />
                </dd>
              </div>
              <div>
                <dt>{t('postpaid.dueOn')}</dt>
                <dd>
                  <DateText date={bill.dueOn} />
                </dd>
              </div>
              <div>
                <dt>{t('postpaid.suspendsOn')}</dt>
                <dd>
                  <DateText date={bill.suspendsOn} />
                </dd>
              </div>
              <div>
                <dt>{t('postpaid.daysOverdue')}</dt>
                <dd>{bill.daysOverdue}</dd>
              </div>
            </dl>
            <LineItemsTable lines={bill.lines} total={bill.amount} caption={t('postpaid.lines')} />
            <p className="explanation">{bill.explanation}</p>
            {bill.lateFeeExplanation && <p className="muted">{bill.lateFeeExplanation}</p>}
            <RuleList rules={bill.rules} />
            {canAct && bill.status !== 'PAID' && bill.status !== 'CLOSED' && (
              <PayBillForm
                billId={bill.id}
                month={bill.month}
                outstanding={bill.outstanding.amount}
                lateFee={bill.lateFee.amount}
              />
            )}
          </li>
        ))}
      </ul>
      <GrowingLoadMore hasNextPage={bills.pageInfo.hasNextPage} growing={growing} />
    </>
  );
}

/** The bill's element id, for the result notice's link. */
function billAnchor(billId: string): string {
  return `bill-${billId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

function PayBillForm({
  billId,
  month: billMonth,
  outstanding,
  lateFee,
}: {
  billId: string;
  month: string;
  outstanding: string;
  lateFee: string;
}) {
  const { t, money, month } = useI18n();
  const showResult = useResultNotice();
  const [method, setMethod] = useState<PaymentMethod>('BANK_CARD');
  // The bill is paid exactly as the API states it now (usage + late fee so far).
  const attempt = useIdempotencyKey('pay-bill', { billId, method, outstanding });
  const [payBill] = useMutation(PayPostpaidBillMutation);
  const submission = useSubmission(
    ['method', 'amount', 'billId'],
    async () => {
      const result = await payBill({
        variables: {
          input: { billId, method, amount: outstanding, idempotencyKey: attempt.key },
        },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.payPostpaidBill;
    },
    () => {
      attempt.succeeded();
      showResult({
        message: t('postpaid.paidResult', {
          month: month(billMonth),
          amount: money(outstanding),
          method: t(`paymentMethod.${method}`),
        }),
        link: {
          to: `${window.location.pathname}#${billAnchor(billId)}`,
          label: t('postpaid.openBill'),
        },
      });
    },
  );
  const problem =
    submission.fieldErrors.amount ?? submission.fieldErrors.billId ?? submission.formError;
  const amount = money(outstanding);
  return (
    <div className="form-row">
      <FormField label={t('payment.method')} error={submission.fieldErrors.method}>
        {(control) => (
          <select
            {...control}
            value={method}
            onChange={(event) => setMethod(event.target.value as PaymentMethod)}
          >
            {PAYMENT_METHODS.map((option) => (
              <option key={option} value={option}>
                {t(`paymentMethod.${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ConfirmButton
        label={t('postpaid.pay', { amount })}
        pending={submission.pending}
        title={t('postpaid.confirmTitle', { month: month(billMonth) })}
        body={
          <p>
            {t('postpaid.confirmBody', {
              amount,
              method: t(`paymentMethod.${method}`),
              lateFee: money(lateFee),
            })}
          </p>
        }
        confirmLabel={t('postpaid.confirm', { amount })}
        onConfirm={submission.submit}
      />
      {problem !== null && problem !== undefined && <ErrorBanner error={problem} />}
    </div>
  );
}

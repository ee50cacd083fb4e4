import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { orderPath } from '../../app/paths.js';
import { AsyncButton } from '../../components/async-button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { normalizeDecimalInput } from '../../core/inputs.js';
import { graphql } from '../../gql/index.js';
import type { PaymentMethod } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { PAYMENT_METHODS } from './order-labels.js';

export const PayOrderMutation = graphql(`
  mutation PayOrder($input: PayOrderInput!) {
    payOrder(input: $input) {
      payment {
        id
        duplicate
        amount {
          amount
          currency
        }
      }
      order {
        id
        status
        outstanding {
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

/**
 * Pays an order (R-PAY-1, R-PAY-2, R-PAY-3, R-PAY-4) with any method; the amount starts as the
 * API's outstanding amount. One idempotency key per attempt: a retry after a lost response cannot
 * charge twice. Paying asks first (the amount, the method, what stays outstanding) and then says
 * what was recorded, with a link to the order.
 */
export function PayOrderForm({ orderId, outstanding }: { orderId: string; outstanding: string }) {
  const { t, money } = useI18n();
  const showResult = useResultNotice();
  const [confirming, setConfirming] = useState(false);
  const [method, setMethod] = useState<PaymentMethod>('BANK_CARD');
  const [amountText, setAmountText] = useState(outstanding);
  const amount = normalizeDecimalInput(amountText);
  const attempt = useIdempotencyKey('pay', { orderId, method, amount });
  const [payOrder] = useMutation(PayOrderMutation);
  const submission = useSubmission(
    ['method', 'amount', 'orderId'],
    async () => {
      if (!amount) return null;
      const result = await payOrder({
        variables: { input: { orderId, method, amount, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.payOrder;
    },
    (payload) => {
      attempt.succeeded();
      const paid = money(payload.payment?.amount.amount ?? amount ?? '0');
      const left = payload.order?.outstanding;
      showResult({
        message:
          left && Number(left.amount) > 0
            ? t('pay.doneOutstanding', {
                amount: paid,
                method: t(`paymentMethod.${method}`),
                outstanding: money(left.amount, left.currency),
              })
            : t('pay.doneInFull', { amount: paid, method: t(`paymentMethod.${method}`) }),
        link: { to: orderPath(orderId), label: t('pay.openOrder') },
      });
    },
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (amount) setConfirming(true);
  }
  const invalid = amountText.trim() !== '' && amount === null;
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="pay-heading">
      <h2 id="pay-heading">{t('pay.title')}</h2>
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
        <FormField
          label={t('pay.amount')}
          hint={t('pay.amountHint')}
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
          {t('pay.submit')}
        </AsyncButton>
      </div>
      {confirming && amount && (
        <ConfirmDialog
          title={t('pay.confirmTitle')}
          confirmLabel={t('pay.confirm', { amount: money(amount) })}
          onConfirm={async () => {
            await submission.submit();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('pay.confirmBody', {
              amount: money(amount),
              method: t(`paymentMethod.${method}`),
              outstanding: money(outstanding),
            })}
          </p>
        </ConfirmDialog>
      )}
      {(submission.formError !== null || submission.fieldErrors.orderId) && (
        <ErrorBanner error={submission.fieldErrors.orderId ?? submission.formError} />
      )}
    </form>
  );
}

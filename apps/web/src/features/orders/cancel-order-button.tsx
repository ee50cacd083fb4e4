import { useMutation } from '@apollo/client/react';
import { orderPath } from '../../app/paths.js';
import { ConfirmButton } from '../../components/confirm-dialog.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useSubmission } from '../../components/use-submission.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

export const CancelOrderMutation = graphql(`
  mutation CancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      order {
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

/**
 * Cancels an order nothing has been paid on, after a confirmation stating its amount and that
 * it cannot be paid any more; the API refuses it otherwise, and says why.
 */
export function CancelOrderButton({
  orderId,
  total,
}: {
  orderId: string;
  /** The order's total, as the API states it. */
  total: { readonly amount: string; readonly currency: string };
}) {
  const { t, money } = useI18n();
  const showResult = useResultNotice();
  const [cancelOrder] = useMutation(CancelOrderMutation);
  const amount = money(total.amount, total.currency);
  const submission = useSubmission(
    ['orderId'],
    async () => {
      const result = await cancelOrder({
        variables: { input: { orderId } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.cancelOrder;
    },
    () =>
      showResult({
        message: t('order.cancelledResult', { amount }),
        link: { to: orderPath(orderId), label: t('pay.openOrder') },
      }),
  );
  const problem = submission.fieldErrors.orderId ?? submission.formError;
  return (
    <div className="button-row">
      <ConfirmButton
        className="secondary"
        label={t('order.cancel')}
        pending={submission.pending}
        danger
        title={t('order.cancelConfirmTitle')}
        body={<p>{t('order.cancelConfirmBody', { amount })}</p>}
        confirmLabel={t('order.cancelConfirm', { amount })}
        onConfirm={submission.submit}
      />
      {problem !== null && problem !== undefined && <ErrorBanner error={problem} />}
    </div>
  );
}

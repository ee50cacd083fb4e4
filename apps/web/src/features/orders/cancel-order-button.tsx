import { useMutation } from '@apollo/client/react';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
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

/** Cancels an order nothing has been paid on; the API refuses it otherwise, and says why. */
export function CancelOrderButton({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const [cancelOrder] = useMutation(CancelOrderMutation);
  const submission = useSubmission(['orderId'], async () => {
    const result = await cancelOrder({
      variables: { input: { orderId } },
      refetchQueries: 'active',
      awaitRefetchQueries: true,
    });
    return result.data?.cancelOrder;
  });
  const problem = submission.fieldErrors.orderId ?? submission.formError;
  return (
    <div className="button-row">
      <AsyncButton
        className="secondary"
        onClick={submission.submit}
        pending={submission.pending}
        pendingLabel={t('form.submitting')}
      >
        {t('order.cancel')}
      </AsyncButton>
      {problem !== null && problem !== undefined && <ErrorBanner error={problem} />}
    </div>
  );
}

import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useSubmission } from '../../components/use-submission.js';
import { graphql } from '../../gql/index.js';
import type { RefundStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const ApproveRefundMutation = graphql(`
  mutation ApproveRefund($input: ApproveRefundInput!) {
    approveRefund(input: $input) {
      refund {
        id
        status
        decisionNote
        payoutDueOn
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RejectRefundMutation = graphql(`
  mutation RejectRefund($input: RejectRefundInput!) {
    rejectRefund(input: $input) {
      refund {
        id
        status
        decisionNote
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const PayRefundMutation = graphql(`
  mutation PayRefund($input: PayRefundInput!) {
    payRefund(input: $input) {
      refund {
        id
        status
        paidAt
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

const REFRESH = { refetchQueries: 'active', awaitRefetchQueries: true } as const;

/**
 * An operator's answer to a refund request (R-REF-REVIEW): approve (the engine decides again on
 * the order as it is now) or reject with the note the customer reads; an approved refund can be
 * paid out before its due date (R-REF-PAYOUT).
 */
export function RefundReviewForm({ refundId, status }: { refundId: string; status: RefundStatus }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const groupId = useId();
  const [approveRefund] = useMutation(ApproveRefundMutation);
  const [rejectRefund] = useMutation(RejectRefundMutation);
  const [payRefund] = useMutation(PayRefundMutation);
  const approve = useSubmission(['note', 'refundId'], async () => {
    const result = await approveRefund({
      variables: { input: { refundId, note: note.trim() || null } },
      ...REFRESH,
    });
    return result.data?.approveRefund;
  });
  const reject = useSubmission(['note', 'refundId'], async () => {
    const result = await rejectRefund({
      variables: { input: { refundId, note: note.trim() } },
      ...REFRESH,
    });
    return result.data?.rejectRefund;
  });
  const pay = useSubmission(['refundId'], async () => {
    const result = await payRefund({ variables: { input: { refundId } }, ...REFRESH });
    return result.data?.payRefund;
  });
  const problems = [approve, reject, pay]
    .flatMap((s) => [s.formError, s.fieldErrors.refundId])
    .filter((p) => p !== null && p !== undefined);

  if (status === 'APPROVED') {
    return (
      <div className="review">
        <AsyncButton onClick={pay.submit} pending={pay.pending} pendingLabel={t('form.submitting')}>
          {t('refund.payNow')}
        </AsyncButton>
        {problems[0] !== undefined && <ErrorBanner error={problems[0]} />}
      </div>
    );
  }
  if (status !== 'REQUESTED') return null;
  return (
    <div className="review" role="group" aria-labelledby={groupId}>
      <h3 id={groupId}>{t('refund.review')}</h3>
      <FormField
        label={t('refund.decisionNote')}
        hint={t('refund.decisionNoteHint')}
        error={approve.fieldErrors.note ?? reject.fieldErrors.note}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </FormField>
      <div className="button-row">
        <AsyncButton
          onClick={approve.submit}
          pending={approve.pending}
          pendingLabel={t('form.submitting')}
          disabled={reject.pending}
        >
          {t('refund.approve')}
        </AsyncButton>
        <AsyncButton
          className="danger"
          onClick={reject.submit}
          pending={reject.pending}
          pendingLabel={t('form.submitting')}
          disabled={note.trim() === '' || approve.pending}
        >
          {t('refund.reject')}
        </AsyncButton>
      </div>
      {problems[0] !== undefined && <ErrorBanner error={problems[0]} />}
    </div>
  );
}

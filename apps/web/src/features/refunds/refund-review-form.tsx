import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { refundPath } from '../../app/paths.js';
import { ConfirmButton } from '../../components/confirm-dialog.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import type { MoneyValue } from '../../components/money.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useSubmission } from '../../components/use-submission.js';
import { graphql } from '../../gql/index.js';
import type { PaymentMethod, RefundStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const ApproveRefundMutation = graphql(`
  mutation ApproveRefund($input: ApproveRefundInput!) {
    approveRefund(input: $input) {
      refund {
        id
        status
        decisionNote
        payoutDueOn
        method
        payout {
          amount
          currency
        }
        decision {
          endsSubscription
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
        method
        payout {
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

const REFRESH = { refetchQueries: 'active', awaitRefetchQueries: true } as const;

/** What the review needs to say what each answer does: the payout, where it goes, the end. */
export interface RefundReviewTarget {
  readonly id: string;
  readonly status: RefundStatus;
  readonly method: PaymentMethod;
  /** What the customer would receive (amount − fee). */
  readonly payout: MoneyValue;
  /** Approving ends the subscription (the engine's decision says so). */
  readonly endsSubscription: boolean;
}

/**
 * An operator's answer to a refund request (R-REF-REVIEW): approve (the engine decides again on
 * the order as it is now) or reject with the note the customer reads; an approved refund can be
 * paid out before its due date (R-REF-PAYOUT). Each asks first, stating the amount and what
 * follows, and says what happened with a link to the refund.
 */
export function RefundReviewForm({ refund }: { refund: RefundReviewTarget }) {
  const { t, money, date } = useI18n();
  const showResult = useResultNotice();
  const [note, setNote] = useState('');
  const groupId = useId();
  const refundId = refund.id;
  const [approveRefund] = useMutation(ApproveRefundMutation);
  const [rejectRefund] = useMutation(RejectRefundMutation);
  const [payRefund] = useMutation(PayRefundMutation);
  const amount = money(refund.payout.amount, refund.payout.currency);
  const method = t(`paymentMethod.${refund.method}`);
  const link = { to: refundPath(refundId), label: t('refund.openResult') };
  const approve = useSubmission(
    ['note', 'refundId'],
    async () => {
      const result = await approveRefund({
        variables: { input: { refundId, note: note.trim() || null } },
        ...REFRESH,
      });
      return result.data?.approveRefund;
    },
    ({ refund: approved }) => {
      if (!approved) return;
      const message = t('refund.approvedResult', {
        amount: money(approved.payout.amount, approved.payout.currency),
        method: t(`paymentMethod.${approved.method}`),
        date: approved.payoutDueOn ? date(approved.payoutDueOn) : t('common.none'),
      });
      showResult({
        message: approved.decision.endsSubscription
          ? `${message}${t('refund.approvedEndsResult')}`
          : message,
        link,
      });
    },
  );
  const reject = useSubmission(
    ['note', 'refundId'],
    async () => {
      const result = await rejectRefund({
        variables: { input: { refundId, note: note.trim() } },
        ...REFRESH,
      });
      return result.data?.rejectRefund;
    },
    () => showResult({ message: t('refund.rejectedResult'), link }),
  );
  const pay = useSubmission(
    ['refundId'],
    async () => {
      const result = await payRefund({ variables: { input: { refundId } }, ...REFRESH });
      return result.data?.payRefund;
    },
    ({ refund: paid }) => {
      if (!paid) return;
      showResult({
        message: t('refund.paidResult', {
          amount: money(paid.payout.amount, paid.payout.currency),
          method: t(`paymentMethod.${paid.method}`),
        }),
        link,
      });
    },
  );
  const problems = [approve, reject, pay]
    .flatMap((s) => [s.formError, s.fieldErrors.refundId])
    .filter((p) => p !== null && p !== undefined);

  if (refund.status === 'APPROVED') {
    return (
      <div className="review">
        <ConfirmButton
          label={t('refund.payNow')}
          pending={pay.pending}
          title={t('refund.confirmPayTitle')}
          body={<p>{t('refund.confirmPayBody', { amount, method })}</p>}
          confirmLabel={t('refund.confirmPay', { amount })}
          onConfirm={pay.submit}
        />
        {problems[0] !== undefined && <ErrorBanner error={problems[0]} />}
      </div>
    );
  }
  if (refund.status !== 'REQUESTED') return null;
  const trimmed = note.trim();
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
        <ConfirmButton
          label={t('refund.approve')}
          pending={approve.pending}
          disabled={reject.pending}
          title={t('refund.confirmApproveTitle')}
          body={
            <>
              <p>{t('refund.confirmApproveBody', { amount, method })}</p>
              <p>
                <strong>
                  {refund.endsSubscription
                    ? t('refund.confirmEndsSubscription')
                    : t('refund.confirmKeepsSubscription')}
                </strong>
              </p>
            </>
          }
          confirmLabel={t('refund.confirmApprove', { amount })}
          onConfirm={approve.submit}
        />
        <ConfirmButton
          className="danger"
          danger
          label={t('refund.reject')}
          pending={reject.pending}
          disabled={trimmed === '' || approve.pending}
          title={t('refund.confirmRejectTitle')}
          body={<p>{t('refund.confirmRejectBody', { amount, note: trimmed })}</p>}
          confirmLabel={t('refund.confirmReject', { amount })}
          onConfirm={reject.submit}
        />
      </div>
      {problems[0] !== undefined && <ErrorBanner error={problems[0]} />}
    </div>
  );
}

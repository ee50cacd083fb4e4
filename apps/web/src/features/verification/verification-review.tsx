import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { accountPath } from '../../app/paths.js';
import { ConfirmButton } from '../../components/confirm-dialog.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useSubmission } from '../../components/use-submission.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

export const ApproveVerificationMutation = graphql(`
  mutation ApproveVerification($input: ApproveVerificationInput!) {
    approveVerification(input: $input) {
      account {
        id
        verificationStatus
        verifiedName
        verificationNote
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RejectVerificationMutation = graphql(`
  mutation RejectVerification($input: RejectVerificationInput!) {
    rejectVerification(input: $input) {
      account {
        id
        verificationStatus
        verificationNote
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
 * An operator's decision on submitted materials (R-OPEN-2): approve, or reject with a reason.
 * Each asks first, saying what follows, and then says what happened with a link to the account.
 */
export function VerificationReview({ account }: { account: { id: string; name: string } }) {
  const { t } = useI18n();
  const showResult = useResultNotice();
  const [reason, setReason] = useState('');
  const accountId = account.id;
  const link = { to: accountPath(accountId), label: t('verification.openAccount') };
  const [approveVerification] = useMutation(ApproveVerificationMutation);
  const [rejectVerification] = useMutation(RejectVerificationMutation);
  const approve = useSubmission(
    ['accountId'],
    async () => {
      const result = await approveVerification({ variables: { input: { accountId } }, ...REFRESH });
      return result.data?.approveVerification;
    },
    () => showResult({ message: t('verification.approvedResult', { name: account.name }), link }),
  );
  const reject = useSubmission(
    ['reason'],
    async () => {
      const result = await rejectVerification({
        variables: { input: { accountId, reason: reason.trim() } },
        ...REFRESH,
      });
      return result.data?.rejectVerification;
    },
    () => showResult({ message: t('verification.rejectedResult', { name: account.name }), link }),
  );
  const problem = approve.formError ?? reject.formError ?? approve.fieldErrors.accountId ?? null;
  const trimmed = reason.trim();
  return (
    <div className="review">
      <div className="form-row">
        <FormField
          label={t('verification.rejectReason')}
          hint={t('verification.rejectReasonHint')}
          error={reject.fieldErrors.reason}
          className="grow"
        >
          {(control) => (
            <input
              {...control}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="button-row">
        <ConfirmButton
          label={t('verification.approve')}
          pending={approve.pending}
          title={t('verification.confirmApproveTitle')}
          body={<p>{t('verification.confirmApproveBody', { name: account.name })}</p>}
          confirmLabel={t('verification.confirmApprove', { name: account.name })}
          onConfirm={approve.submit}
        />
        <ConfirmButton
          className="danger"
          danger
          label={t('verification.reject')}
          pending={reject.pending}
          disabled={trimmed === ''}
          title={t('verification.confirmRejectTitle')}
          body={
            <p>{t('verification.confirmRejectBody', { name: account.name, reason: trimmed })}</p>
          }
          confirmLabel={t('verification.confirmReject', { name: account.name })}
          onConfirm={reject.submit}
        />
      </div>
      {problem !== null && <ErrorBanner error={problem} />}
    </div>
  );
}

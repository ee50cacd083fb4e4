import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
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

/** An operator's decision on submitted materials (R-OPEN-2): approve, or reject with a reason. */
export function VerificationReview({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [approveVerification] = useMutation(ApproveVerificationMutation);
  const [rejectVerification] = useMutation(RejectVerificationMutation);
  const approve = useSubmission(['accountId'], async () => {
    const result = await approveVerification({ variables: { input: { accountId } }, ...REFRESH });
    return result.data?.approveVerification;
  });
  const reject = useSubmission(['reason'], async () => {
    const result = await rejectVerification({
      variables: { input: { accountId, reason: reason.trim() } },
      ...REFRESH,
    });
    return result.data?.rejectVerification;
  });
  const problem = approve.formError ?? reject.formError ?? approve.fieldErrors.accountId ?? null;
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
        <AsyncButton
          onClick={approve.submit}
          pending={approve.pending}
          pendingLabel={t('form.submitting')}
        >
          {t('verification.approve')}
        </AsyncButton>
        <AsyncButton
          className="danger"
          onClick={reject.submit}
          pending={reject.pending}
          pendingLabel={t('form.submitting')}
          disabled={reason.trim() === ''}
        >
          {t('verification.reject')}
        </AsyncButton>
      </div>
      {problem !== null && <ErrorBanner error={problem} />}
    </div>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { can } from '../../app/permissions.js';
import { useSession } from '../../app/session.js';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { Loading } from '../../components/load-more.js';
import { useSubmission } from '../../components/use-submission.js';
import { linesOf } from '../../core/inputs.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { VerificationBadge } from '../accounts/account-labels.js';
import { VerificationReview } from '../verification/verification-review.js';
import { live } from '../../core/live.js';

export const PortalVerificationQuery = graphql(`
  query PortalVerification($id: ID!) {
    account(id: $id) {
      id
      name
      verificationStatus
      verifiedName
      verificationDocuments
      verificationNote
    }
  }
`);

export const SubmitVerificationMutation = graphql(`
  mutation SubmitVerification($input: SubmitVerificationInput!) {
    submitVerification(input: $input) {
      account {
        id
        verificationStatus
        verifiedName
        verificationDocuments
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

/** Qualification materials (R-OPEN-2): their review state, and the form to (re)submit them. */
export function VerificationSection({ accountId, canAct }: { accountId: string; canAct: boolean }) {
  const { t } = useI18n();
  const { role } = useSession();
  const { data, loading, error, refetch } = useQuery(PortalVerificationQuery, {
    variables: { id: accountId },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const account = data?.account;
  return (
    <>
      <h2>{t('portal.section.verification')}</h2>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {account && (
        <div className="card" data-testid="verification">
          <p>
            {t('account.verification')}: <VerificationBadge status={account.verificationStatus} />
          </p>
          {account.verifiedName && (
            <p>
              {t('account.verifiedName')}: <strong>{account.verifiedName}</strong>
            </p>
          )}
          {account.verificationNote && (
            <p className="field-error">
              {t('verification.note')}: {account.verificationNote}
            </p>
          )}
          {account.verificationDocuments.length > 0 && (
            <>
              <h3>{t('verification.documents')}</h3>
              <ul className="plain-list mono small">
                {account.verificationDocuments.map((doc, index) => (
                  <li key={index}>{doc}</li>
                ))}
              </ul>
            </>
          )}
          {account.verificationStatus === 'PENDING' && can(role, 'verification.review') && (
            <VerificationReview account={account} />
          )}
        </div>
      )}
      {account && canAct && account.verificationStatus !== 'APPROVED' && (
        <SubmitVerificationForm
          accountId={accountId}
          resubmit={account.verificationStatus !== 'NOT_SUBMITTED'}
        />
      )}
    </>
  );
}

function SubmitVerificationForm({ accountId, resubmit }: { accountId: string; resubmit: boolean }) {
  const { t } = useI18n();
  const [verifiedName, setVerifiedName] = useState('');
  const [documentsText, setDocumentsText] = useState('');
  const [submitVerification] = useMutation(SubmitVerificationMutation);
  const [done, setDone] = useState(false);
  const submission = useSubmission(
    ['verifiedName', 'documents'],
    async () => {
      setDone(false);
      const result = await submitVerification({
        variables: {
          input: {
            accountId,
            verifiedName: verifiedName.trim(),
            documents: linesOf(documentsText),
          },
        },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.submitVerification;
    },
    () => setDone(true),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="verify-heading">
      <h3 id="verify-heading">
        {resubmit ? t('verification.resubmitTitle') : t('verification.submitTitle')}
      </h3>
      <FormField
        label={t('verification.verifiedName')}
        hint={t('verification.verifiedNameHint')}
        error={submission.fieldErrors.verifiedName}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="organization"
            value={verifiedName}
            onChange={(event) => setVerifiedName(event.target.value)}
            required
          />
        )}
      </FormField>
      <FormField
        label={t('verification.documents')}
        hint={t('verification.documentsHint')}
        error={submission.fieldErrors.documents}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={documentsText}
            onChange={(event) => setDocumentsText(event.target.value)}
            required
          />
        )}
      </FormField>
      <div className="button-row">
        <AsyncButton type="submit" pending={submission.pending} pendingLabel={t('form.submitting')}>
          {t('verification.submit')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {done && (
        <p role="status" className="notice">
          {t('verification.submitted')}
        </p>
      )}
    </form>
  );
}

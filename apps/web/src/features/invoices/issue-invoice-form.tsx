import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      invoice {
        ...InvoiceFapiao
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($input: VoidInvoiceInput!) {
    voidInvoice(input: $input) {
      invoice {
        ...InvoiceFapiao
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** An operator issues a requested invoice: the fapiao number and its date (R-INV-2). */
export function IssueInvoiceForm({ invoiceId }: { invoiceId: string }) {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const input = { invoiceId, number: number.trim(), issuedOn };
  const attempt = useIdempotencyKey('issue-invoice', input);
  const [issueInvoice] = useMutation(IssueInvoiceMutation);
  const submission = useSubmission(
    ['number', 'issuedOn'],
    async () => {
      const result = await issueInvoice({
        variables: { input: { ...input, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.issueInvoice;
    },
    () => attempt.succeeded(),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form className="inline-form" onSubmit={onSubmit} data-testid="issue-invoice-form">
      <div className="form-row">
        <FormField
          label={t('invoice.number')}
          hint={t('invoice.numberHint')}
          error={submission.fieldErrors.number}
        >
          {(control) => (
            <input
              {...control}
              name="number"
              inputMode="numeric"
              value={number}
              onChange={(event) => setNumber(event.target.value)}
              required
            />
          )}
        </FormField>
        <FormField label={t('invoice.issuedOn')} error={submission.fieldErrors.issuedOn}>
          {(control) => (
            <input
              {...control}
              name="issuedOn"
              type="date"
              value={issuedOn}
              onChange={(event) => setIssuedOn(event.target.value)}
              required
            />
          )}
        </FormField>
      </div>
      <div className="button-row">
        <AsyncButton type="submit" pending={submission.pending} pendingLabel={t('form.submitting')}>
          {t('invoice.issue')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </form>
  );
}

/** An operator voids an issued fapiao with a reason, to issue it again (R-INV-3). */
export function VoidInvoiceForm({ invoiceId }: { invoiceId: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const input = { invoiceId, reason: reason.trim() };
  const attempt = useIdempotencyKey('void-invoice', input);
  const [voidInvoice] = useMutation(VoidInvoiceMutation);
  const submission = useSubmission(
    ['reason'],
    async () => {
      const result = await voidInvoice({
        variables: { input: { ...input, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.voidInvoice;
    },
    () => attempt.succeeded(),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form className="inline-form" onSubmit={onSubmit} data-testid="void-invoice-form">
      <FormField label={t('invoice.voidReason')} error={submission.fieldErrors.reason}>
        {(control) => (
          <input
            {...control}
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
          />
        )}
      </FormField>
      <div className="button-row">
        <AsyncButton
          type="submit"
          className="secondary"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
        >
          {t('invoice.void')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </form>
  );
}

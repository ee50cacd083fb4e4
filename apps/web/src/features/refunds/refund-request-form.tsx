import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { refundPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { userErrorsByField } from '../../core/errors.js';
import { signatureOf } from '../../core/idempotency.js';
import { businessInstant, linesOf } from '../../core/inputs.js';
import { graphql } from '../../gql/index.js';
import type { RefundReason } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { RefundDecisionView } from './refund-decision.js';
import { REFUND_REASONS } from './refund-labels.js';

export const RefundPreviewQuery = graphql(`
  query RefundPreview($input: RefundPreviewInput!) {
    refundPreview(input: $input) {
      ...RefundDecisionView
      lines {
        ...LineItemRow
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RequestRefundMutation = graphql(`
  mutation RequestRefund($input: RequestRefundInput!) {
    requestRefund(input: $input) {
      refund {
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

const FIELDS = ['reason', 'note', 'evidence', 'eventAt', 'outageHours', 'orderId'] as const;
const PREVIEW_DELAY_MS = 300;
/** Reasons whose rules read when the event happened (R-REF-WINDOW, R-REF-OUTAGE). */
const EVENT_REASONS: readonly RefundReason[] = [
  'SERVICE_DEFECT',
  'PLATFORM_OUTAGE',
  'ACCOUNT_ANOMALY',
];

/**
 * Asks for a refund of one order. The engine's decision for exactly these inputs is previewed
 * live (refundPreview) before anything is requested.
 */
export function RefundRequestForm({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<RefundReason>('NO_REASON');
  const [note, setNote] = useState('');
  const [evidenceText, setEvidenceText] = useState('');
  const [eventDate, setEventDate] = useState('');
  const [eventTime, setEventTime] = useState('');
  const [outageText, setOutageText] = useState('');
  const withEvent = EVENT_REASONS.includes(reason);
  const outageHours = reason === 'PLATFORM_OUTAGE' && outageText.trim() ? Number(outageText) : null;
  const claim = {
    orderId,
    reason,
    note: note.trim() || null,
    evidence: linesOf(evidenceText),
    eventAt: withEvent && eventDate ? businessInstant(eventDate, eventTime || '00:00') : null,
    outageHours: outageHours !== null && Number.isFinite(outageHours) ? outageHours : null,
  };

  const settled = useDebouncedValue(claim, PREVIEW_DELAY_MS);
  const preview = useQuery(
    RefundPreviewQuery,
    settled ? { variables: { input: settled }, fetchPolicy: 'network-only' } : skipToken,
  );
  const decision = (preview.data ?? preview.previousData)?.refundPreview ?? null;
  const fresh =
    Boolean(preview.data) && !preview.loading && signatureOf(claim) === signatureOf(settled);
  const previewErrors = userErrorsByField(fresh && decision ? decision.userErrors : [], FIELDS);

  const attempt = useIdempotencyKey('refund', claim);
  const [requestRefund] = useMutation(RequestRefundMutation);
  const [requested, setRequested] = useState<string | null>(null);
  const submission = useSubmission(
    FIELDS,
    async () => {
      setRequested(null);
      const result = await requestRefund({
        variables: { input: { ...claim, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.requestRefund;
    },
    (payload) => {
      attempt.succeeded();
      setRequested(payload.refund?.id ?? null);
    },
  );
  const errorFor = (field: (typeof FIELDS)[number]) =>
    submission.fieldErrors[field] ?? previewErrors.byField[field];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="refund-request-heading">
      <h2 id="refund-request-heading">{t('refund.requestTitle')}</h2>
      <div className="form-row">
        <FormField label={t('refund.reason')} error={errorFor('reason')} className="grow">
          {(control) => (
            <select
              {...control}
              value={reason}
              onChange={(event) => setReason(event.target.value as RefundReason)}
            >
              {REFUND_REASONS.map((option) => (
                <option key={option} value={option}>
                  {t(`refundReason.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {withEvent && (
          <>
            <FormField label={t('refund.eventDate')} error={errorFor('eventAt')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={eventDate}
                  onChange={(event) => setEventDate(event.target.value)}
                />
              )}
            </FormField>
            <FormField label={t('refund.eventTime')}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  value={eventTime}
                  onChange={(event) => setEventTime(event.target.value)}
                />
              )}
            </FormField>
          </>
        )}
        {reason === 'PLATFORM_OUTAGE' && (
          <FormField label={t('refund.outageHours')} error={errorFor('outageHours')}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={outageText}
                onChange={(event) => setOutageText(event.target.value)}
              />
            )}
          </FormField>
        )}
      </div>
      <FormField label={t('refund.note')} error={errorFor('note')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </FormField>
      <FormField
        label={t('refund.evidence')}
        hint={t('refund.evidenceHint')}
        error={errorFor('evidence')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={evidenceText}
            onChange={(event) => setEvidenceText(event.target.value)}
          />
        )}
      </FormField>

      <section
        className="quote"
        aria-label={t('refund.preview')}
        aria-busy={!fresh || undefined}
        data-testid="refund-preview"
        data-fresh={fresh ? 'true' : 'false'}
      >
        <h3>{t('refund.preview')}</h3>
        <p className="quote-status" role="status">
          {fresh ? t('quote.upToDate') : t('quote.updating')}
        </p>
        {preview.error && (
          <ErrorBanner error={preview.error} onRetry={() => void preview.refetch()} />
        )}
        {decision && (
          <div className={fresh ? 'quote-body' : 'quote-body stale'}>
            <RefundDecisionView decision={decision} lines={decision.lines} />
            <p className="muted">{t('refund.payoutAfterApproval')}</p>
          </div>
        )}
      </section>

      <div className="button-row">
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
          disabled={!fresh || !decision?.eligible}
        >
          {t('refund.submit')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {requested && (
        <p role="status" className="notice" data-testid="refund-requested">
          {t('refund.requested')} <Link to={refundPath(requested)}>{t('refund.open')}</Link>
        </p>
      )}
    </form>
  );
}

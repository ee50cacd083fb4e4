import { DateText, DateTimeText } from '../../components/date-text.js';
import { Money } from '../../components/money.js';
import { StatusBadge } from '../../components/status-badge.js';
import { graphql } from '../../gql/index.js';
import type { InvoiceFapiaoFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { DocumentDownload } from './invoice-document-link.js';

export const InvoiceFapiaoFragmentDoc = graphql(`
  fragment InvoiceFapiao on Invoice {
    id
    status
    number
    issuedOn
    dueOn
    daysOverdue
    documentUrl
    creditNoteUrl
    issuedAmount {
      amount
      currency
    }
    voidedFapiaos {
      number
      issuedOn
      reason
      voidedAt
    }
  }
`);

/** R-INV-2: how long past its due date a requested invoice is, as the API counted it. */
export function OverdueBadge({ daysOverdue }: { daysOverdue: number }) {
  const { t } = useI18n();
  if (daysOverdue <= 0) return null;
  return <StatusBadge tone="bad">{t('invoice.daysOverdue', { days: daysOverdue })}</StatusBadge>;
}

/**
 * The fapiao of an invoice: its number and date once issued, the PDF downloads (the fapiao and
 * any red-letter credit note), how overdue a request is (R-INV-2) and the voided numbers.
 */
export function InvoiceFapiao({ invoice }: { invoice: InvoiceFapiaoFragment }) {
  const { t } = useI18n();
  return (
    <div className="invoice-fapiao" data-testid="invoice-fapiao">
      {invoice.number !== null ? (
        <dl className="summary-grid compact">
          <div>
            <dt>{t('invoice.number')}</dt>
            <dd data-testid="invoice-number">{invoice.number}</dd>
          </div>
          {invoice.issuedOn && (
            <div>
              <dt>{t('invoice.issuedOn')}</dt>
              <dd>
                <DateText date={invoice.issuedOn} />
              </dd>
            </div>
          )}
          {invoice.issuedAmount && (
            <div>
              <dt>{t('invoice.issuedAmount')}</dt>
              <dd>
                <Money value={invoice.issuedAmount} />
              </dd>
            </div>
          )}
        </dl>
      ) : (
        invoice.status === 'REQUESTED' && (
          <p className="muted">
            {invoice.dueOn
              ? t('invoice.awaitingIssue', { dueOn: invoice.dueOn })
              : t('invoice.awaitingIssueNoDate')}{' '}
            <OverdueBadge daysOverdue={invoice.daysOverdue} />
          </p>
        )
      )}
      {(invoice.documentUrl || invoice.creditNoteUrl) && (
        <div className="button-row">
          {invoice.documentUrl && invoice.number && (
            <DocumentDownload
              path={invoice.documentUrl}
              filename={`fapiao-${invoice.number}.pdf`}
              label={t('invoice.downloadFapiao')}
            />
          )}
          {invoice.creditNoteUrl && invoice.number && (
            <DocumentDownload
              path={invoice.creditNoteUrl}
              filename={`credit-note-${invoice.number}.pdf`}
              label={t('invoice.downloadCreditNote')}
            />
          )}
        </div>
      )}
      {invoice.voidedFapiaos.length > 0 && (
        <details>
          <summary>{t('invoice.voided', { count: invoice.voidedFapiaos.length })}</summary>
          <ul>
            {invoice.voidedFapiaos.map((voided) => (
              <li key={voided.number}>
                {voided.number} · <DateText date={voided.issuedOn} /> · {voided.reason} (
                <DateTimeText instant={voided.voidedAt} />)
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

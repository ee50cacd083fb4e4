import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { DateText, DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import {
  FilterBar,
  GrowingLoadMore,
  useGrowingFirst,
  useListParams,
} from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { Money } from '../../components/money.js';
import { RuleList } from '../../components/rule-list.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { live } from '../../core/live.js';
import { graphql } from '../../gql/index.js';
import type { InvoiceSort, InvoiceStatus, InvoiceType } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../app/session.js';
import { InvoiceFapiao } from '../invoices/invoice-fapiao.js';
import { INVOICE_STATUSES, InvoiceStatusBadge } from '../invoices/invoice-labels.js';
import { IssueInvoiceForm, VoidInvoiceForm } from '../invoices/issue-invoice-form.js';

export const PortalInvoicesQuery = graphql(`
  query PortalInvoices(
    $id: ID!
    $first: Int!
    $sort: InvoiceSort
    $status: InvoiceStatus
    $search: String
  ) {
    account(id: $id) {
      id
      verifiedName
      generalTaxpayer
      invoices(first: $first, sort: $sort, status: $status, search: $search) {
        edges {
          node {
            id
            status
            type
            title
            requestedAt
            issuedAt
            dueOn
            dueReason
            explanation
            ...InvoiceFapiao
            amount {
              amount
              currency
            }
            credited {
              amount
              currency
            }
            rules {
              id
              summary
            }
            payment {
              id
              method
              paidAt
              amount {
                amount
                currency
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      payments(first: 100, orderBy: NEWEST_FIRST) {
        edges {
          node {
            id
            method
            purpose
            status
            paidOn
            amount {
              amount
              currency
            }
            invoice {
              id
            }
          }
        }
      }
    }
  }
`);

export const RequestInvoiceMutation = graphql(`
  mutation RequestInvoice($input: RequestInvoiceInput!) {
    requestInvoice(input: $input) {
      invoice {
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

// Ten invoices a page ("Load more" adds ten): with their fapiao fields, twenty a page would
// pass the API's query cost limit.
const INVOICES_PAGE = 10;

const INVOICE_TYPES: readonly InvoiceType[] = ['GENERAL', 'SPECIAL_VAT'];

const INVOICE_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'REQUESTED_AT_DESC',
  'REQUESTED_AT_ASC',
  'AMOUNT_DESC',
  'AMOUNT_ASC',
] as const satisfies readonly InvoiceSort[];

export function InvoicesSection({ accountId, canAct }: { accountId: string; canAct: boolean }) {
  const { t, money, date } = useI18n();
  // Operators issue and void fapiaos here (the console's view of the account's portal).
  const isOperator = useSession().role === 'OPERATOR';
  const [list, setList] = useListParams<InvoiceSort, InvoiceStatus>({
    prefix: 'invoices',
    sorts: INVOICE_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: INVOICE_STATUSES,
  });
  // The list is live (read again every few seconds): an invoice issued or voided elsewhere shows
  // within seconds, and "Load more" asks for a longer first page so a re-read keeps it. What is
  // typed (the search, a request's title, a fapiao number) lives in the forms' state and stays.
  const growing = useGrowingFirst(
    `${accountId}|${list.sort}|${list.status ?? ''}|${list.q}`,
    INVOICES_PAGE,
  );
  const { data, previousData, loading, error, refetch } = useQuery(PortalInvoicesQuery, {
    variables: {
      id: accountId,
      first: growing.first,
      sort: list.sort,
      status: list.status,
      search: list.q || null,
    },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While another filter or a longer page loads, the invoices shown stay.
  const shown = data ?? previousData;
  const account = shown?.account;
  const invoices = account?.invoices;
  // R-INV-3: one invoice per payment; only order payments that went through are invoiced.
  const invoiceable =
    account?.payments.edges
      .map((edge) => edge.node)
      .filter((p) => p.purpose === 'ORDER' && p.status === 'SUCCEEDED' && !p.invoice) ?? [];
  return (
    <>
      <h2>{t('portal.section.invoices')}</h2>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !shown && <Loading />}
      {account && canAct && (
        <RequestInvoiceForm
          key={account.verifiedName ?? ''}
          verifiedName={account.verifiedName ?? ''}
          generalTaxpayer={account.generalTaxpayer}
          payments={invoiceable.map((payment) => ({
            id: payment.id,
            label: `${t(`paymentMethod.${payment.method}`)} · ${money(payment.amount.amount)} · ${date(payment.paidOn)}`,
          }))}
        />
      )}
      <FilterBar<InvoiceSort, InvoiceStatus>
        id="invoices"
        label={t('list.filters')}
        search={{
          value: list.q,
          onChange: (q) => setList({ q }),
          placeholder: t('list.invoiceSearchPlaceholder'),
        }}
        status={{
          value: list.status,
          options: INVOICE_STATUSES.map((status) => ({
            value: status,
            label: t(`invoiceStatus.${status}`),
          })),
          onChange: (status) => setList({ status }),
        }}
        sort={{
          value: list.sort,
          options: INVOICE_SORTS.map((sort) => ({ value: sort, label: t(`list.sort.${sort}`) })),
          onChange: (sort) => setList({ sort }),
        }}
      />
      {invoices &&
        (invoices.edges.length === 0 ? (
          <EmptyState title={list.status || list.q ? t('list.noMatches') : t('invoices.empty')} />
        ) : (
          <ul className="card-list">
            {invoices.edges.map(({ node: invoice }) => (
              <li key={invoice.id} className="card" data-testid="invoice">
                <header className="card-header">
                  <h3>
                    {invoice.title} · {t(`invoiceType.${invoice.type}`)}
                  </h3>
                  <InvoiceStatusBadge status={invoice.status} />
                </header>
                <dl className="summary-grid compact">
                  <div>
                    <dt>{t('invoice.amount')}</dt>
                    <dd>
                      <Money value={invoice.amount} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('invoice.credited')}</dt>
                    <dd>
                      <Money value={invoice.credited} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('invoice.payment')}</dt>
                    <dd>
                      {t(`paymentMethod.${invoice.payment.method}`)} ·{' '}
                      <Money value={invoice.payment.amount} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('invoice.requestedAt')}</dt>
                    <dd>
                      <DateTimeText instant={invoice.requestedAt} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('invoice.dueOn')}</dt>
                    <dd>
                      {invoice.dueOn ? (
                        <DateText date={invoice.dueOn} />
                      ) : (
                        <span className="muted">{t('common.none')}</span>
                      )}
                    </dd>
                  </div>
                  {invoice.issuedAt && (
                    <div>
                      <dt>{t('invoice.issuedAt')}</dt>
                      <dd>
                        <DateTimeText instant={invoice.issuedAt} />
                      </dd>
                    </div>
                  )}
                </dl>
                <InvoiceFapiao invoice={invoice} />
                <p className="explanation">{invoice.explanation}</p>
                <p className="muted">{invoice.dueReason}</p>
                <RuleList rules={invoice.rules} />
                {isOperator && invoice.status === 'REQUESTED' && (
                  <IssueInvoiceForm invoiceId={invoice.id} />
                )}
                {isOperator && invoice.status === 'ISSUED' && !invoice.creditNoteUrl && (
                  <VoidInvoiceForm invoiceId={invoice.id} />
                )}
              </li>
            ))}
          </ul>
        ))}
      {invoices && (
        <GrowingLoadMore hasNextPage={invoices.pageInfo.hasNextPage} growing={growing} />
      )}
    </>
  );
}

function RequestInvoiceForm({
  verifiedName,
  generalTaxpayer,
  payments,
}: {
  verifiedName: string;
  generalTaxpayer: boolean;
  payments: readonly { id: string; label: string }[];
}) {
  const { t } = useI18n();
  const [paymentId, setPaymentId] = useState('');
  // R-INV-1: the title must be the verified enterprise name, so that is the starting value.
  const [title, setTitle] = useState(verifiedName);
  const [type, setType] = useState<InvoiceType>('GENERAL');
  const payment = payments.find((p) => p.id === paymentId) ?? payments[0];
  const input = { paymentId: payment?.id ?? '', title: title.trim(), type };
  const attempt = useIdempotencyKey('invoice', input);
  const [requestInvoice] = useMutation(RequestInvoiceMutation);
  const [done, setDone] = useState(false);
  const submission = useSubmission(
    ['paymentId', 'title', 'type'],
    async () => {
      if (!payment) return null;
      setDone(false);
      const result = await requestInvoice({
        variables: { input: { ...input, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.requestInvoice;
    },
    () => {
      attempt.succeeded();
      setDone(true);
    },
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="invoice-heading">
      <h3 id="invoice-heading">{t('invoice.request')}</h3>
      {payments.length === 0 ? (
        <p className="muted">{t('invoice.nothingToInvoice')}</p>
      ) : (
        <>
          <div className="form-row">
            <FormField
              label={t('invoice.payment')}
              className="grow"
              error={submission.fieldErrors.paymentId}
            >
              {(control) => (
                <select
                  {...control}
                  value={payment?.id ?? ''}
                  onChange={(event) => setPaymentId(event.target.value)}
                >
                  {payments.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              label={t('invoice.title')}
              hint={t('invoice.titleHint')}
              className="grow"
              error={submission.fieldErrors.title}
            >
              {(control) => (
                <input
                  {...control}
                  value={title}
                  onChange={(event) => setTitle(event.target.value)}
                  required
                />
              )}
            </FormField>
            <FormField
              label={t('invoice.type')}
              hint={generalTaxpayer ? undefined : t('invoice.specialVatHint')}
              error={submission.fieldErrors.type}
            >
              {(control) => (
                <select
                  {...control}
                  value={type}
                  onChange={(event) => setType(event.target.value as InvoiceType)}
                >
                  {INVOICE_TYPES.map((option) => (
                    <option key={option} value={option}>
                      {t(`invoiceType.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <div className="button-row">
            <AsyncButton
              type="submit"
              pending={submission.pending}
              pendingLabel={t('form.submitting')}
            >
              {t('invoice.submit')}
            </AsyncButton>
          </div>
        </>
      )}
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {done && (
        <p role="status" className="notice">
          {t('invoice.requested')}
        </p>
      )}
    </form>
  );
}

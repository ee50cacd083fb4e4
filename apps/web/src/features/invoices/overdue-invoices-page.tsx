import { useQuery } from '@apollo/client/react';
import { accountPath, portalBase, portalPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { GrowingLoadMore, useGrowingFirst } from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { Money } from '../../components/money.js';
import { live } from '../../core/live.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { useTestMode } from '../../core/test-mode.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { OverdueBadge } from './invoice-fapiao.js';
import { InvoiceStatusBadge } from './invoice-labels.js';
import { IssueInvoiceForm } from './issue-invoice-form.js';

export const OverdueInvoicesQuery = graphql(`
  query OverdueInvoices($first: Int!, $testMode: Boolean) {
    overdueInvoices(first: $first, testMode: $testMode) {
      totalCount
      edges {
        node {
          id
          status
          type
          title
          dueOn
          daysOverdue
          amount {
            amount
            currency
          }
          credited {
            amount
            currency
          }
          account {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * R-INV-2: requested invoices past their due date (45 working days after the payment), oldest
 * request first, each with the days overdue and the form that issues it.
 */
export function OverdueInvoicesPage() {
  const { t } = useI18n();
  const [testMode] = useTestMode();
  // The list is live (read again every few seconds): an invoice falling due or issued elsewhere
  // shows or leaves within seconds, and "Load more" asks for a longer first page so a re-read
  // keeps it. What is typed into an invoice's form stays: the form is the invoice's own.
  const growing = useGrowingFirst(String(testMode));
  const { data, previousData, loading, error, refetch } = useQuery(OverdueInvoicesQuery, {
    variables: { first: growing.first, testMode },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While a longer page loads, the invoices shown stay.
  const invoices = (data ?? previousData)?.overdueInvoices;
  return (
    <section aria-labelledby="overdue-invoices-heading" className="page">
      <header className="page-header">
        <h1 id="overdue-invoices-heading">{t('invoices.overdueTitle')}</h1>
        <p className="muted">{t('invoices.overdueIntro')}</p>
        <TestModeSwitch />
      </header>
      <TestModeBanner />
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !invoices && <Loading />}
      {invoices && invoices.edges.length === 0 && <EmptyState title={t('invoices.overdueEmpty')} />}
      {invoices && invoices.edges.length > 0 && (
        <>
          <p className="muted">
            {t('invoices.overdueCaption', {
              shown: invoices.edges.length,
              total: invoices.totalCount,
            })}
          </p>
          <ol className="card-list">
            {invoices.edges.map(({ node: invoice }) => (
              <li key={invoice.id} className="card" data-testid="overdue-invoice">
                <header className="card-header">
                  <h2>
                    <Link to={accountPath(invoice.account.id)}>{invoice.account.name}</Link> ·{' '}
                    {invoice.title} · {t(`invoiceType.${invoice.type}`)}
                  </h2>
                  <InvoiceStatusBadge status={invoice.status} />
                  <OverdueBadge daysOverdue={invoice.daysOverdue} />
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
                    <dt>{t('invoice.dueOn')}</dt>
                    <dd>{invoice.dueOn && <DateText date={invoice.dueOn} />}</dd>
                  </div>
                  <div>
                    <dt>{t('invoice.overdueBy')}</dt>
                    <dd>{t('invoice.daysOverdue', { days: invoice.daysOverdue })}</dd>
                  </div>
                </dl>
                <p>
                  <Link to={portalPath(portalBase(invoice.account.id, false), 'invoices')}>
                    {t('invoices.openAccountInvoices')}
                  </Link>
                </p>
                <IssueInvoiceForm invoiceId={invoice.id} />
              </li>
            ))}
          </ol>
        </>
      )}
      {invoices && (
        <GrowingLoadMore hasNextPage={invoices.pageInfo.hasNextPage} growing={growing} />
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { accountPath, orderPath, refundPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import {
  FilterBar,
  GrowingLoadMore,
  useGrowingFirst,
  useListParams,
} from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { live } from '../../core/live.js';
import { Money } from '../../components/money.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { useTestMode } from '../../core/test-mode.js';
import { graphql } from '../../gql/index.js';
import type { RefundSort, RefundStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { RefundDecisionView } from './refund-decision.js';
import { REFUND_STATUSES, RefundStatusBadge } from './refund-labels.js';
import { RefundClaim } from './refund-page.js';
import { RefundReviewForm } from './refund-review-form.js';

export const RefundQueueQuery = graphql(`
  query RefundQueue(
    $status: RefundStatus
    $first: Int!
    $sort: RefundSort
    $testMode: Boolean
    $search: String
  ) {
    refunds(status: $status, first: $first, sort: $sort, testMode: $testMode, search: $search) {
      totalCount
      edges {
        node {
          id
          status
          reason
          note
          evidence
          requestedOn
          reviewDueOn
          payoutDueOn
          decisionNote
          method
          payout {
            amount
            currency
          }
          account {
            id
            name
          }
          order {
            id
            kind
            total {
              amount
              currency
            }
          }
          decision {
            ...RefundDecisionView
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
 * The queue's orders: newest request first by default, as every list is; "Oldest first" works the
 * queue in the order the requests came in.
 */
const QUEUE_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'REQUESTED_AT_ASC',
  'REQUESTED_AT_DESC',
  'AMOUNT_DESC',
  'AMOUNT_ASC',
] as const satisfies readonly RefundSort[];

/** The review queue (R-REF-REVIEW): requests newest first, each with the engine's decision. */
export function RefundQueuePage() {
  const { t } = useI18n();
  // The queue proper is what waits for an answer; `?status=all` shows every refund.
  const [list, setList] = useListParams<RefundSort, RefundStatus>({
    sorts: QUEUE_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: REFUND_STATUSES,
    defaultStatus: 'REQUESTED',
  });
  const status = list.status;
  const [testMode] = useTestMode();
  // The queue is live (read again every few seconds): a request made or decided elsewhere shows
  // within seconds, and "Load more" asks for a longer first page so a re-read keeps it.
  const growing = useGrowingFirst(`${status ?? ''}|${list.sort}|${list.q}|${testMode}`);
  const { data, loading, error, refetch } = useQuery(RefundQueueQuery, {
    variables: { status, first: growing.first, sort: list.sort, testMode, search: list.q || null },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const refunds = data?.refunds;
  return (
    <section aria-labelledby="refund-queue-heading" className="page">
      <header className="page-header">
        <h1 id="refund-queue-heading">{t('refunds.queueTitle')}</h1>
        <p className="muted">{t('refunds.queueIntro')}</p>
        <TestModeSwitch />
      </header>
      <TestModeBanner />
      <FilterBar<RefundSort, RefundStatus>
        id="refund-queue"
        label={t('list.filters')}
        search={{
          value: list.q,
          onChange: (q) => setList({ q }),
          placeholder: t('refunds.searchPlaceholder'),
        }}
        status={{
          value: status,
          options: REFUND_STATUSES.map((option) => ({
            value: option,
            label: t(`refundStatus.${option}`),
          })),
          onChange: (next) => setList({ status: next }),
          label: t('refund.status'),
          allLabel: t('refunds.allStatuses'),
        }}
        sort={{
          value: list.sort,
          options: QUEUE_SORTS.map((sort) => ({ value: sort, label: t(`list.sort.${sort}`) })),
          onChange: (sort) => setList({ sort }),
        }}
      />
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {refunds && refunds.edges.length === 0 && (
        <EmptyState
          title={
            list.q
              ? t('list.noMatches')
              : status === 'REQUESTED'
                ? t('refunds.queueEmpty')
                : t('refunds.empty')
          }
        />
      )}
      {refunds && refunds.edges.length > 0 && (
        <>
          <p className="muted">
            {t(
              list.sort === 'NEWEST_FIRST'
                ? 'refunds.queueCaption'
                : list.sort === 'OLDEST_FIRST'
                  ? 'refunds.queueCaptionOldest'
                  : 'list.caption.refunds',
              {
                shown: refunds.edges.length,
                total: refunds.totalCount,
              },
            )}
          </p>
          <ol className="card-list">
            {refunds.edges.map(({ node: refund }) => (
              <li key={refund.id} className="card queue-item" data-testid="queue-item">
                <header className="card-header">
                  <h2>
                    <Link to={refundPath(refund.id)}>
                      {refund.account.name} · {t(`refundReason.${refund.reason}`)}
                    </Link>
                  </h2>
                  <RefundStatusBadge status={refund.status} />
                </header>
                <p className="muted">
                  {t('refund.requestedOn')} <DateText date={refund.requestedOn} />
                  {refund.reviewDueOn && (
                    <>
                      {' · '}
                      {t('refund.reviewDueOn')} <DateText date={refund.reviewDueOn} />
                    </>
                  )}
                  {' · '}
                  <Link to={orderPath(refund.order.id)}>
                    {t(`orderKind.${refund.order.kind}`)} <Money value={refund.order.total} />
                  </Link>
                  {' · '}
                  <Link to={accountPath(refund.account.id)}>{t('refunds.openAccount')}</Link>
                </p>
                <RefundDecisionView decision={refund.decision} />
                <RefundClaim note={refund.note} evidence={refund.evidence} />
                {refund.decisionNote && (
                  <p>
                    <strong>{t('refund.decisionNote')}:</strong> {refund.decisionNote}
                  </p>
                )}
                <RefundReviewForm
                  refund={{
                    id: refund.id,
                    status: refund.status,
                    method: refund.method,
                    payout: refund.payout,
                    endsSubscription: refund.decision.endsSubscription,
                  }}
                />
              </li>
            ))}
          </ol>
          <GrowingLoadMore hasNextPage={refunds.pageInfo.hasNextPage} growing={growing} />
        </>
      )}
    </section>
  );
}

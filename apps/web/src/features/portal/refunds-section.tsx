import { useQuery } from '@apollo/client/react';
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
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import type { RefundSort, RefundStatus } from '../../gql/graphql.js';
import { REFUND_STATUSES } from '../refunds/refund-labels.js';
import { REFUND_SORTS, RefundsTable } from '../refunds/refunds-table.js';

export const PortalRefundsQuery = graphql(`
  query PortalRefunds(
    $id: ID!
    $first: Int!
    $sort: RefundSort
    $status: RefundStatus
    $search: String
  ) {
    account(id: $id) {
      id
      refunds(first: $first, sort: $sort, status: $status, search: $search) {
        totalCount
        edges {
          node {
            ...RefundRow
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export function RefundsSection({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const [list, setList] = useListParams<RefundSort, RefundStatus>({
    prefix: 'refunds',
    sorts: REFUND_SORTS,
    defaultSort: 'NEWEST_FIRST',
    statuses: REFUND_STATUSES,
  });
  // The list is live (read again every few seconds): a refund approved, rejected or paid out
  // elsewhere shows within seconds, and "Load more" asks for a longer first page so a re-read
  // keeps it. The search being typed lives in the filter bar and stays.
  const growing = useGrowingFirst(`${accountId}|${list.sort}|${list.status ?? ''}|${list.q}`);
  const { data, previousData, loading, error, refetch } = useQuery(PortalRefundsQuery, {
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
  // While another filter or a longer page loads, the rows shown stay.
  const shown = data ?? previousData;
  const refunds = shown?.account?.refunds;
  return (
    <>
      <h2>{t('portal.section.refunds')}</h2>
      <p className="muted">{t('refunds.howTo')}</p>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      <FilterBar<RefundSort, RefundStatus>
        id="refunds"
        label={t('list.filters')}
        search={{
          value: list.q,
          onChange: (q) => setList({ q }),
          placeholder: t('refunds.portalSearchPlaceholder'),
        }}
        status={{
          value: list.status,
          options: REFUND_STATUSES.map((status) => ({
            value: status,
            label: t(`refundStatus.${status}`),
          })),
          onChange: (status) => setList({ status }),
        }}
        sort={{
          value: list.sort,
          options: REFUND_SORTS.map((sort) => ({ value: sort, label: t(`list.sort.${sort}`) })),
          onChange: (sort) => setList({ sort }),
          narrowOnly: true,
        }}
      />
      {loading && !shown && <Loading />}
      {refunds &&
        (refunds.edges.length === 0 ? (
          <EmptyState title={list.status || list.q ? t('list.noMatches') : t('refunds.empty')} />
        ) : (
          <>
            <RefundsTable
              refunds={refunds.edges.map((edge) => edge.node)}
              sort={list.sort}
              onSort={(sort) => setList({ sort })}
              caption={t(
                list.sort === 'NEWEST_FIRST' ? 'refunds.caption' : 'list.caption.refunds',
                {
                  shown: refunds.edges.length,
                  total: refunds.totalCount,
                },
              )}
            />
            <GrowingLoadMore hasNextPage={refunds.pageInfo.hasNextPage} growing={growing} />
          </>
        ))}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FilterBar, useListParams } from '../../components/list-controls.js';
import { LoadMore, Loading } from '../../components/load-more.js';
import { appendPage } from '../../core/connections.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import type { RefundSort, RefundStatus } from '../../gql/graphql.js';
import { REFUND_STATUSES } from '../refunds/refund-labels.js';
import { REFUND_SORTS, RefundsTable } from '../refunds/refunds-table.js';

export const PortalRefundsQuery = graphql(`
  query PortalRefunds(
    $id: ID!
    $after: String
    $sort: RefundSort
    $status: RefundStatus
    $search: String
  ) {
    account(id: $id) {
      id
      refunds(first: 20, after: $after, sort: $sort, status: $status, search: $search) {
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
  const { data, loading, error, refetch, fetchMore } = useQuery(PortalRefundsQuery, {
    variables: { id: accountId, sort: list.sort, status: list.status, search: list.q || null },
    fetchPolicy: 'cache-and-network',
  });
  const refunds = data?.account?.refunds;
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
      {loading && !data && <Loading />}
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
            <LoadMore
              hasMore={refunds.pageInfo.hasNextPage}
              onLoad={() =>
                fetchMore({
                  variables: { after: refunds.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    account: fetchMoreResult.account && {
                      ...fetchMoreResult.account,
                      refunds: appendPage(
                        previous.account?.refunds,
                        fetchMoreResult.account.refunds,
                      ),
                    },
                  }),
                })
              }
            />
          </>
        ))}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { LoadMore, Loading } from '../../components/load-more.js';
import { appendPage } from '../../core/connections.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { RefundsTable } from '../refunds/refunds-table.js';

export const PortalRefundsQuery = graphql(`
  query PortalRefunds($id: ID!, $after: String) {
    account(id: $id) {
      id
      refunds(first: 20, after: $after, orderBy: NEWEST_FIRST) {
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
  const { data, loading, error, refetch, fetchMore } = useQuery(PortalRefundsQuery, {
    variables: { id: accountId },
    fetchPolicy: 'cache-and-network',
  });
  const refunds = data?.account?.refunds;
  return (
    <>
      <h2>{t('portal.section.refunds')}</h2>
      <p className="muted">{t('refunds.howTo')}</p>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {refunds &&
        (refunds.edges.length === 0 ? (
          <EmptyState title={t('refunds.empty')} />
        ) : (
          <>
            <RefundsTable
              refunds={refunds.edges.map((edge) => edge.node)}
              caption={t('refunds.caption', {
                shown: refunds.edges.length,
                total: refunds.totalCount,
              })}
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

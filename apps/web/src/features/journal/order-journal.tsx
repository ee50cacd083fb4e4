import { useQuery } from '@apollo/client/react';
import { ErrorBanner } from '../../components/error-banner.js';
import { Loading } from '../../components/load-more.js';
import { live } from '../../core/live.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { JournalTable } from './journal-table.js';

// Asked separately from the order page's query: journal lines are for operators only, and a
// customer's page must not ask for a field it would be refused.
export const OrderJournalQuery = graphql(`
  query OrderJournal($id: ID!) {
    order(id: $id) {
      id
      journalEntries {
        ...JournalLine
      }
    }
  }
`);

export function OrderJournal({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(OrderJournalQuery, {
    variables: { id: orderId },
    fetchPolicy: 'cache-and-network',
    // Live like the order page it is on: a payment or refund posts its lines within seconds.
    ...live,
  });
  return (
    <>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data?.order && (
        <JournalTable
          entries={data.order.journalEntries ?? []}
          caption={t('journal.orderCaption')}
        />
      )}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { accountPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Loading } from '../../components/load-more.js';
import { appendPage } from '../../core/connections.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { VerificationReview } from './verification-review.js';

/** Accounts whose materials wait for review, oldest first, read 100 at a time. */
export const VerificationQueueQuery = graphql(`
  query VerificationQueue($after: String) {
    accounts(
      first: 100
      after: $after
      filter: { verificationStatus: PENDING }
      orderBy: OLDEST_FIRST
    ) {
      edges {
        node {
          id
          name
          verifiedName
          verificationStatus
          verificationDocuments
          verificationNote
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Accounts whose qualification materials wait for review (R-OPEN-2), oldest first. */
export function VerificationQueuePage() {
  const { t } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(VerificationQueueQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.accounts;
  const nextCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  useEffect(() => {
    if (!nextCursor) return;
    void fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        accounts: appendPage(previous.accounts, fetchMoreResult.accounts),
      }),
    });
  }, [nextCursor, fetchMore]);
  const complete = Boolean(connection && !nextCursor);
  const pending = connection?.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="verification-heading" className="page">
      <header className="page-header">
        <h1 id="verification-heading">{t('verificationQueue.title')}</h1>
        <p className="muted">{t('verificationQueue.intro')}</p>
      </header>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {(loading || !complete) && !error && <Loading />}
      {complete && pending?.length === 0 && <EmptyState title={t('verificationQueue.empty')} />}
      {pending && pending.length > 0 && (
        <ol className="card-list">
          {pending.map((account) => (
            <li key={account.id} className="card" data-testid="verification-item">
              <header className="card-header">
                <h2>
                  <Link to={accountPath(account.id)}>{account.name}</Link>
                </h2>
                <span className="muted">
                  {t('account.createdAt')} <DateTimeText instant={account.createdAt} dateOnly />
                </span>
              </header>
              <p>
                {t('account.verifiedName')}: <strong>{account.verifiedName}</strong>
              </p>
              <h3>{t('verification.documents')}</h3>
              <ul className="plain-list mono small">
                {account.verificationDocuments.map((doc, index) => (
                  <li key={index}>{doc}</li>
                ))}
              </ul>
              <VerificationReview account={account} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

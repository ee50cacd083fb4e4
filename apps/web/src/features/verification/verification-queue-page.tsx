import { useQuery } from '@apollo/client/react';
import { accountPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { GrowingLoadMore, useGrowingFirst } from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { TestModeBanner, TestModeSwitch } from '../../components/test-mode.js';
import { live } from '../../core/live.js';
import { useTestMode } from '../../core/test-mode.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { VerificationReview } from './verification-review.js';

/**
 * Accounts whose materials wait for review, newest first as every list: live or test-clock
 * accounts, never both. The first `first` of them, a longer page each "Load more".
 */
export const VerificationQueueQuery = graphql(`
  query VerificationQueue($first: Int!, $testMode: Boolean!) {
    accounts(
      first: $first
      filter: { verificationStatus: PENDING, testMode: $testMode }
      orderBy: NEWEST_FIRST
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

/**
 * Accounts whose qualification materials wait for review (R-OPEN-2), newest first. The queue is
 * live: materials submitted or decided elsewhere show within seconds, and what a reviewer is
 * typing stays. Test mode shows the accounts at test clocks instead of the live ones.
 */
export function VerificationQueuePage() {
  const { t } = useI18n();
  const [testMode] = useTestMode();
  const growing = useGrowingFirst(String(testMode));
  const { data, loading, error, refetch } = useQuery(VerificationQueueQuery, {
    variables: { first: growing.first, testMode },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const connection = data?.accounts;
  const pending = connection?.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="verification-heading" className="page">
      <header className="page-header">
        <h1 id="verification-heading">{t('verificationQueue.title')}</h1>
        <p className="muted">{t('verificationQueue.intro')}</p>
        <TestModeSwitch />
      </header>
      <TestModeBanner />
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !connection && !error && <Loading />}
      {connection && pending?.length === 0 && <EmptyState title={t('verificationQueue.empty')} />}
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
      {connection && (
        <GrowingLoadMore hasNextPage={connection.pageInfo.hasNextPage} growing={growing} />
      )}
    </section>
  );
}

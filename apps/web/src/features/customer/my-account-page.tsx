import { useQuery } from '@apollo/client/react';
import { can } from '../../app/permissions.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { AccountSummary } from '../accounts/account-summary.js';

export const MyAccountPageQuery = graphql(`
  query MyAccountPage {
    viewer {
      role
      account {
        ...AccountSummary
      }
    }
  }
`);

/** A customer's landing page: their own account, nothing else. */
export function MyAccountPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MyAccountPageQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const viewer = data?.viewer;
  return (
    <section aria-labelledby="my-account-heading" className="page">
      <header className="page-header">
        <h1 id="my-account-heading">{t('myAccount.title')}</h1>
        {viewer && (
          <p className="muted" data-testid="access-level">
            {can(viewer.role, 'account.act')
              ? t('myAccount.accessAdmin')
              : t('myAccount.accessMember')}
          </p>
        )}
      </header>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && (
        <p className="loading" aria-busy="true">
          {t('account.loading')}
        </p>
      )}
      {viewer?.account && <AccountSummary account={viewer.account} />}
    </section>
  );
}

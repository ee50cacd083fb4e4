import { useQuery } from '@apollo/client/react';
import { paths } from '../../app/paths.js';
import { can } from '../../app/permissions.js';
import { Link } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { AccountSummary } from './account-summary.js';
import { CreateApiTokenForm } from './create-api-token-form.js';

export const AccountDetailPageQuery = graphql(`
  query AccountDetailPage($id: ID!) {
    account(id: $id) {
      ...AccountSummary
    }
  }
`);

export function AccountDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { role } = useSession();
  const { data, loading, error, refetch } = useQuery(AccountDetailPageQuery, { variables: { id } });
  const account = data?.account;
  return (
    <section aria-labelledby="account-heading" className="page">
      <p className="breadcrumb">
        <Link to={paths.accounts}>← {t('accounts.title')}</Link>
      </p>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && (
        <p className="loading" aria-busy="true">
          {t('account.loading')}
        </p>
      )}
      {data && !account && (
        <>
          <h1 id="account-heading">{t('account.notFound')}</h1>
          <EmptyState title={t('account.notFoundBody')} />
        </>
      )}
      {account && (
        <>
          <header className="page-header">
            <h1 id="account-heading">{account.name}</h1>
          </header>
          <AccountSummary account={account} />
          {can(role, 'apiTokens.create') && <CreateApiTokenForm accountId={account.id} />}
        </>
      )}
    </section>
  );
}

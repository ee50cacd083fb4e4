import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiTokensPath, paths } from '../../app/paths.js';
import { Link, useLocation } from '../../app/router.js';
import { can } from '../../app/permissions.js';
import { useSession } from '../../app/session.js';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { IssuedSecret } from '../../components/issued-secret.js';
import { GrowingLoadMore, useGrowingFirst } from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useSingleFlight } from '../../components/use-single-flight.js';
import { live } from '../../core/live.js';
import { userErrorsByField } from '../../core/errors.js';
import { graphql } from '../../gql/index.js';
import type { ApiTokenRowFragment, Role } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { ApiTokensTable, tokenAnchor } from './api-tokens-table.js';

export const ApiTokensPageQuery = graphql(`
  query ApiTokensPage($first: Int!, $accountId: ID) {
    apiTokens(first: $first, orderBy: NEWEST_FIRST, accountId: $accountId) {
      totalCount
      edges {
        node {
          ...ApiTokenRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        ...ApiTokenRow
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const CreateNamedApiTokenMutation = graphql(`
  mutation CreateNamedApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      role
      apiToken {
        ...ApiTokenRow
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/**
 * API tokens: operators see and revoke every token and create new ones (the secret is shown
 * once); a customer's administrator sees and revokes their account's tokens.
 */
export function ApiTokensPage() {
  const { t } = useI18n();
  const { role } = useSession();
  const showResult = useResultNotice();
  const [revokeError, setRevokeError] = useState<unknown>(null);
  // `?account=<id>`: one account's tokens (the account page links here to revoke them).
  const accountId = useLocation().search.get('account') || null;
  // The list is live (read again every few seconds): a token made, used or revoked elsewhere
  // shows within seconds, and "Load more" asks for a longer first page so a re-read keeps it.
  const growing = useGrowingFirst(accountId ?? '');
  const { data, previousData, loading, error, refetch } = useQuery(ApiTokensPageQuery, {
    variables: { first: growing.first, accountId },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const [revokeApiToken] = useMutation(RevokeApiTokenMutation);
  // While a longer page loads, the tokens shown stay.
  const list = (data ?? previousData)?.apiTokens;

  async function revoke(token: ApiTokenRowFragment) {
    setRevokeError(null);
    try {
      const result = await revokeApiToken({ variables: { input: { id: token.id } } });
      const payload = result.data?.revokeApiToken;
      if (payload?.userErrors.length)
        setRevokeError(payload.userErrors.map((e) => e.message).join('; '));
      else if (payload?.apiToken)
        showResult({
          message: t('tokens.revoked', { name: token.name }),
          link: {
            to: `${apiTokensPath(accountId)}#${tokenAnchor(token.id)}`,
            label: t('tokens.seeToken'),
          },
        });
    } catch (caught) {
      setRevokeError(caught);
    }
  }

  return (
    <section aria-labelledby="api-tokens-heading" className="page">
      <header className="page-header">
        <h1 id="api-tokens-heading">{t('tokens.title')}</h1>
      </header>
      <p className="muted">
        {role === 'OPERATOR' ? t('tokens.intro.operator') : t('tokens.intro.customer')}
      </p>
      {accountId && role === 'OPERATOR' && (
        <p data-testid="tokens-account-filter">
          {t('tokens.ofOneAccount')} <Link to={paths.apiTokens}>{t('tokens.showAll')}</Link>
        </p>
      )}
      {can(role, 'apiTokens.create') && <CreateTokenForm onCreated={() => void refetch()} />}
      <div data-testid="api-token-list" aria-busy={loading}>
        {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
        {revokeError !== null && <ErrorBanner error={revokeError} />}
        {loading && !list && <Loading />}
        {list && (
          <>
            <ApiTokensTable
              tokens={list.edges.map((edge) => edge.node)}
              caption={t('tokens.caption', { shown: list.edges.length, total: list.totalCount })}
              onRevoke={revoke}
            />
            <GrowingLoadMore hasNextPage={list.pageInfo.hasNextPage} growing={growing} />
          </>
        )}
      </div>
    </section>
  );
}

const ROLES = ['CUSTOMER_ADMIN', 'CUSTOMER_MEMBER', 'OPERATOR'] as const satisfies readonly Role[];

/** A new token with a name, a role (and account) and an optional expiry; its secret shown once. */
function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('CUSTOMER_ADMIN');
  const [accountId, setAccountId] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [issued, setIssued] = useState<{ token: string; name: string } | null>(null);
  const [createApiToken] = useMutation(CreateNamedApiTokenMutation);

  const [submit, submitting] = useSingleFlight(async () => {
    setErrors({});
    setFormError(null);
    setIssued(null);
    const expiry = expiresAt ? new Date(expiresAt) : null;
    if (expiry && Number.isNaN(expiry.getTime())) {
      setErrors({ expiresAt: t('tokens.create.expiresAtInvalid') });
      return;
    }
    try {
      const result = await createApiToken({
        variables: {
          input: {
            name: name.trim() || null,
            role,
            accountId: role === 'OPERATOR' ? null : accountId.trim() || null,
            expiresAt: expiry ? expiry.toISOString() : null,
          },
        },
      });
      const payload = result.data?.createApiToken;
      if (!payload) return;
      const { byField, other } = userErrorsByField(payload.userErrors, [
        'name',
        'role',
        'accountId',
        'expiresAt',
      ]);
      setErrors(byField);
      if (other.length) setFormError(other.join('; '));
      if (payload.token && payload.apiToken) {
        setIssued({ token: payload.token, name: payload.apiToken.name });
        setName('');
        setExpiresAt('');
        onCreated();
      }
    } catch (caught) {
      setFormError(caught);
    }
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit();
  }

  return (
    <form onSubmit={onSubmit} className="card" aria-labelledby="create-token-heading">
      <h2 id="create-token-heading">{t('tokens.create.title')}</h2>
      <div className="form-row">
        <FormField
          label={t('tokens.create.name')}
          hint={t('tokens.create.nameHint')}
          error={errors.name}
          className="grow"
        >
          {(control) => (
            <input
              {...control}
              value={name}
              maxLength={100}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('apiToken.role')} error={errors.role}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-row">
        {role !== 'OPERATOR' && (
          <FormField
            label={t('tokens.create.accountId')}
            hint={t('tokens.create.accountIdHint')}
            error={errors.accountId}
            className="grow"
          >
            {(control) => (
              <input
                {...control}
                className="mono"
                value={accountId}
                onChange={(event) => setAccountId(event.target.value)}
              />
            )}
          </FormField>
        )}
        <FormField
          label={t('tokens.create.expiresAt')}
          hint={t('tokens.create.expiresAtHint')}
          error={errors.expiresAt}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={expiresAt}
              onChange={(event) => setExpiresAt(event.target.value)}
            />
          )}
        </FormField>
        <AsyncButton type="submit" pending={submitting} pendingLabel={t('apiToken.submitting')}>
          {t('apiToken.submit')}
        </AsyncButton>
      </div>
      {formError !== null && <ErrorBanner error={formError} />}
      {issued && (
        <IssuedSecret
          key={issued.token}
          secret={issued.token}
          notice={t('tokens.create.once', { name: issued.name })}
        />
      )}
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { paths, webhookPath } from '../../app/paths.js';
import { Link, useLocation } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { IssuedSecret } from '../../components/issued-secret.js';
import {
  FilterBar,
  GrowingLoadMore,
  useGrowingFirst,
  useListParams,
} from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { useSubmission } from '../../components/use-submission.js';
import { live } from '../../core/live.js';
import { graphql } from '../../gql/index.js';
import type { ListOrder } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { EventTypesField } from './event-types-field.js';
import { WebhookEndpointsTable } from './webhook-endpoints-table.js';

const SORTS = ['NEWEST_FIRST', 'OLDEST_FIRST'] as const satisfies readonly ListOrder[];

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($accountId: ID, $first: Int!, $orderBy: ListOrder = NEWEST_FIRST) {
    webhookEndpoints(accountId: $accountId, first: $first, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          ...WebhookEndpointRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      signingSecret
      endpoint {
        ...WebhookEndpointRow
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
 * Webhook endpoints: operators see every endpoint (or one account's, `?account=`) and create one
 * for any account or for every account; a customer's administrator sees and creates their own
 * account's. The signing secret is shown once, when the endpoint is created.
 */
export function WebhooksPage() {
  const { t } = useI18n();
  const { role } = useSession();
  const { search } = useLocation();
  const operator = role === 'OPERATOR';
  const accountId = operator ? search.get('account')?.trim() || null : null;
  const [params, setParams] = useListParams<ListOrder, never>({
    sorts: SORTS,
    defaultSort: 'NEWEST_FIRST',
  });
  // The list is live (read again every few seconds): an endpoint made, changed or disabled
  // elsewhere shows within seconds, and "Load more" asks for a longer first page so a re-read
  // keeps it.
  const growing = useGrowingFirst(`${accountId ?? ''}|${params.sort}`);
  const { data, previousData, loading, error, refetch } = useQuery(WebhookEndpointsQuery, {
    variables: { accountId, first: growing.first, orderBy: params.sort },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While another order or a longer page loads, the endpoints shown stay.
  const list = (data ?? previousData)?.webhookEndpoints;
  const sortOptions = [
    { value: 'NEWEST_FIRST' as const, label: t('webhooks.sort.newest') },
    { value: 'OLDEST_FIRST' as const, label: t('webhooks.sort.oldest') },
  ];
  return (
    <section aria-labelledby="webhooks-heading" className="page">
      <header className="page-header">
        <h1 id="webhooks-heading">{t('webhooks.title')}</h1>
      </header>
      <p className="muted">
        {operator ? t('webhooks.intro.operator') : t('webhooks.intro.customer')}
      </p>
      {accountId && (
        <p className="filter-note" data-testid="webhooks-account-filter">
          {t('webhooks.oneAccount')} <Link to={paths.webhooks}>{t('webhooks.showEvery')}</Link>
        </p>
      )}
      <CreateEndpointForm
        key={accountId ?? ''}
        operator={operator}
        accountId={accountId}
        onCreated={() => void refetch()}
      />
      <h2>{t('webhooks.listTitle')}</h2>
      <FilterBar
        id="webhooks"
        label={t('webhooks.filters')}
        sort={{
          value: params.sort,
          options: sortOptions,
          onChange: (sort) => setParams({ sort }),
          narrowOnly: true,
        }}
      />
      <div data-testid="webhook-endpoint-list" aria-busy={loading}>
        {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
        {loading && !list && <Loading />}
        {list && (
          <>
            <WebhookEndpointsTable
              endpoints={list.edges.map((edge) => edge.node)}
              caption={t(
                params.sort === 'OLDEST_FIRST' ? 'webhooks.captionOldest' : 'webhooks.caption',
                { shown: list.edges.length, total: list.totalCount },
              )}
              showAccount={operator}
              sort={params.sort}
              onSort={(sort) => setParams({ sort })}
            />
            <GrowingLoadMore hasNextPage={list.pageInfo.hasNextPage} growing={growing} />
          </>
        )}
      </div>
    </section>
  );
}

const FIELDS = ['accountId', 'url', 'eventTypes', 'description'] as const;

/**
 * A new endpoint: its URL, the event types (none: every type) and what it is for; an operator
 * also chooses whose events it receives (one account, by id, or every account). The signing
 * secret the API answers with is shown once, with a copy button.
 */
function CreateEndpointForm({
  operator,
  accountId: givenAccount,
  onCreated,
}: {
  operator: boolean;
  /** The account the page is filtered to (operators): the form starts with it. */
  accountId: string | null;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const [scope, setScope] = useState<'account' | 'every'>(givenAccount ? 'account' : 'every');
  const [accountId, setAccountId] = useState(givenAccount ?? '');
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [issued, setIssued] = useState<{ secret: string; id: string; url: string } | null>(null);
  const [accountMissing, setAccountMissing] = useState(false);
  const [createEndpoint] = useMutation(CreateWebhookEndpointMutation);
  const submission = useSubmission(
    FIELDS,
    async () => {
      setIssued(null);
      setAccountMissing(false);
      const chosenAccount = operator && scope === 'account' ? accountId.trim() : null;
      if (operator && scope === 'account' && !chosenAccount) {
        setAccountMissing(true);
        return null;
      }
      const result = await createEndpoint({
        variables: {
          input: {
            accountId: chosenAccount,
            url: url.trim(),
            eventTypes,
            description: description.trim() || null,
          },
        },
      });
      return result.data?.createWebhookEndpoint;
    },
    (payload) => {
      if (payload.endpoint && payload.signingSecret) {
        setIssued({
          secret: payload.signingSecret,
          id: payload.endpoint.id,
          url: payload.endpoint.url,
        });
        setUrl('');
        setDescription('');
        setEventTypes([]);
        onCreated();
      }
    },
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }

  const errors = submission.fieldErrors;
  return (
    <form
      onSubmit={onSubmit}
      className="card"
      aria-labelledby="create-webhook-heading"
      data-testid="create-webhook"
    >
      <h2 id="create-webhook-heading">{t('webhooks.create.title')}</h2>
      {operator && (
        <fieldset className="choice-group">
          <legend>{t('webhooks.create.scope')}</legend>
          <div className="choice-row">
            <label>
              <input
                type="radio"
                name="webhook-scope"
                checked={scope === 'account'}
                onChange={() => setScope('account')}
              />
              <span>{t('webhooks.create.scopeAccount')}</span>
            </label>
            <label>
              <input
                type="radio"
                name="webhook-scope"
                checked={scope === 'every'}
                onChange={() => setScope('every')}
              />
              <span>{t('webhooks.create.scopeEvery')}</span>
            </label>
          </div>
          {scope === 'account' && (
            <FormField
              label={t('webhooks.create.accountId')}
              hint={t('webhooks.create.accountIdHint')}
              error={
                errors.accountId ?? (accountMissing ? t('webhooks.create.accountIdMissing') : null)
              }
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
        </fieldset>
      )}
      <div className="form-row">
        <FormField
          label={t('webhooks.url')}
          hint={t('webhooks.urlHint')}
          error={errors.url}
          className="grow"
        >
          {(control) => (
            <input
              {...control}
              className="mono"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              maxLength={2048}
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('webhooks.description')}
          hint={t('webhooks.descriptionHint')}
          error={errors.description}
          className="grow"
        >
          {(control) => (
            <input
              {...control}
              maxLength={200}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <EventTypesField value={eventTypes} onChange={setEventTypes} error={errors.eventTypes} />
      <div className="button-row">
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('webhooks.create.submitting')}
        >
          {t('webhooks.create.submit')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {issued && (
        <IssuedSecret
          key={issued.secret}
          secret={issued.secret}
          label={t('webhooks.secret')}
          notice={t('webhooks.create.once', { url: issued.url })}
          copyManually={t('webhooks.secretCopyManually')}
        >
          <p>
            <Link to={webhookPath(issued.id)}>{t('webhooks.openEndpoint')}</Link>
          </p>
        </IssuedSecret>
      )}
    </form>
  );
}

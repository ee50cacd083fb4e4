import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { accountPath, auditPath, paths } from '../../app/paths.js';
import { can } from '../../app/permissions.js';
import { Link, navigate } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { AsyncButton } from '../../components/async-button.js';
import { ConfirmButton } from '../../components/confirm-dialog.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
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
import { useResultNotice } from '../../components/result-notice.js';
import { useSubmission } from '../../components/use-submission.js';
import { live } from '../../core/live.js';
import { graphql } from '../../gql/index.js';
import type {
  ListOrder,
  WebhookDeliveryRowFragment,
  WebhookDeliveryStatus,
  WebhookEndpointDetailFragment,
} from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { EventTypesField } from './event-types-field.js';
import { WebhookDeliveriesTable, deliveryAnchor } from './webhook-deliveries-table.js';
import {
  DELIVERY_STATUSES,
  DeliveryStatusBadge,
  EndpointStatusBadge,
  deliveryErrorText,
  disabledReasonText,
  eventTypeLabel,
  eventTypesText,
} from './webhook-labels.js';

export const WebhookEndpointDetailFragmentDoc = graphql(`
  fragment WebhookEndpointDetail on WebhookEndpoint {
    ...WebhookEndpointRow
    secretHint
    previousSecretExpiresAt
    updatedAt
  }
`);

export const WebhookEndpointPageQuery = graphql(`
  query WebhookEndpointPage($id: ID!, $first: Int!, $status: WebhookDeliveryStatus) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointDetail
      deliveries(first: $first, status: $status, orderBy: NEWEST_FIRST) {
        totalCount
        edges {
          node {
            ...WebhookDeliveryRow
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

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        ...WebhookEndpointDetail
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const EnableWebhookEndpointMutation = graphql(`
  mutation EnableWebhookEndpoint($input: WebhookEndpointIdInput!) {
    enableWebhookEndpoint(input: $input) {
      endpoint {
        ...WebhookEndpointDetail
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const DisableWebhookEndpointMutation = graphql(`
  mutation DisableWebhookEndpoint($input: WebhookEndpointIdInput!) {
    disableWebhookEndpoint(input: $input) {
      endpoint {
        ...WebhookEndpointDetail
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedEndpointId
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RotateWebhookEndpointSecretMutation = graphql(`
  mutation RotateWebhookEndpointSecret($input: RotateWebhookEndpointSecretInput!) {
    rotateWebhookEndpointSecret(input: $input) {
      signingSecret
      endpoint {
        ...WebhookEndpointDetail
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const SendTestWebhookEventMutation = graphql(`
  mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {
    sendTestWebhookEvent(input: $input) {
      delivery {
        ...WebhookDeliveryRow
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ResendWebhookEventMutation = graphql(`
  mutation ResendWebhookEvent($input: ResendWebhookEventInput!) {
    resendWebhookEvent(input: $input) {
      delivery {
        ...WebhookDeliveryRow
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** Joins a payload's userErrors into one message for an ErrorBanner (null when there are none). */
function refusal(payload: { userErrors: readonly { message: string }[] } | null | undefined) {
  return payload?.userErrors.length ? payload.userErrors.map((e) => e.message).join('; ') : null;
}

/**
 * One webhook endpoint: its settings (edit, enable or disable, delete), its signing secret (its
 * hint; a rotation shows the new one once), a test event with its outcome, and what was sent to
 * it, newest first, filtered by status, each delivery resendable once it is no longer waiting.
 * The page reads itself again every few seconds, so deliveries show how they went.
 */
export function WebhookEndpointPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { role } = useSession();
  const [params, setParams] = useListParams<ListOrder, WebhookDeliveryStatus>({
    prefix: 'deliveries',
    sorts: ['NEWEST_FIRST'],
    defaultSort: 'NEWEST_FIRST',
    statuses: DELIVERY_STATUSES,
  });
  const growing = useGrowingFirst(params.status ?? 'all');
  const { data, loading, error, refetch } = useQuery(WebhookEndpointPageQuery, {
    variables: { id, first: growing.first, status: params.status },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const endpoint = data?.webhookEndpoint;
  const deliveries = endpoint?.deliveries;
  return (
    <section aria-labelledby="webhook-heading" className="page">
      <p className="breadcrumb">
        <Link to={paths.webhooks}>← {t('webhooks.title')}</Link>
      </p>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && !endpoint && (
        <>
          <h1 id="webhook-heading">{t('webhooks.notFound')}</h1>
          <EmptyState title={t('webhooks.notFoundBody')} />
        </>
      )}
      {endpoint && (
        <>
          <header className="page-header">
            <h1 id="webhook-heading">{t('webhooks.endpointTitle')}</h1>
            <span data-testid="webhook-status">
              <EndpointStatusBadge status={endpoint.status} />
            </span>
          </header>
          <EndpointSummary endpoint={endpoint} />
          <EndpointActions endpoint={endpoint} onChanged={() => void refetch()} />
          <EditEndpointForm key={endpoint.id} endpoint={endpoint} />
          <RotateSecretForm endpoint={endpoint} />
          <section aria-labelledby="deliveries-heading" className="card">
            <h2 id="deliveries-heading">{t('webhooks.deliveries.title')}</h2>
            <FilterBar<ListOrder, WebhookDeliveryStatus>
              id="deliveries"
              label={t('webhooks.deliveries.filters')}
              status={{
                value: params.status,
                options: DELIVERY_STATUSES.map((status) => ({
                  value: status,
                  label: t(`webhookDeliveryStatus.${status}`),
                })),
                onChange: (status) => setParams({ status }),
              }}
            />
            <Deliveries
              endpointId={endpoint.id}
              filtered={params.status !== null}
              enabled={endpoint.status === 'ENABLED'}
              deliveries={deliveries?.edges.map((edge) => edge.node) ?? []}
              caption={t('webhooks.deliveries.caption', {
                shown: deliveries?.edges.length ?? 0,
                total: deliveries?.totalCount ?? 0,
              })}
              onResent={() => void refetch()}
            />
            {deliveries && (
              <GrowingLoadMore hasNextPage={deliveries.pageInfo.hasNextPage} growing={growing} />
            )}
          </section>
          {can(role, 'audit.read') && (
            <p>
              <Link to={auditPath({ objectId: endpoint.id })}>{t('webhooks.audit')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function EndpointSummary({ endpoint }: { endpoint: WebhookEndpointDetailFragment }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { role } = useSession();
  return (
    <dl className="summary-grid card" data-testid="webhook-summary">
      <div className="wide">
        <dt>{t('webhooks.url')}</dt>
        <dd className="mono break" data-testid="webhook-url">
          {endpoint.url}
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.account')}</dt>
        <dd data-testid="webhook-account">
          {!endpoint.account ? (
            <strong>{t('webhooks.everyAccount')}</strong>
          ) : role === 'OPERATOR' ? (
            <Link to={accountPath(endpoint.account.id)}>{endpoint.account.name}</Link>
          ) : (
            endpoint.account.name
          )}
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.eventTypes')}</dt>
        <dd className="break" data-testid="webhook-types">
          {eventTypesText(i18n, endpoint.eventTypes)}
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.description')}</dt>
        <dd data-testid="webhook-description">
          {endpoint.description || <span className="muted">{t('common.none')}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.secret')}</dt>
        <dd>
          <span className="mono" data-testid="webhook-secret-hint">
            {endpoint.secretHint}
          </span>
          {endpoint.previousSecretExpiresAt && (
            <span className="subtle" data-testid="webhook-previous-secret">
              {t('webhooks.previousSecretUntil')}{' '}
              <DateTimeText instant={endpoint.previousSecretExpiresAt} clock="real" />
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.status')}</dt>
        <dd data-testid="webhook-status-detail">
          <EndpointStatusBadge status={endpoint.status} />
          {endpoint.disabledReason && (
            <span className="subtle">{disabledReasonText(t, endpoint.disabledReason)}</span>
          )}
          {endpoint.disabledAt && (
            <span className="subtle">
              <DateTimeText instant={endpoint.disabledAt} clock="real" />
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.failingSince')}</dt>
        <dd>
          {endpoint.failingSince ? (
            <span className="warning-text">
              <DateTimeText instant={endpoint.failingSince} clock="real" />
            </span>
          ) : (
            <span className="muted">{t('webhooks.notFailing')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.created')}</dt>
        <dd>
          <DateTimeText instant={endpoint.createdAt} clock="real" />
        </dd>
      </div>
      <div>
        <dt>{t('webhooks.updated')}</dt>
        <dd>
          <DateTimeText instant={endpoint.updatedAt} clock="real" />
        </dd>
      </div>
    </dl>
  );
}

/** Send a test event (and see how it went), enable or disable, delete. */
function EndpointActions({
  endpoint,
  onChanged,
}: {
  endpoint: WebhookEndpointDetailFragment;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const showResult = useResultNotice();
  const [problem, setProblem] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<WebhookDeliveryRowFragment | null>(null);
  const [sendTest] = useMutation(SendTestWebhookEventMutation);
  const [enable] = useMutation(EnableWebhookEndpointMutation);
  const [disable] = useMutation(DisableWebhookEndpointMutation);
  const [remove] = useMutation(DeleteWebhookEndpointMutation);

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (caught) {
      setProblem(caught);
    }
  }

  const test = () =>
    run(async () => {
      setOutcome(null);
      const result = await sendTest({ variables: { input: { endpointId: endpoint.id } } });
      const payload = result.data?.sendTestWebhookEvent;
      setProblem(refusal(payload));
      if (payload?.delivery) {
        setOutcome(payload.delivery);
        onChanged();
      }
    });

  const setEnabled = (on: boolean) =>
    run(async () => {
      const input = { input: { id: endpoint.id } };
      const result = on
        ? (await enable({ variables: input })).data?.enableWebhookEndpoint
        : (await disable({ variables: input })).data?.disableWebhookEndpoint;
      setProblem(refusal(result));
      if (result?.endpoint) onChanged();
    });

  const deleteEndpoint = () =>
    run(async () => {
      const result = await remove({ variables: { input: { id: endpoint.id } } });
      const payload = result.data?.deleteWebhookEndpoint;
      setProblem(refusal(payload));
      if (payload?.deletedEndpointId) {
        navigate(paths.webhooks);
        showResult({
          message: t('webhooks.deleted', { url: endpoint.url }),
          link: { to: paths.webhooks, label: t('webhooks.seeList') },
        });
      }
    });

  return (
    <div className="card" data-testid="webhook-actions">
      <div className="button-row">
        <AsyncButton pendingLabel={t('webhooks.test.sending')} onClick={test}>
          {t('webhooks.test.send')}
        </AsyncButton>
        {endpoint.status === 'ENABLED' ? (
          <ConfirmButton
            className="secondary"
            danger
            label={t('webhooks.disable')}
            title={t('webhooks.disableTitle')}
            body={<p>{t('webhooks.disableBody', { url: endpoint.url })}</p>}
            confirmLabel={t('webhooks.disableConfirm')}
            onConfirm={() => setEnabled(false)}
          />
        ) : (
          <AsyncButton className="secondary" onClick={() => setEnabled(true)}>
            {t('webhooks.enable')}
          </AsyncButton>
        )}
        <ConfirmButton
          className="secondary"
          danger
          label={t('webhooks.delete')}
          title={t('webhooks.deleteTitle')}
          body={<p>{t('webhooks.deleteBody', { url: endpoint.url })}</p>}
          confirmLabel={t('webhooks.deleteConfirm')}
          onConfirm={deleteEndpoint}
        />
      </div>
      {endpoint.status === 'DISABLED' && <p className="muted">{t('webhooks.enableHint')}</p>}
      {problem !== null && <ErrorBanner error={problem} />}
      {outcome && <TestOutcome delivery={outcome} />}
    </div>
  );
}

/** How the test event went: delivered or not, the status code, the time, the answer. */
function TestOutcome({ delivery }: { delivery: WebhookDeliveryRowFragment }) {
  const { t } = useI18n();
  const ok = delivery.status === 'SUCCEEDED';
  return (
    <div className="test-outcome" role="status" data-testid="test-outcome">
      <p>
        <DeliveryStatusBadge status={delivery.status} />{' '}
        <strong>{ok ? t('webhooks.test.delivered') : t('webhooks.test.failed')}</strong>
      </p>
      <dl className="summary-grid compact">
        <div>
          <dt>{t('webhooks.deliveries.lastStatus')}</dt>
          <dd data-testid="test-outcome-code">{delivery.lastStatusCode ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('webhooks.deliveries.latency')}</dt>
          <dd data-testid="test-outcome-latency">
            {delivery.latencyMs === null
              ? t('common.none')
              : t('webhooks.ms', { ms: delivery.latencyMs })}
          </dd>
        </div>
      </dl>
      {delivery.lastError && (
        <p className="warning-text break" data-testid="test-outcome-error">
          {deliveryErrorText(t, delivery.lastError)}
        </p>
      )}
      <div>
        <p className="small muted">{t('webhooks.deliveries.response')}</p>
        {delivery.responseExcerpt ? (
          <pre className="excerpt" data-testid="test-outcome-response">
            {delivery.responseExcerpt}
          </pre>
        ) : (
          <p className="muted">{t('webhooks.test.noResponse')}</p>
        )}
      </div>
    </div>
  );
}

const EDIT_FIELDS = ['url', 'eventTypes', 'description'] as const;

/** The URL, the event types and the description; the API's refusals show beside each. */
function EditEndpointForm({ endpoint }: { endpoint: WebhookEndpointDetailFragment }) {
  const { t } = useI18n();
  const [url, setUrl] = useState(endpoint.url);
  const [eventTypes, setEventTypes] = useState<string[]>([...endpoint.eventTypes]);
  const [description, setDescription] = useState(endpoint.description);
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateWebhookEndpointMutation);
  const submission = useSubmission(
    EDIT_FIELDS,
    async () => {
      setSaved(false);
      const result = await update({
        variables: {
          input: { id: endpoint.id, url: url.trim(), eventTypes, description: description.trim() },
        },
      });
      return result.data?.updateWebhookEndpoint;
    },
    (payload) => {
      if (payload.endpoint) {
        setUrl(payload.endpoint.url);
        setDescription(payload.endpoint.description);
        setEventTypes([...payload.endpoint.eventTypes]);
        setSaved(true);
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
      className="card"
      onSubmit={onSubmit}
      aria-labelledby="edit-webhook-heading"
      data-testid="edit-webhook"
    >
      <h2 id="edit-webhook-heading">{t('webhooks.edit.title')}</h2>
      <div className="form-row">
        <FormField label={t('webhooks.url')} error={errors.url} className="grow">
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
        <FormField label={t('webhooks.description')} error={errors.description} className="grow">
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
          pendingLabel={t('webhooks.edit.saving')}
        >
          {t('webhooks.edit.save')}
        </AsyncButton>
        <span role="status" className="copy-status">
          {saved ? t('webhooks.edit.saved') : ''}
        </span>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </form>
  );
}

const MAX_OVERLAP_HOURS = 168;

/**
 * A new signing secret, shown once. For the overlap chosen (24 hours unless changed) requests
 * are signed with the old secret too, so the receiver can switch without losing events.
 */
function RotateSecretForm({ endpoint }: { endpoint: WebhookEndpointDetailFragment }) {
  const { t } = useI18n();
  const [hours, setHours] = useState('24');
  const [invalid, setInvalid] = useState(false);
  const [issued, setIssued] = useState<string | null>(null);
  const [rotate] = useMutation(RotateWebhookEndpointSecretMutation);
  const submission = useSubmission(
    ['overlapHours'],
    async () => {
      setIssued(null);
      const result = await rotate({
        variables: { input: { id: endpoint.id, overlapHours: Number(hours.trim()) } },
      });
      return result.data?.rotateWebhookEndpointSecret;
    },
    (payload) => {
      if (payload.signingSecret) setIssued(payload.signingSecret);
    },
  );
  const wholeHours = /^\d{1,4}$/.test(hours.trim());
  const overlap = wholeHours ? Number(hours.trim()) : null;
  return (
    <form
      className="card"
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="rotate-webhook-heading"
      data-testid="rotate-webhook"
    >
      <h2 id="rotate-webhook-heading">{t('webhooks.rotate.title')}</h2>
      <p className="muted">{t('webhooks.rotate.intro')}</p>
      <div className="form-row">
        <FormField
          className="narrow-field"
          label={t('webhooks.rotate.overlapHours')}
          hint={t('webhooks.rotate.overlapHint', { most: MAX_OVERLAP_HOURS })}
          error={
            submission.fieldErrors.overlapHours ??
            (invalid ? t('webhooks.rotate.overlapInvalid', { most: MAX_OVERLAP_HOURS }) : null)
          }
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={MAX_OVERLAP_HOURS}
              step={1}
              inputMode="numeric"
              value={hours}
              onChange={(event) => {
                setHours(event.target.value);
                setInvalid(false);
              }}
            />
          )}
        </FormField>
      </div>
      <div className="button-row">
        {overlap === null ? (
          <AsyncButton className="secondary" onClick={() => setInvalid(true)}>
            {t('webhooks.rotate.submit')}
          </AsyncButton>
        ) : (
          <ConfirmButton
            className="secondary"
            pending={submission.pending}
            label={t('webhooks.rotate.submit')}
            title={t('webhooks.rotate.confirmTitle')}
            body={
              <p>
                {overlap === 0
                  ? t('webhooks.rotate.confirmNoOverlap')
                  : t('webhooks.rotate.confirmBody', { hours: overlap })}
              </p>
            }
            confirmLabel={t('webhooks.rotate.confirm')}
            onConfirm={submission.submit}
          />
        )}
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {issued && (
        <IssuedSecret
          key={issued}
          secret={issued}
          label={t('webhooks.secret')}
          notice={t('webhooks.rotate.once')}
          copyManually={t('webhooks.secretCopyManually')}
        />
      )}
    </form>
  );
}

/** The deliveries table with its Resend: sends the event again and says where to see it. */
function Deliveries({
  endpointId,
  filtered,
  enabled,
  deliveries,
  caption,
  onResent,
}: {
  endpointId: string;
  filtered: boolean;
  enabled: boolean;
  deliveries: readonly WebhookDeliveryRowFragment[];
  caption: string;
  onResent: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { role } = useSession();
  const showResult = useResultNotice();
  const [problem, setProblem] = useState<unknown>(null);
  const [resend] = useMutation(ResendWebhookEventMutation);
  async function onResend(delivery: WebhookDeliveryRowFragment) {
    if (!delivery.event) return;
    setProblem(null);
    try {
      const result = await resend({
        variables: { input: { endpointId, eventId: delivery.event.id } },
      });
      const payload = result.data?.resendWebhookEvent;
      setProblem(refusal(payload));
      if (payload?.delivery) {
        onResent();
        showResult({
          message: t('webhooks.deliveries.resent', {
            type: eventTypeLabel(i18n, payload.delivery.eventType),
          }),
          link: {
            to: `${window.location.pathname}${window.location.search}#${deliveryAnchor(payload.delivery.id)}`,
            label: t('webhooks.deliveries.seeDelivery'),
          },
        });
      }
    } catch (caught) {
      setProblem(caught);
    }
  }
  return (
    <>
      {problem !== null && <ErrorBanner error={problem} />}
      <WebhookDeliveriesTable
        deliveries={deliveries}
        caption={caption}
        operator={role === 'OPERATOR'}
        filtered={filtered}
        onResend={enabled ? onResend : null}
      />
    </>
  );
}

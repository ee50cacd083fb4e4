import { accountPath, webhookPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { SortableHeader, type ColumnSort } from '../../components/list-controls.js';
import { graphql } from '../../gql/index.js';
import type { ListOrder, WebhookEndpointRowFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { EndpointStatusBadge, disabledReasonText, eventTypesText } from './webhook-labels.js';

export const WebhookEndpointRowFragmentDoc = graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    url
    description
    eventTypes
    status
    disabledReason
    disabledAt
    failingSince
    createdAt
    account {
      id
      name
    }
  }
`);

/** The list's one sortable column: when the endpoint was created. */
export const CREATED_COLUMN: ColumnSort<ListOrder> = {
  ascending: 'OLDEST_FIRST',
  descending: 'NEWEST_FIRST',
};

/**
 * Webhook endpoints: the URL (a link to the endpoint) and what it is for, whose events it
 * receives (operators: an account, or every account), which types, whether it is enabled and
 * since when it has been failing. No secret is shown here.
 */
export function WebhookEndpointsTable({
  endpoints,
  caption,
  showAccount,
  sort,
  onSort,
}: {
  endpoints: readonly WebhookEndpointRowFragment[];
  caption: string;
  /** Operators: the account column (a customer's endpoints are all their account's). */
  showAccount: boolean;
  sort?: ListOrder;
  onSort?: (sort: ListOrder) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (endpoints.length === 0) return <EmptyState title={t('webhooks.empty')} />;
  return (
    <div className="table-scroll">
      <table className="responsive-table" data-testid="webhook-endpoints">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webhooks.url')}</th>
            {showAccount && <th scope="col">{t('webhooks.account')}</th>}
            <th scope="col">{t('webhooks.eventTypes')}</th>
            <th scope="col">{t('webhooks.status')}</th>
            <th scope="col">{t('webhooks.failingSince')}</th>
            <SortableHeader
              label={t('webhooks.created')}
              column={CREATED_COLUMN}
              sort={sort}
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id} data-testid="webhook-endpoint">
              <td className="primary-cell">
                <Link to={webhookPath(endpoint.id)} className="mono break">
                  {endpoint.url}
                </Link>
                {endpoint.description && <span className="subtle">{endpoint.description}</span>}
              </td>
              {showAccount && (
                <td data-label={t('webhooks.account')} data-testid="webhook-endpoint-account">
                  {endpoint.account ? (
                    <Link to={accountPath(endpoint.account.id)}>{endpoint.account.name}</Link>
                  ) : (
                    <strong>{t('webhooks.everyAccount')}</strong>
                  )}
                </td>
              )}
              <td data-label={t('webhooks.eventTypes')} className="break">
                {eventTypesText(i18n, endpoint.eventTypes)}
              </td>
              <td data-label={t('webhooks.status')} data-testid="webhook-endpoint-status">
                <span>
                  <EndpointStatusBadge status={endpoint.status} />
                  {endpoint.disabledReason && (
                    <span className="subtle">{disabledReasonText(t, endpoint.disabledReason)}</span>
                  )}
                </span>
              </td>
              <td data-label={t('webhooks.failingSince')}>
                {endpoint.failingSince ? (
                  <span className="warning-text">
                    <DateTimeText instant={endpoint.failingSince} clock="real" />
                  </span>
                ) : (
                  <span className="muted">{t('webhooks.notFailing')}</span>
                )}
              </td>
              <td data-label={t('webhooks.created')}>
                <DateTimeText instant={endpoint.createdAt} clock="real" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

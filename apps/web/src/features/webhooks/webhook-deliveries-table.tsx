import {
  accountPath,
  orderPath,
  paths,
  portalBase,
  portalPath,
  refundPath,
} from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { AsyncButton } from '../../components/async-button.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { graphql } from '../../gql/index.js';
import type { WebhookDeliveryRowFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { DeliveryStatusBadge, deliveryErrorText, eventTypeLabel } from './webhook-labels.js';

export const WebhookDeliveryRowFragmentDoc = graphql(`
  fragment WebhookDeliveryRow on WebhookDelivery {
    id
    eventType
    status
    attempts
    nextAttemptAt
    lastAttemptAt
    lastStatusCode
    latencyMs
    lastError
    responseExcerpt
    deliveredAt
    createdAt
    event {
      id
      type
      businessDate
      objectType
      objectId
      account {
        id
      }
    }
  }
`);

type DeliveryEvent = NonNullable<WebhookDeliveryRowFragment['event']>;

/** A delivery row's element id, for the result notice's link. */
export function deliveryAnchor(id: string): string {
  return `delivery-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/**
 * Where the object an event is about is shown: an order's or a refund's own page; a
 * subscription, a payment or an invoice on its account's page (operators) or portal section.
 */
export function eventObjectPath(event: DeliveryEvent, operator: boolean): string {
  switch (event.objectType) {
    case 'Order':
      return orderPath(event.objectId);
    case 'Refund':
      return refundPath(event.objectId);
    default: {
      const base = portalBase(event.account.id, !operator);
      if (event.objectType === 'Invoice') return portalPath(base, 'invoices');
      if (event.objectType === 'Payment') return portalPath(base, 'orders');
      return operator ? accountPath(event.account.id) : paths.myAccount;
    }
  }
}

/**
 * What was sent to an endpoint, newest first: the event (a link to what it is about; the test
 * event has none), where it stands, the attempts, the last answer (status code, latency, the
 * start of its body) or why it failed, and when the next retry is due. A delivery of an event
 * that is not waiting to be sent can be sent again.
 */
export function WebhookDeliveriesTable({
  deliveries,
  caption,
  operator,
  filtered = false,
  onResend,
}: {
  deliveries: readonly WebhookDeliveryRowFragment[];
  caption: string;
  /** Operators: events link to the console's pages; customers: to their portal. */
  operator: boolean;
  /** A status filter is applied (an empty list then says nothing matches). */
  filtered?: boolean;
  /** Sends the delivery's event again; absent where nothing may be resent (a disabled endpoint). */
  onResend?: ((delivery: WebhookDeliveryRowFragment) => Promise<unknown>) | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (deliveries.length === 0)
    return <EmptyState title={t(filtered ? 'list.noMatches' : 'webhooks.deliveries.empty')} />;
  return (
    <div className="table-scroll">
      <table className="responsive-table" data-testid="webhook-deliveries">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webhooks.deliveries.event')}</th>
            <th scope="col">{t('webhooks.deliveries.status')}</th>
            <th scope="col" className="numeric">
              {t('webhooks.deliveries.attempts')}
            </th>
            <th scope="col" className="numeric">
              {t('webhooks.deliveries.lastStatus')}
            </th>
            <th scope="col" className="numeric">
              {t('webhooks.deliveries.latency')}
            </th>
            <th scope="col">{t('webhooks.deliveries.nextAttempt')}</th>
            <th scope="col">{t('webhooks.deliveries.response')}</th>
            <th scope="col">{t('webhooks.deliveries.error')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('webhooks.deliveries.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => {
            const event = delivery.event;
            const type = eventTypeLabel(i18n, delivery.eventType);
            return (
              <tr
                key={delivery.id}
                id={deliveryAnchor(delivery.id)}
                data-testid="webhook-delivery"
                data-event-type={delivery.eventType}
              >
                <td className="primary-cell" data-testid="delivery-event">
                  {event ? (
                    <Link to={eventObjectPath(event, operator)} title={event.id}>
                      {type}
                    </Link>
                  ) : (
                    <span>{type}</span>
                  )}
                  <span className="subtle">
                    <DateTimeText instant={delivery.createdAt} clock="real" />
                  </span>
                </td>
                <td data-label={t('webhooks.deliveries.status')} data-testid="delivery-status">
                  <DeliveryStatusBadge status={delivery.status} />
                </td>
                <td
                  data-label={t('webhooks.deliveries.attempts')}
                  className="numeric"
                  data-testid="delivery-attempts"
                >
                  {delivery.attempts}
                </td>
                <td
                  data-label={t('webhooks.deliveries.lastStatus')}
                  className="numeric"
                  data-testid="delivery-code"
                >
                  {delivery.lastStatusCode ?? <span className="muted">{t('common.none')}</span>}
                </td>
                <td
                  data-label={t('webhooks.deliveries.latency')}
                  className="numeric"
                  data-testid="delivery-latency"
                >
                  {delivery.latencyMs === null ? (
                    <span className="muted">{t('common.none')}</span>
                  ) : (
                    t('webhooks.ms', { ms: delivery.latencyMs })
                  )}
                </td>
                <td data-label={t('webhooks.deliveries.nextAttempt')} data-testid="delivery-next">
                  {delivery.nextAttemptAt ? (
                    <DateTimeText instant={delivery.nextAttemptAt} clock="real" />
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
                <td data-label={t('webhooks.deliveries.response')} data-testid="delivery-response">
                  {delivery.responseExcerpt ? (
                    <code className="excerpt">{delivery.responseExcerpt}</code>
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
                <td data-label={t('webhooks.deliveries.error')} data-testid="delivery-error">
                  {delivery.lastError ? (
                    <span className="warning-text break">
                      {deliveryErrorText(t, delivery.lastError)}
                    </span>
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
                <td>
                  {onResend && event && delivery.status !== 'PENDING' && (
                    <AsyncButton
                      className="secondary"
                      pendingLabel={t('webhooks.deliveries.resending')}
                      onClick={() => onResend(delivery)}
                    >
                      {t('webhooks.deliveries.resend')}
                    </AsyncButton>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

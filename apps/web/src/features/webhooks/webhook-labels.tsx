import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import type { WebhookDeliveryStatus, WebhookEndpointStatus } from '../../gql/graphql.js';
import { useI18n, type I18n } from '../../i18n/i18n.js';

/**
 * The event types an endpoint may subscribe to: the API's `BILLING_EVENT_TYPES`
 * (apps/api/src/modules/events/events.ts; webhook-labels.test.ts keeps the two the same).
 */
export const WEBHOOK_EVENT_TYPES = [
  'order.created',
  'order.paid',
  'order.fulfilled',
  'order.cancelled',
  'payment.succeeded',
  'refund.requested',
  'refund.approved',
  'refund.rejected',
  'refund.paid_out',
  'subscription.activated',
  'subscription.renewed',
  'subscription.seats_changed',
  'subscription.suspended',
  'subscription.grace',
  'subscription.recycled',
  'subscription.terminated',
  'renewal.reminder_due',
  'invoice.issued',
  'postpaid_bill.overdue',
] as const;

/** The `webhook.test` event `sendTestWebhookEvent` sends. */
export const TEST_EVENT_TYPE = 'webhook.test';

const ENDPOINT_TONES: Record<WebhookEndpointStatus, BadgeTone> = {
  ENABLED: 'good',
  DISABLED: 'bad',
};

const DELIVERY_TONES: Record<WebhookDeliveryStatus, BadgeTone> = {
  PENDING: 'warn',
  SUCCEEDED: 'good',
  FAILED: 'bad',
};

export const DELIVERY_STATUSES = Object.keys(DELIVERY_TONES) as WebhookDeliveryStatus[];

export function EndpointStatusBadge({ status }: { status: WebhookEndpointStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={ENDPOINT_TONES[status]}>{t(`webhookStatus.${status}`)}</StatusBadge>;
}

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useI18n();
  return (
    <StatusBadge tone={DELIVERY_TONES[status]}>{t(`webhookDeliveryStatus.${status}`)}</StatusBadge>
  );
}

/**
 * An event type as it reads: its code in English (as receivers and the API name it), in words
 * in Chinese; a type the client does not know is shown as it is.
 */
export function eventTypeLabel(i18n: Pick<I18n, 'codeLabel'>, type: string): string {
  return i18n.codeLabel('webhookEventType', type);
}

/** An endpoint's event types in words, "Every event type" for none. */
export function eventTypesText(i18n: Pick<I18n, 't' | 'codeLabel'>, types: readonly string[]) {
  return types.length === 0
    ? i18n.t('webhooks.everyType')
    : types.map((type) => eventTypeLabel(i18n, type)).join(', ');
}

/**
 * Why an endpoint was disabled, in the reader's language. The API stores the reason in English
 * words (by whom, or after failing for days); a reason of another shape is shown as it is.
 */
export function disabledReasonText(t: I18n['t'], reason: string): string {
  if (reason === 'Disabled by an operator') return t('webhooks.disabledBy.operator');
  if (reason === 'Disabled by an administrator of the account')
    return t('webhooks.disabledBy.admin');
  const failing = /^Every delivery failed for (\d+) hours/.exec(reason);
  if (failing) return t('webhooks.disabledBy.failing', { hours: failing[1]! });
  return reason;
}

/**
 * Why a delivery's last attempt failed, in the reader's language (the API records it in English
 * words: the answer's status, a timeout, no connection, given up); another shape as it is.
 */
export function deliveryErrorText(t: I18n['t'], error: string): string {
  const givenUp = /^(.*) \(given up after (\d+) attempts\)$/s.exec(error);
  if (givenUp)
    return t('webhooks.error.givenUp', {
      error: deliveryErrorText(t, givenUp[1]!),
      attempts: givenUp[2]!,
    });
  let match = /^The endpoint answered (\d+) \(a redirect, not followed\)/.exec(error);
  if (match) return t('webhooks.error.redirect', { status: match[1]! });
  match = /^The endpoint answered (\d+)$/.exec(error);
  if (match) return t('webhooks.error.status', { status: match[1]! });
  match = /^The endpoint did not answer within ([\d.]+) s$/.exec(error);
  if (match) return t('webhooks.error.timeout', { seconds: match[1]! });
  match = /^The endpoint could not be reached: (.*)$/s.exec(error);
  if (match) return t('webhooks.error.unreachable', { cause: match[1]! });
  return error;
}

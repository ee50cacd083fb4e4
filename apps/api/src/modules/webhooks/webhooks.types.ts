import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Node, toGlobalId } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { EndpointRow } from './endpoint-row.js';

export enum WebhookEndpointStatus {
  ENABLED = 'ENABLED',
  DISABLED = 'DISABLED',
}
registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint receives events.',
  valuesConfig: {
    ENABLED: { description: 'Events are sent to it.' },
    DISABLED: {
      description:
        'Nothing is sent; events that happen meanwhile are not queued for it. Enabling it sends what was waiting when it was disabled.',
    },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where sending one event to one endpoint stands.',
  valuesConfig: {
    PENDING: { description: 'To be sent, or to be retried at nextAttemptAt.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: {
      description: 'Given up after the last retry (about three days), or a test that failed.',
    },
  },
});

@ObjectType({
  implements: Node,
  description:
    'Where an account’s billing events are sent (or every account’s, for an operator’s endpoint), signed with the endpoint’s secret (`Billing-Signature: t=<unix seconds>,v1=<HMAC-SHA256 hex of "<t>.<raw body>">`).',
})
export class WebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint’s global id.' })
  id!: string;

  @Field(() => String, { description: 'Where events are POSTed (http or https).' })
  url!: string;

  @Field(() => String, { description: 'What the endpoint is for, in its owner’s words.' })
  description!: string;

  @Field(() => [String], {
    description: 'The event types it receives; empty: every type.',
  })
  eventTypes!: string[];

  @Field(() => WebhookEndpointStatus, { description: 'Whether events are sent to it.' })
  status!: WebhookEndpointStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was disabled (by whom, or after failing for days); null when enabled.',
  })
  disabledReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was disabled.' })
  disabledAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Since when every delivery has failed (null after a success): an endpoint failing for days is disabled.',
  })
  failingSince!: Date | null;

  @Field(() => String, {
    description:
      'The end of its signing secret (`whsec_…abcd`), to tell secrets apart; the secret itself is shown once.',
  })
  secretHint!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Until when requests are also signed with the secret before the last rotation (a second `v1=`); null when there is none.',
  })
  previousSecretExpiresAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was last changed.' })
  updatedAt!: Date;

  /** The stored ids (for `account` and `deliveries`). */
  localId!: string;
  localAccountId!: string | null;
}

export const WebhookEndpointConnection = Connection(WebhookEndpoint, 'WebhookEndpoint');
export type WebhookEndpointConnection = InstanceType<typeof WebhookEndpointConnection>;

export function toWebhookEndpoint(row: EndpointRow, now = new Date()): WebhookEndpoint {
  const overlap =
    row.previous_secret_expires_at && row.previous_secret_expires_at.getTime() > now.getTime()
      ? row.previous_secret_expires_at
      : null;
  return Object.assign(new WebhookEndpoint(), {
    id: toGlobalId('WebhookEndpoint', row.id),
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    status: row.status as WebhookEndpointStatus,
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at,
    failingSince: row.failing_since,
    secretHint: `whsec_…${row.secret.slice(-4)}`,
    previousSecretExpiresAt: overlap,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    localId: row.id,
    localAccountId: row.account_id,
  });
}

/** A stored delivery. */
export interface DeliveryRow {
  id: string;
  seq: string;
  endpoint_id: string;
  account_id: string | null;
  event_id: string | null;
  event_type: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_latency_ms: number | null;
  last_error: string | null;
  response_excerpt: string | null;
  delivered_at: Date | null;
  created_at: Date;
}

export const DELIVERY_COLUMNS =
  't.id, t.seq, t.endpoint_id, t.account_id, t.event_id, t.event_type, t.status, t.attempts, t.next_attempt_at, t.last_attempt_at, t.last_status_code, t.last_latency_ms, t.last_error, t.response_excerpt, t.delivered_at, t.created_at';

@ObjectType({
  implements: Node,
  description: 'Sending one event to one endpoint: its attempts and their outcome.',
})
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery’s global id.' })
  id!: string;

  @Field(() => String, { description: 'The event’s type (`webhook.test` for a test event).' })
  eventType!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, {
    description: 'Attempts made so far (the request’s `Billing-Delivery-Attempt`).',
  })
  attempts!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the next retry is due (PENDING after a failure); null otherwise.',
  })
  nextAttemptAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The HTTP status the endpoint answered the last attempt with; null when it did not answer.',
  })
  lastStatusCode!: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in ms.' })
  latencyMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in words.' })
  lastError!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first kilobyte of the endpoint’s answer to the last attempt.',
  })
  responseExcerpt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it succeeded.' })
  deliveredAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was queued.' })
  createdAt!: Date;

  /** The stored ids (for `endpoint` and `event`). */
  localEndpointId!: string;
  localEventId!: string | null;
}

export const WebhookDeliveryConnection = Connection(WebhookDelivery, 'WebhookDelivery');
export type WebhookDeliveryConnection = InstanceType<typeof WebhookDeliveryConnection>;

export function toWebhookDelivery(row: DeliveryRow): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: toGlobalId('WebhookDelivery', row.id),
    eventType: row.event_type,
    status: row.status as WebhookDeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastAttemptAt: row.last_attempt_at,
    lastStatusCode: row.last_status_code,
    latencyMs: row.last_latency_ms,
    lastError: row.last_error,
    responseExcerpt: row.response_excerpt,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
    localEndpointId: row.endpoint_id,
    localEventId: row.event_id,
  });
}

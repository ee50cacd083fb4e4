/**
 * The events the billing API posts to webhook endpoints, typed from the schema.
 *
 * An event's `data` is a snapshot of the object it is about, right after the change, in the
 * shape of the object's GraphQL type (`apps/api/schema.graphql`, generated into
 * `gql/schema-types.ts`) but not all of it: the API's builders (`apps/api/src/modules/events/
 * events.ts`) write a chosen set of fields, each as JSON carries it. A `SnapshotSelection`
 * names that set, field by field, and `Snapshot` turns a generated type and a selection into
 * the snapshot's type:
 *
 * - a scalar or enum field is kept as it is (`Date`, `DateTime` and `Decimal` are strings);
 * - an object it points at, any type with an `id` (`Account`, `Order`, `RuleRef`…), is `{ id }`;
 * - a value without an id (`Money`, `RefundPart`) is kept whole, the same rules inside it;
 * - a nested selection (`{ code: true }`) keeps only the fields it names;
 * - a list is a list of the same; a nullable field stays `… | null`, and is always present;
 * - what the selection leaves out (lines, connections, `explanation`, `decision`…) is absent.
 *
 * The selections are values too: `test/webhook-events.test.ts` checks every event the real
 * API records against them and the schema, so a field the builder stops writing fails there.
 */
import type * as Schema from './gql/schema-types.js';

/** The fields of `T` a snapshot holds: `true` (by the rules above) or a nested selection. */
export type SnapshotSelection<T> = {
  readonly [K in keyof T]?: true | SnapshotSelection<ListElement<NonNullable<T[K]>>>;
};

type ListElement<V> = V extends ReadonlyArray<infer E> ? E : V;

/** The snapshot of the generated object type `T` holding the fields `S` selects. */
export type Snapshot<T, S extends SnapshotSelection<T>> = {
  -readonly [K in keyof S & keyof T]: SnapshotField<T[K], S[K]>;
};

type SnapshotField<V, S> = V extends null
  ? null
  : V extends ReadonlyArray<infer E>
    ? Array<SnapshotField<E, S>>
    : V extends string | number | boolean
      ? V
      : S extends true
        ? V extends { id: string }
          ? { id: string }
          : { [K in keyof V]: SnapshotField<V[K], true> }
        : S extends SnapshotSelection<V>
          ? Snapshot<V, S>
          : never;

// What the builders of apps/api/src/modules/events/events.ts write, field by field.

/** `orderData`: an order without its lines, payments, refunds, correction and explanation. */
export const ORDER_SNAPSHOT = {
  id: true,
  account: true,
  subscription: true,
  kind: true,
  status: true,
  orderDate: true,
  years: true,
  seats: true,
  periodStart: true,
  periodEnd: true,
  paidOn: true,
  fulfilmentDueOn: true,
  total: true,
  paid: true,
  outstanding: true,
  refunded: true,
  rules: true,
  createdAt: true,
} as const satisfies SnapshotSelection<Schema.Order>;

/**
 * `paymentData`: a payment without its invoice and journal lines. It also writes `account` and
 * `order` as `{ id }`, which the `Payment` type has not: present, but not typed.
 */
export const PAYMENT_SNAPSHOT = {
  id: true,
  method: true,
  purpose: true,
  amount: true,
  status: true,
  paidAt: true,
  paidOn: true,
  duplicate: true,
  excess: true,
  refunded: true,
  providerReference: true,
} as const satisfies SnapshotSelection<Schema.Payment>;

/** `refundData`: a refund with its parts, without its decision and the deadlines' reasons. */
export const REFUND_SNAPSHOT = {
  id: true,
  account: true,
  order: true,
  reason: true,
  status: true,
  eligible: true,
  amount: true,
  fee: true,
  payout: true,
  method: true,
  note: true,
  evidence: true,
  requestedAt: true,
  requestedOn: true,
  reviewDueOn: true,
  decidedAt: true,
  decidedOn: true,
  decisionNote: true,
  payoutDueOn: true,
  paidAt: true,
  parts: true,
} as const satisfies SnapshotSelection<Schema.Refund>;

/**
 * `subscriptionDataSql`: the stored subscription, its product and plan by code. It also writes
 * `recycledOn`, `terminatedOn` and `terminationCause`, which the `Subscription` type has not:
 * present, but not typed.
 */
export const SUBSCRIPTION_SNAPSHOT = {
  id: true,
  account: true,
  product: { code: true },
  plan: { code: true },
  status: true,
  seats: true,
  legacySeats: true,
  enterpriseNumber: true,
  openedOn: true,
  activatedOn: true,
  currentPeriodStart: true,
  currentPeriodEnd: true,
} as const satisfies SnapshotSelection<Schema.Subscription>;

/** `invoiceData`: an invoice without its documents, voided fapiaos and computed fields. */
export const INVOICE_SNAPSHOT = {
  id: true,
  account: true,
  payment: true,
  title: true,
  type: true,
  status: true,
  amount: true,
  credited: true,
  requestedAt: true,
  dueOn: true,
  number: true,
  issuedOn: true,
  issuedAmount: true,
  issuedAt: true,
  creditedOn: true,
  rules: true,
} as const satisfies SnapshotSelection<Schema.Invoice>;

/**
 * `postpaidBillDataSql`: a postpaid bill without its lines, late-fee lines and explanations (the
 * texts depend on the reader's language).
 */
export const POSTPAID_BILL_SNAPSHOT = {
  id: true,
  account: true,
  month: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  issuedOn: true,
  closesOn: true,
  dueOn: true,
  suspendsOn: true,
  daysOverdue: true,
  amount: true,
  lateFee: true,
  lateFeeAssessedOn: true,
  paid: true,
  outstanding: true,
  paidOn: true,
  paidAt: true,
  method: true,
  rules: true,
} as const satisfies SnapshotSelection<Schema.PostpaidBill>;

/**
 * `reminderDataSql`: the renewal reminder `renewal.reminder_due` is about, as `Reminder` returns
 * it, without its text (`message`, which depends on the reader's language).
 */
export const REMINDER_SNAPSHOT = {
  kind: true,
  dueOn: true,
  periodEnd: true,
  sentAt: true,
  rules: true,
} as const satisfies SnapshotSelection<Schema.Reminder>;

export type OrderSnapshot = Snapshot<Schema.Order, typeof ORDER_SNAPSHOT>;
export type PaymentSnapshot = Snapshot<Schema.Payment, typeof PAYMENT_SNAPSHOT>;
export type RefundSnapshot = Snapshot<Schema.Refund, typeof REFUND_SNAPSHOT>;
export type SubscriptionSnapshot = Snapshot<Schema.Subscription, typeof SUBSCRIPTION_SNAPSHOT>;
export type InvoiceSnapshot = Snapshot<Schema.Invoice, typeof INVOICE_SNAPSHOT>;
export type PostpaidBillSnapshot = Snapshot<Schema.PostpaidBill, typeof POSTPAID_BILL_SNAPSHOT>;
export type ReminderSnapshot = Snapshot<Schema.Reminder, typeof REMINDER_SNAPSHOT>;

/**
 * `renewal.reminder_due`'s data: the subscription as `subscriptionDataSql` writes it (the same
 * fields as `SubscriptionSnapshot`) and, in `reminder`, the reminder that fell due. `reminder` is
 * not a field of the `Subscription` type (its `reminders` list is): the SDK types it explicitly,
 * as the `Reminder` type's snapshot.
 */
export interface RenewalReminderSnapshot extends SubscriptionSnapshot {
  reminder: ReminderSnapshot;
}

/** `webhook.test`'s data: the endpoint that was tested, and the message sent. */
export interface WebhookTestData {
  endpoint: { id: string };
  message: string;
}

/**
 * Each kind of payload: the type of object an event is about and its `data` (and, where it is
 * not always `{ id }`, the envelope's `account`).
 */
export interface WebhookEventPayloads {
  Order: { objectType: 'Order'; data: OrderSnapshot };
  Payment: { objectType: 'Payment'; data: PaymentSnapshot };
  Refund: { objectType: 'Refund'; data: RefundSnapshot };
  Subscription: { objectType: 'Subscription'; data: SubscriptionSnapshot };
  Invoice: { objectType: 'Invoice'; data: InvoiceSnapshot };
  PostpaidBill: { objectType: 'PostpaidBill'; data: PostpaidBillSnapshot };
  RenewalReminder: { objectType: 'Subscription'; data: RenewalReminderSnapshot };
  /**
   * Sent by `sendTestWebhookEvent`, never recorded. To an operator's endpoint for every account
   * (one without an account) its `account` is null.
   */
  WebhookTest: {
    objectType: 'WebhookEndpoint';
    account: { id: string } | null;
    data: WebhookTestData;
  };
}

/** The envelope's `account` of a kind of payload: `{ id }` unless the kind says otherwise. */
type PayloadAccount<P> = P extends { account: infer A } ? A : { id: string };

/**
 * Every event type this SDK knows and its kind of payload. A new event type is one line here
 * (a new kind of object, one more entry in `WebhookEventPayloads` and its selection above).
 */
const EVENT_PAYLOADS = {
  'order.created': 'Order',
  'order.paid': 'Order',
  'order.fulfilled': 'Order',
  'order.cancelled': 'Order',
  'payment.succeeded': 'Payment',
  'refund.requested': 'Refund',
  'refund.approved': 'Refund',
  'refund.rejected': 'Refund',
  'refund.paid_out': 'Refund',
  'subscription.activated': 'Subscription',
  'subscription.renewed': 'Subscription',
  'subscription.seats_changed': 'Subscription',
  'subscription.grace': 'Subscription',
  'subscription.recycled': 'Subscription',
  'subscription.suspended': 'Subscription',
  'subscription.terminated': 'Subscription',
  'invoice.issued': 'Invoice',
  'renewal.reminder_due': 'RenewalReminder',
  'postpaid_bill.overdue': 'PostpaidBill',
  'webhook.test': 'WebhookTest',
} as const satisfies Record<string, keyof WebhookEventPayloads>;

type EventPayloads = typeof EVENT_PAYLOADS;

/** The event types this SDK knows: `order.paid`, `refund.approved`… */
export type WebhookEventType = keyof EventPayloads;

/** Every event type this SDK knows, in the order of the table above. */
export const WEBHOOK_EVENT_TYPES = Object.freeze(Object.keys(EVENT_PAYLOADS) as WebhookEventType[]);

/** Whether this SDK knows `type` (events of other types are newer than it). */
export function isWebhookEventType(type: string): type is WebhookEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_PAYLOADS, type);
}

/** The kind of payload of each event type (`order.paid` → `Order`). */
export const webhookEventPayloadKind = (type: WebhookEventType): keyof WebhookEventPayloads =>
  EVENT_PAYLOADS[type];

type Payload<T extends WebhookEventType> = WebhookEventPayloads[EventPayloads[T]];

/** The envelope every event has, whatever its type. */
interface WebhookEnvelope<Type extends string, Account = { id: string }> {
  /** The event's global id (`billingEvent(id:)`): the same on every delivery attempt. */
  id: string;
  type: Type;
  /** The event's position: increasing per account; an account's events arrive in its order. */
  sequence: number;
  /** When it was recorded, in real time (ISO-8601). */
  occurredAt: string;
  /** The account's business date when it happened (a test-clock account's own date). */
  businessDate: string;
  /** Whether the account lives on a test clock. */
  testMode: boolean;
  /**
   * The account it happened to: `{ id }`, but null for a `webhook.test` sent to an operator's
   * endpoint for every account.
   */
  account: Account;
  /** The global id of the object it is about. */
  objectId: string;
}

/**
 * A webhook event, a union discriminated by `type`: narrowing on it types `objectType` and
 * `data` (`event.type === 'order.paid'` → `event.data.total.amount: string`).
 * `WebhookEvent<'order.paid' | 'order.created'>` is those events only.
 */
export type WebhookEvent<T extends WebhookEventType = WebhookEventType> = {
  [K in T]: Flat<
    WebhookEnvelope<K, PayloadAccount<Payload<K>>> & {
      objectType: Payload<K>['objectType'];
      data: Payload<K>['data'];
    }
  >;
}[T];

/** A genuine event of a type this SDK does not know (newer than it): the envelope only. */
export type UnrecognizedWebhookEvent = Flat<
  WebhookEnvelope<string> & { objectType: string; data: unknown }
>;

type Flat<T> = { [K in keyof T]: T[K] };

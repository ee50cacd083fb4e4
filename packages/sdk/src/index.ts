export {
  createBillingClient,
  unwrap,
  type BillingClient,
  type BillingClientOptions,
} from './client.js';
export {
  BillingAuthError,
  BillingError,
  BillingGraphQLError,
  BillingTimeoutError,
  BillingTransportError,
  BillingUserError,
  type BillingErrorCode,
  type GraphQLErrorEntry,
} from './errors.js';
export { fromFen, toFen, toFenNumber, type Decimal } from './money.js';
export {
  constructWebhookEvent,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  type VerifyWebhookOptions,
  type WebhookEventFailure,
  type WebhookEventResult,
  type WebhookVerification,
  type WebhookVerificationFailure,
} from './webhooks.js';
export {
  isWebhookEventType,
  WEBHOOK_EVENT_TYPES,
  type InvoiceSnapshot,
  type OrderSnapshot,
  type PaymentSnapshot,
  type PostpaidBillSnapshot,
  type RefundSnapshot,
  type ReminderSnapshot,
  type RenewalReminderSnapshot,
  type SubscriptionSnapshot,
  type UnrecognizedWebhookEvent,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookTestData,
} from './webhook-events.js';
export type {
  BillingResult,
  CallOptions,
  PayloadField,
  SuccessData,
  WithOptionalIdempotencyKey,
} from './operation-types.js';
export { operations, type BillingOperations, type OperationName } from './operations/generated.js';
// Every operation's typed document (`QuoteDocument`…), result and input types, and enums.
export * from './gql/graphql.js';

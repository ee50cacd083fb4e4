/**
 * The vocabulary shared by every area of the engine and by the public API contract
 * (docs/api-contract.md at the repository root): product codes and the contract's enums.
 */
export const PRODUCT_CODES = ['EQQ', 'QIDIAN', 'EXMAIL', 'MEETING', 'VAS'] as const;
export type ProductCode = (typeof PRODUCT_CODES)[number];

export const SUBSCRIPTION_STATUSES = [
  'PENDING_ACTIVATION',
  'ACTIVE',
  'GRACE',
  'RECYCLED',
  'SUSPENDED',
  'TERMINATED',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const ORDER_KINDS = [
  'NEW_SUBSCRIPTION',
  'ADD_SEATS',
  'RENEWAL',
  'VALUE_ADDED',
  'UPGRADE',
] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_STATUSES = [
  'AWAITING_PAYMENT',
  'PAID',
  'FULFILLED',
  'CANCELLED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_METHODS = [
  'BANK_CARD',
  'ALIPAY',
  'WECHAT_PAY',
  'TENCENT_WALLET',
  'BALANCE',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const REFUND_REASONS = [
  'NO_REASON',
  'SERVICE_DEFECT',
  'PLATFORM_OUTAGE',
  'NOT_ACTIVATED',
  'ACTIVATION_OVERDUE',
  'DUPLICATE_PAYMENT',
  'ORDER_ERROR',
  'ACCOUNT_ANOMALY',
  'USER_CANCELLATION',
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

export const REFUND_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'PAID'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const QUOTE_ACTIONS = ['NEW_SUBSCRIPTION', 'ADD_SEATS', 'RENEWAL', 'VALUE_ADDED'] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

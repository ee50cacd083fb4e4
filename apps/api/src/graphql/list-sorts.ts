import { CREATION_SORTS, columnSorts, defineListSort } from './list-sort.js';

/**
 * The `sort` values of the lists a billing person sorts (see `list-sort.ts`); each non-creation
 * sort has an index on `(value, seq)` or `(account_id, value, seq)` (migration
 * `1700000000985-list-sort-indexes.ts`).
 */

const accountName = {
  ascending: {
    description: 'By name (case-insensitive), A first.',
    key: { expression: (a: string) => `lower(${a}.name)`, type: 'text', descending: false },
  },
  descending: {
    description: 'By name (case-insensitive), Z first.',
    key: { expression: (a: string) => `lower(${a}.name)`, type: 'text', descending: true },
  },
} as const;

export const AccountSort = defineListSort('AccountSort', 'The order of `accounts`.', {
  ...CREATION_SORTS,
  NAME_ASC: accountName.ascending,
  NAME_DESC: accountName.descending,
});
export type AccountSort = keyof typeof AccountSort.values;

const orderDate = columnSorts('order_date', 'date', 'order date (Beijing business date)');
const orderTotal = columnSorts('total', 'bigint', 'total amount');
const orderStatus = columnSorts('status', 'text', 'status name');
export const OrderSort = defineListSort('OrderSort', 'The order of a list of orders.', {
  ...CREATION_SORTS,
  ORDER_DATE_ASC: orderDate.ascending,
  ORDER_DATE_DESC: orderDate.descending,
  TOTAL_ASC: orderTotal.ascending,
  TOTAL_DESC: orderTotal.descending,
  STATUS_ASC: orderStatus.ascending,
  STATUS_DESC: orderStatus.descending,
});
export type OrderSort = keyof typeof OrderSort.values;

const periodEnd = (a: string) => `COALESCE(${a}.period_end, 'infinity'::date)`;
export const SubscriptionSort = defineListSort(
  'SubscriptionSort',
  'The order of a list of subscriptions.',
  {
    ...CREATION_SORTS,
    PERIOD_END_ASC: {
      description:
        'By the end of the current period (the next renewal or the end), soonest first; subscriptions with no period end last.',
      key: { expression: periodEnd, type: 'date', descending: false },
    },
    PERIOD_END_DESC: {
      description:
        'By the end of the current period, latest first; subscriptions with no period end first.',
      key: { expression: periodEnd, type: 'date', descending: true },
    },
  },
);
export type SubscriptionSort = keyof typeof SubscriptionSort.values;

const refundRequested = columnSorts('requested_at', 'timestamptz', 'request time');
const refundAmount = columnSorts('amount', 'bigint', 'gross amount');
export const RefundSort = defineListSort('RefundSort', 'The order of a list of refunds.', {
  ...CREATION_SORTS,
  REQUESTED_AT_ASC: refundRequested.ascending,
  REQUESTED_AT_DESC: refundRequested.descending,
  AMOUNT_ASC: refundAmount.ascending,
  AMOUNT_DESC: refundAmount.descending,
});
export type RefundSort = keyof typeof RefundSort.values;

const invoiceRequested = columnSorts('requested_at', 'timestamptz', 'request time');
const invoiceAmount = columnSorts('amount', 'bigint', 'amount');
export const InvoiceSort = defineListSort('InvoiceSort', 'The order of a list of invoices.', {
  ...CREATION_SORTS,
  REQUESTED_AT_ASC: invoiceRequested.ascending,
  REQUESTED_AT_DESC: invoiceRequested.descending,
  AMOUNT_ASC: invoiceAmount.ascending,
  AMOUNT_DESC: invoiceAmount.descending,
});
export type InvoiceSort = keyof typeof InvoiceSort.values;

const journalPosted = columnSorts('posted_at', 'timestamptz', 'posting time');
const journalAmount = columnSorts('amount', 'bigint', 'signed amount');
export const JournalSort = defineListSort('JournalSort', 'The order of the journal.', {
  ...CREATION_SORTS,
  POSTED_AT_ASC: journalPosted.ascending,
  POSTED_AT_DESC: journalPosted.descending,
  AMOUNT_ASC: journalAmount.ascending,
  AMOUNT_DESC: journalAmount.descending,
});
export type JournalSort = keyof typeof JournalSort.values;

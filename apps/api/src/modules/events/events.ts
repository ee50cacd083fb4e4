import { formatMoney, type BusinessDate, type Fen } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import type { Statement } from '../../db/statements.js';
import { toGlobalId } from '../../graphql/node.js';

/**
 * Billing events: what other systems must learn of, recorded in the transaction of the change
 * itself (an outbox), so an event exists exactly when its change was committed. Delivery to
 * endpoints reads them later, in `seq` order.
 */
export const BILLING_EVENT_TYPES = [
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

export type BillingEventType = (typeof BILLING_EVENT_TYPES)[number];

export function isBillingEventType(type: string): type is BillingEventType {
  return (BILLING_EVENT_TYPES as readonly string[]).includes(type);
}

/** The node types an event is about. */
export type BillingEventObjectType =
  'Order' | 'Payment' | 'Refund' | 'Subscription' | 'Invoice' | 'PostpaidBill';

/** The events whose object is a subscription. */
export type SubscriptionEventType = Extract<
  BillingEventType,
  `subscription.${string}` | 'renewal.reminder_due'
>;

export interface BillingEventInput {
  readonly type: BillingEventType;
  readonly accountId: string;
  /** The account's clock's business date when it happened (a test-clock account's own date). */
  readonly businessDate: BusinessDate;
  readonly objectType: BillingEventObjectType;
  readonly objectId: string;
  /**
   * A snapshot of the object in the shape of its GraphQL type (see the builders below); null for
   * a Subscription only (`subscriptionEvent`): read in SQL from the subscription's row as the
   * inserting statement finds it (`subscriptionDataSql`), so it follows the writes made before.
   */
  readonly data: Record<string, unknown> | null;
}

/**
 * The INSERT of events, in the order given (their `seq` follows it), as one statement to run
 * with other writes (`runTogether`); null for none. `occurred_at` is real time (the
 * transaction's), `test_mode` whether the account lives on a test clock, read from the account.
 * A subscription's event without `data` takes the subscription's row as this statement sees it
 * (read only for such an event; within `runTogether`, as it was before the statement, whose
 * writes share one snapshot).
 */
export function eventsStatement(events: readonly BillingEventInput[]): Statement | null {
  if (events.length === 0) return null;
  return {
    sql: `INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
          SELECT e.x->>'type', a.id, now(), (e.x->>'businessDate')::date, a.test_clock_id IS NOT NULL,
                 e.x->>'objectType', (e.x->>'objectId')::uuid,
                 CASE WHEN jsonb_typeof(e.x->'data') = 'object' THEN e.x->'data'
                      ELSE (SELECT ${subscriptionDataSql('s')} FROM subscriptions s
                             WHERE s.id = (e.x->>'objectId')::uuid AND e.x->>'objectType' = 'Subscription') END
            FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(x, n)
            JOIN accounts a ON a.id = (e.x->>'accountId')::uuid
           ORDER BY e.n`,
    params: [JSON.stringify(events)],
  };
}

/** Records events in the caller's transaction, in one statement. */
export async function recordEvents(
  tx: EntityManager,
  events: readonly BillingEventInput[],
): Promise<void> {
  const statement = eventsStatement(events);
  if (statement) await tx.query(statement.sql, [...statement.params]);
}

/** Money as the API returns it: `{ amount: "123.45", currency: "CNY" }`. */
export function moneyData(amount: Fen | number): { amount: string; currency: 'CNY' } {
  return { amount: formatMoney(amount as Fen), currency: 'CNY' };
}

/** An instant as the API returns it (ISO 8601), null staying null. */
export const instant = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined ? null : new Date(value).toISOString();

/** What an object points at, as the API returns it: `{ id }` with the global id, or null. */
export const ref = (type: 'Account' | 'Order' | 'Payment' | 'Subscription', id: string | null) =>
  id === null ? null : { id: toGlobalId(type, id) };

/**
 * A global id in SQL, as `toGlobalId` writes it: base64url of `Type:uuid`, without padding
 * (short enough that PostgreSQL's base64 never breaks the line).
 */
export function globalIdSql(
  type: 'Account' | 'Subscription' | 'PostpaidBill',
  uuid: string,
): string {
  return `translate(encode(convert_to('${type}:' || ${uuid}::text, 'UTF8'), 'base64'), '+/=', '-_')`;
}

/**
 * A subscription as `Subscription` returns it, read in SQL from the row aliased `alias` (the
 * stored status: what the API shows once a transition is recorded).
 */
export function subscriptionDataSql(alias: string): string {
  const s = alias;
  return `jsonb_build_object(
    'id', ${globalIdSql('Subscription', `${s}.id`)},
    'account', jsonb_build_object('id', ${globalIdSql('Account', `${s}.account_id`)}),
    'product', jsonb_build_object('code', ${s}.product_code),
    'plan', jsonb_build_object('code', ${s}.plan_code),
    'status', ${s}.status,
    'seats', ${s}.seats,
    'legacySeats', ${s}.legacy_seats,
    'enterpriseNumber', ${s}.enterprise_number,
    'openedOn', ${s}.opened_on,
    'activatedOn', ${s}.activated_on,
    'currentPeriodStart', ${s}.period_start,
    'currentPeriodEnd', ${s}.period_end,
    'recycledOn', ${s}.recycled_on,
    'terminatedOn', ${s}.terminated_on,
    'terminationCause', ${s}.termination_cause)`;
}

/**
 * A subscription's event whose snapshot is read in SQL when it is inserted
 * (`eventsStatement`): the subscription as the writes before it left it.
 */
export function subscriptionEvent(
  type: SubscriptionEventType,
  subscription: { readonly id: string; readonly accountId: string },
  businessDate: BusinessDate,
): BillingEventInput {
  return {
    type,
    accountId: subscription.accountId,
    businessDate,
    objectType: 'Subscription',
    objectId: subscription.id,
    data: null,
  };
}

/**
 * The event of a subscription's change into a status, where it has one (activation and renewal
 * have their own: a return to ACTIVE, e.g. an upheld appeal, has none).
 */
export const STATUS_EVENT = {
  SUSPENDED: 'subscription.suspended',
  GRACE: 'subscription.grace',
  RECYCLED: 'subscription.recycled',
  TERMINATED: 'subscription.terminated',
} as const satisfies Record<string, SubscriptionEventType>;

/** Money in SQL as `moneyData` writes it, from an amount in fen. */
export const moneySql = (fen: string): string =>
  `jsonb_build_object('amount', round((${fen})::numeric / 100, 2)::text, 'currency', 'CNY')`;

/** An instant in SQL as `toISOString` writes it (null stays null). */
export const instantSql = (value: string): string =>
  `to_char((${value}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Rule ids (a text[]) in SQL as `[{ id }]`, in their order. */
export const ruleRefsSql = (rules: string): string =>
  `(SELECT coalesce(jsonb_agg(jsonb_build_object('id', u.rule) ORDER BY u.n), '[]'::jsonb)
      FROM unnest(${rules}) WITH ORDINALITY AS u(rule, n))`;

/**
 * A postpaid bill as `PostpaidBill` returns it, read in SQL from the row aliased `alias`: its
 * scalar fields, money and rule ids (the texts, which depend on the reader's language, and the
 * lines are read with the API).
 */
export function postpaidBillDataSql(alias: string): string {
  const b = alias;
  const first = `(${b}.month || '-01')::date`;
  return `jsonb_build_object(
    'id', ${globalIdSql('PostpaidBill', `${b}.id`)},
    'account', jsonb_build_object('id', ${globalIdSql('Account', `${b}.account_id`)}),
    'month', ${b}.month,
    'periodStart', ${first},
    'periodEnd', (${first} + interval '1 month')::date,
    'issuedOn', ${b}.issued_on,
    'dueOn', ${b}.due_on,
    'status', ${b}.status,
    'amount', ${moneySql(`${b}.amount`)},
    'lateFee', ${moneySql(`${b}.late_fee`)},
    'paid', ${moneySql(`${b}.paid`)},
    'outstanding', ${moneySql(`CASE WHEN ${b}.status = 'PAID' THEN 0 ELSE ${b}.amount + ${b}.late_fee - ${b}.paid END`)},
    'rules', ${ruleRefsSql(`${b}.rules`)},
    'lateFeeAssessedOn', ${b}.late_fee_assessed_on,
    'daysOverdue', CASE WHEN ${b}.late_fee_assessed_on IS NULL THEN 0
                        ELSE coalesce((${b}.late_fee_assessment->>'daysOverdue')::int, 0) END,
    'suspendsOn', coalesce(${b}.late_fee_assessment->>'suspendsOn', ${b}.due_on::text),
    'closesOn', coalesce(${b}.late_fee_assessment->>'closesOn', ${b}.due_on::text),
    'paidOn', ${b}.paid_on,
    'paidAt', ${instantSql(`${b}.paid_at`)},
    'method', ${b}.payment_method)`;
}

/**
 * A renewal reminder as `Reminder` returns it (R-LIFE-4), read in SQL from the
 * `renewal_reminders` row aliased `alias`, without its text (read it with the API).
 */
export function reminderDataSql(alias: string): string {
  const r = alias;
  return `jsonb_build_object(
    'kind', ${r}.kind,
    'dueOn', ${r}.due_on,
    'periodEnd', ${r}.period_end,
    'sentAt', ${instantSql(`${r}.sent_at`)},
    'rules', ${ruleRefsSql(`${r}.rules`)})`;
}

// Type-level tests of the webhook events (`npx -y pnpm@10 typecheck` checks the assertions;
// vitest runs the file too). test/webhook-events.test.ts checks the same selections against the
// events the real API records.
import { describe, expectTypeOf, it } from 'vitest';
import type * as T from './gql/graphql.js';
import type {
  OrderSnapshot,
  PostpaidBillSnapshot,
  RefundSnapshot,
  ReminderSnapshot,
  RenewalReminderSnapshot,
  SubscriptionSnapshot,
  UnrecognizedWebhookEvent,
  WebhookEvent,
  WebhookEventType,
} from './webhook-events.js';
import type { WebhookEventResult } from './webhooks.js';

type Money = { amount: string; currency: T.Currency };
type Ref = { id: string };

describe('WebhookEvent', () => {
  it('narrowing on type === "order.paid" types the order: data.total.amount is a string', () => {
    const handle = (event: WebhookEvent) => {
      if (event.type === 'order.paid') {
        expectTypeOf(event.objectType).toEqualTypeOf<'Order'>();
        expectTypeOf(event.data.total.amount).toEqualTypeOf<string>();
        expectTypeOf(event.data.status).toEqualTypeOf<T.OrderStatus>();
        expectTypeOf(event.data).toEqualTypeOf<OrderSnapshot>();
        // @ts-expect-error -- orderData writes no lines: the snapshot has none
        void event.data.lines;
        // @ts-expect-error -- a refund's field: an order has no payout
        void event.data.payout;
      }
    };
    void handle;
    expectTypeOf<WebhookEvent<'order.paid'>>().toEqualTypeOf<
      Extract<WebhookEvent, { type: 'order.paid' }>
    >();
  });

  it('refund.approved’s data is the refund as refundData writes it', () => {
    expectTypeOf<WebhookEvent<'refund.approved'>['data']>().toEqualTypeOf<RefundSnapshot>();
    expectTypeOf<WebhookEvent<'refund.approved'>['objectType']>().toEqualTypeOf<'Refund'>();
    expectTypeOf<RefundSnapshot>().toEqualTypeOf<{
      id: string;
      account: Ref;
      order: Ref;
      reason: T.RefundReason;
      status: T.RefundStatus;
      eligible: boolean;
      amount: Money;
      fee: Money;
      payout: Money;
      method: T.PaymentMethod;
      note: string | null;
      evidence: string[];
      requestedAt: string;
      requestedOn: string;
      reviewDueOn: string | null;
      decidedAt: string | null;
      decidedOn: string | null;
      decisionNote: string | null;
      payoutDueOn: string | null;
      paidAt: string | null;
      parts: Array<{
        amount: Money;
        method: T.PaymentMethod;
        payment: Ref;
        payout: Money;
        reference: string | null;
      }>;
    }>();
  });

  it('an order: scalars kept, money whole, what it points at as { id }, no lists of its own', () => {
    expectTypeOf<OrderSnapshot>().toEqualTypeOf<{
      id: string;
      account: Ref;
      subscription: Ref | null;
      kind: T.OrderKind;
      status: T.OrderStatus;
      orderDate: string;
      years: number | null;
      seats: number | null;
      periodStart: string | null;
      periodEnd: string | null;
      paidOn: string | null;
      fulfilmentDueOn: string | null;
      total: Money;
      paid: Money;
      outstanding: Money;
      refunded: Money;
      rules: Ref[];
      createdAt: string;
    }>();
  });

  it('a subscription: its product and plan by code only', () => {
    expectTypeOf<SubscriptionSnapshot['product']>().toEqualTypeOf<{ code: string }>();
    expectTypeOf<SubscriptionSnapshot['plan']>().toEqualTypeOf<{ code: string }>();
    expectTypeOf<SubscriptionSnapshot>().not.toHaveProperty('reminders');
    expectTypeOf<SubscriptionSnapshot>().not.toHaveProperty('historyConnection');
    expectTypeOf<
      WebhookEvent<'subscription.grace'>['data']
    >().toEqualTypeOf<SubscriptionSnapshot>();
  });

  it('the test event: its data, and its account null when sent to an operator’s endpoint', () => {
    expectTypeOf<WebhookEvent<'webhook.test'>['objectType']>().toEqualTypeOf<'WebhookEndpoint'>();
    expectTypeOf<WebhookEvent<'webhook.test'>['data']>().toEqualTypeOf<{
      endpoint: Ref;
      message: string;
    }>();
    expectTypeOf<WebhookEvent<'webhook.test'>['account']>().toEqualTypeOf<Ref | null>();
    // Only the test event: every recorded event is about an account.
    expectTypeOf<
      WebhookEvent<Exclude<WebhookEventType, 'webhook.test'>>['account']
    >().toEqualTypeOf<Ref>();
    const handle = (event: WebhookEvent) => {
      if (event.type === 'webhook.test') {
        // @ts-expect-error -- null for an operator's endpoint for every account
        void event.account.id;
        expectTypeOf(event.account?.id).toEqualTypeOf<string | undefined>();
      } else {
        expectTypeOf(event.account.id).toEqualTypeOf<string>();
      }
    };
    void handle;
  });

  it('postpaid_bill.overdue’s data is the bill as postpaidBillDataSql writes it, every field present', () => {
    expectTypeOf<
      WebhookEvent<'postpaid_bill.overdue'>['objectType']
    >().toEqualTypeOf<'PostpaidBill'>();
    expectTypeOf<
      WebhookEvent<'postpaid_bill.overdue'>['data']
    >().toEqualTypeOf<PostpaidBillSnapshot>();
    expectTypeOf<PostpaidBillSnapshot>().toEqualTypeOf<{
      id: string;
      account: Ref;
      month: string;
      status: T.PostpaidBillStatus;
      periodStart: string;
      periodEnd: string;
      issuedOn: string;
      closesOn: string;
      dueOn: string;
      suspendsOn: string;
      daysOverdue: number;
      amount: Money;
      lateFee: Money;
      lateFeeAssessedOn: string | null;
      paid: Money;
      outstanding: Money;
      paidOn: string | null;
      paidAt: string | null;
      method: T.PaymentMethod | null;
      rules: Ref[];
    }>();
    // @ts-expect-error -- no lines: read the bill with the API
    void ({} as PostpaidBillSnapshot).lines;
  });

  it('renewal.reminder_due’s data is the subscription and the reminder that fell due', () => {
    expectTypeOf<
      WebhookEvent<'renewal.reminder_due'>['objectType']
    >().toEqualTypeOf<'Subscription'>();
    expectTypeOf<
      WebhookEvent<'renewal.reminder_due'>['data']
    >().toEqualTypeOf<RenewalReminderSnapshot>();
    expectTypeOf<Omit<RenewalReminderSnapshot, 'reminder'>>().toEqualTypeOf<
      Omit<SubscriptionSnapshot, never>
    >();
    expectTypeOf<RenewalReminderSnapshot['reminder']>().toEqualTypeOf<ReminderSnapshot>();
    expectTypeOf<ReminderSnapshot>().toEqualTypeOf<{
      kind: T.ReminderKind;
      dueOn: string;
      periodEnd: string;
      sentAt: string;
      rules: Ref[];
    }>();
    // @ts-expect-error -- the reminder's text is not in the snapshot
    void ({} as ReminderSnapshot).message;
    // The other subscription events have no reminder.
    expectTypeOf<WebhookEvent<'subscription.renewed'>['data']>().not.toHaveProperty('reminder');
  });

  it('the types: one per line of the table, the envelope alike', () => {
    expectTypeOf<'order.paid'>().toExtend<WebhookEventType>();
    expectTypeOf<'order.shipped'>().not.toExtend<WebhookEventType>();
    expectTypeOf<WebhookEvent['sequence']>().toEqualTypeOf<number>();
    expectTypeOf<WebhookEvent['account']>().toEqualTypeOf<Ref | null>();
  });

  it('a result that is ok has an event only once a newer type is ruled out', () => {
    type Ok = Extract<WebhookEventResult, { ok: true }>;
    expectTypeOf<Ok['event']>().toEqualTypeOf<WebhookEvent | null>();
    expectTypeOf<
      Extract<Ok, { event: null }>['unrecognized']
    >().toEqualTypeOf<UnrecognizedWebhookEvent>();
    expectTypeOf<UnrecognizedWebhookEvent['data']>().toBeUnknown();
  });
});

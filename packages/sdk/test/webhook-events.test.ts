// The webhook events' types against what the real API records: every event type the API emits
// today is produced here, and each event's `data` is checked, field by field, against the
// selection its type is built from (src/webhook-events.ts) and the schema, by the same rules as
// the `Snapshot` type. A field the builder does not write, or writes with another shape, fails.
// The test event, sent but never recorded, is received from a real operator's endpoint.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { constructWebhookEvent, unwrap, type BillingClient } from '../src/index.js';
import {
  INVOICE_SNAPSHOT,
  ORDER_SNAPSHOT,
  PAYMENT_SNAPSHOT,
  POSTPAID_BILL_SNAPSHOT,
  REFUND_SNAPSHOT,
  REMINDER_SNAPSHOT,
  SUBSCRIPTION_SNAPSHOT,
  webhookEventPayloadKind,
  WEBHOOK_EVENT_TYPES,
  type PostpaidBillSnapshot,
  type RenewalReminderSnapshot,
  type SubscriptionSnapshot,
  type WebhookEventType,
} from '../src/webhook-events.js';
import { activeEqq, advanceTo, customerAt, operatorClient, verify } from './api.js';

const schema = buildSchema(
  readFileSync(new URL('../../../apps/api/schema.graphql', import.meta.url), 'utf8'),
);

type Selection = { readonly [field: string]: true | Selection };

/** Every type of event the API records (its `BILLING_EVENT_TYPES`): each is produced below. */
const RECORDED_TYPES = [
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
];

type Built = {
  type: string;
  selection: Selection;
  /**
   * Fields beyond the GraphQL type that the SDK types explicitly, each a snapshot of its own
   * GraphQL type (always present, never null).
   */
  typedExtras?: Record<string, { type: string; selection: Selection }>;
};

/** The selection and GraphQL type each kind of payload the API builds today is checked by. */
const BUILT: Record<string, Built> = {
  Order: { type: 'Order', selection: ORDER_SNAPSHOT },
  Payment: { type: 'Payment', selection: PAYMENT_SNAPSHOT },
  Refund: { type: 'Refund', selection: REFUND_SNAPSHOT },
  Subscription: { type: 'Subscription', selection: SUBSCRIPTION_SNAPSHOT },
  Invoice: { type: 'Invoice', selection: INVOICE_SNAPSHOT },
  PostpaidBill: { type: 'PostpaidBill', selection: POSTPAID_BILL_SNAPSHOT },
  // `RenewalReminderSnapshot`: the subscription, and the reminder that fell due.
  RenewalReminder: {
    type: 'Subscription',
    selection: SUBSCRIPTION_SNAPSHOT,
    typedExtras: { reminder: { type: 'Reminder', selection: REMINDER_SNAPSHOT } },
  },
};

/**
 * Fields the builders write that are not fields of the object's GraphQL type, so not typed (the
 * contract is the GraphQL type's shape). Listed so that a change to them is seen here.
 */
const UNTYPED_EXTRAS: Record<string, string[]> = {
  Payment: ['account', 'order'],
  Subscription: ['recycledOn', 'terminatedOn', 'terminationCause'],
  RenewalReminder: ['recycledOn', 'terminatedOn', 'terminationCause'],
};

const SCALARS: Record<string, (value: unknown) => boolean> = {
  ID: (v) => typeof v === 'string' && v !== '',
  String: (v) => typeof v === 'string',
  Boolean: (v) => typeof v === 'boolean',
  Int: (v) => Number.isInteger(v),
  Float: (v) => typeof v === 'number',
  Date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  DateTime: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && v.endsWith('Z'),
  Decimal: (v) => typeof v === 'string' && /^-?\d+\.\d{2}$/.test(v),
};

/** What is wrong with `value` as the snapshot of a field of type `type` selected by `selection`. */
function problems(
  value: unknown,
  type: GraphQLOutputType,
  selection: true | Selection,
  at: string,
): string[] {
  if (value === null) return isNonNullType(type) ? [`${at} is null, typed non-null`] : [];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return [`${at} is not a list`];
    return value.flatMap((element, i) =>
      problems(element, inner.ofType as GraphQLOutputType, selection, `${at}[${i}]`),
    );
  }
  const named = getNamedType(inner);
  if (isScalarType(named))
    return SCALARS[named.name]?.(value) ? [] : [`${at} is not a ${named.name}: ${String(value)}`];
  if (isEnumType(named))
    return named.getValue(String(value)) ? [] : [`${at} is not a ${named.name}: ${String(value)}`];
  if (!isObjectType(named)) return [`${at}: ${named.name} is not checked`];
  if (typeof value !== 'object' || Array.isArray(value)) return [`${at} is not an object`];
  const record = value as Record<string, unknown>;
  if (selection === true && named.getFields().id) {
    const keys = Object.keys(record);
    return keys.length === 1 && typeof record.id === 'string'
      ? []
      : [`${at} is not { id }: ${JSON.stringify(value)}`];
  }
  const fields =
    selection === true
      ? Object.fromEntries(Object.keys(named.getFields()).map((name) => [name, true as const]))
      : selection;
  return objectProblems(record, named, fields, at);
}

function objectProblems(
  record: Record<string, unknown>,
  type: GraphQLObjectType,
  selection: Selection,
  at: string,
  extras: readonly string[] = [],
): string[] {
  const fields = type.getFields();
  const found: string[] = [];
  for (const [name, selected] of Object.entries(selection)) {
    const field = fields[name];
    if (!field) found.push(`${at}.${name} is not a field of ${type.name}`);
    else if (!(name in record)) found.push(`${at}.${name} is missing`);
    else found.push(...problems(record[name], field.type, selected, `${at}.${name}`));
  }
  const unselected = Object.keys(record)
    .filter((name) => !(name in selection))
    .sort();
  if (unselected.join() !== [...extras].sort().join() || extras.some((e) => !(e in record)))
    found.push(`${at} has unselected fields [${unselected.join(', ')}]`);
  return found;
}

/** Where a snapshot of this event type departs from its type; [] when it conforms. */
function dataProblems(type: WebhookEventType, data: unknown): string[] {
  const kind = webhookEventPayloadKind(type);
  const built = BUILT[kind];
  if (!built) return [`${type}: no builder is checked for ${kind}`];
  if (typeof data !== 'object' || data === null) return [`${type}: data is not an object`];
  const typed = built.typedExtras ?? {};
  const record = Object.fromEntries(Object.entries(data).filter(([name]) => !(name in typed)));
  const found = objectProblems(
    record,
    schema.getType(built.type) as GraphQLObjectType,
    built.selection,
    type,
    (UNTYPED_EXTRAS[kind] ?? []).slice().sort(),
  );
  for (const [name, extra] of Object.entries(typed)) {
    const value = (data as Record<string, unknown>)[name];
    if (value === undefined) found.push(`${type}.${name} is missing`);
    else if (typeof value !== 'object' || value === null || Array.isArray(value))
      found.push(`${type}.${name} is not an object: ${JSON.stringify(value)}`);
    else
      found.push(
        ...objectProblems(
          value as Record<string, unknown>,
          schema.getType(extra.type) as GraphQLObjectType,
          extra.selection,
          `${type}.${name}`,
        ),
      );
  }
  return found;
}

/** A QIDIAN subscription (3 seats) opened on `openOn`, paid, verified and activated on `activateOn`. */
async function activeQidian(openOn: string, activateOn: string) {
  const account = await customerAt(openOn);
  const opened = unwrap(
    await account.customer.openSubscription({
      accountId: account.accountId,
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 3,
      years: 1,
    }),
  );
  const paid = unwrap(
    await account.customer.payOrder({
      orderId: opened.order.id,
      method: 'ALIPAY',
      amount: opened.order.total.amount,
    }),
  );
  await verify(account.customer, account.operator, account.accountId);
  if (activateOn !== openOn) await advanceTo(account.operator, account.clockId, activateOn);
  unwrap(await account.operator.activateSubscription({ subscriptionId: opened.subscription.id }));
  return {
    ...account,
    orderId: opened.order.id,
    paymentId: paid.payment.id,
    subscriptionId: opened.subscription.id,
  };
}

type Recorded = Awaited<ReturnType<BillingClient['billingEvents']>>['edges'][number]['node'];

async function eventsOf(operator: BillingClient, accountId: string): Promise<Recorded[]> {
  const page = await operator.billingEvents({ accountId, first: 100 });
  return page.edges.map((edge) => edge.node);
}

describe('webhook events against the events the API records', () => {
  const recorded: Recorded[] = [];

  beforeAll(async () => {
    const operator = operatorClient();
    const accounts: string[] = [];

    // Ordered, paid, activated, refunded and paid out (R-REF-7DAY).
    const refunded = await activeQidian('2024-03-01', '2024-03-01');
    accounts.push(refunded.accountId);
    await advanceTo(operator, refunded.clockId, '2024-03-04');
    const requested = unwrap(
      await refunded.customer.requestRefund({ orderId: refunded.orderId, reason: 'NO_REASON' }),
    );
    unwrap(await operator.approveRefund({ refundId: requested.refund.id }));
    unwrap(await operator.payRefund({ refundId: requested.refund.id }));

    // A refund rejected.
    const rejected = await activeQidian('2024-06-03', '2024-06-03');
    accounts.push(rejected.accountId);
    const second = unwrap(
      await rejected.customer.requestRefund({ orderId: rejected.orderId, reason: 'NO_REASON' }),
    );
    unwrap(await operator.rejectRefund({ refundId: second.refund.id, note: 'Used' }));

    // Grace, then recycled (R-LIFE-1, R-LIFE-3).
    const lapsed = await activeQidian('2024-03-01', '2024-03-05');
    accounts.push(lapsed.accountId);
    await advanceTo(operator, lapsed.clockId, '2025-03-10');
    await advanceTo(operator, lapsed.clockId, '2025-04-20');

    // Terminated at EQQ's sunset (R-CAT-4).
    const sunset = await activeEqq('2021-05-01');
    accounts.push(sunset.accountId);
    await advanceTo(operator, sunset.clockId, '2022-02-01');

    // An invoice issued (R-INV-2).
    const invoiced = await activeQidian('2024-01-31', '2024-01-31');
    accounts.push(invoiced.accountId);
    const { invoice } = unwrap(
      await invoiced.customer.requestInvoice({
        paymentId: invoiced.paymentId,
        title: 'Verified Enterprise Co., Ltd.',
        type: 'GENERAL',
      }),
    );
    await advanceTo(operator, invoiced.clockId, '2024-02-20');
    unwrap(
      await operator.issueInvoice({
        invoiceId: invoice.id,
        number: String(10_000_000 + Math.floor(Math.random() * 80_000_000)),
        issuedOn: '2024-02-19',
      }),
    );

    // Seats added and paid, then removed (R-SEAT-1); the renewal window's reminder (R-LIFE-4);
    // renewed and paid in it (R-RENEW-1): order.fulfilled, seats_changed, reminder, renewed.
    const changed = await activeQidian('2024-03-01', '2024-03-01');
    accounts.push(changed.accountId);
    const { subscriptionId } = changed;
    await advanceTo(operator, changed.clockId, '2024-04-01');
    const added = unwrap(await changed.customer.addSeats({ subscriptionId, seats: 2 }));
    unwrap(
      await changed.customer.payOrder({
        orderId: added.order.id,
        method: 'ALIPAY',
        amount: added.order.total.amount,
      }),
    );
    await advanceTo(operator, changed.clockId, '2024-05-01');
    unwrap(await changed.customer.removeSeats({ subscriptionId, seats: 1 }));
    await advanceTo(operator, changed.clockId, '2025-02-10');
    const renewal = unwrap(await changed.customer.renewSubscription({ subscriptionId, years: 1 }));
    unwrap(
      await changed.customer.payOrder({
        orderId: renewal.order.id,
        method: 'ALIPAY',
        amount: renewal.order.total.amount,
      }),
    );

    // An unpaid opening cancelled: order.cancelled, and its subscription, which never started,
    // terminated (no activation, no period).
    const cancelling = await customerAt('2024-03-01');
    accounts.push(cancelling.accountId);
    const unpaid = unwrap(
      await cancelling.customer.openSubscription({
        accountId: cancelling.accountId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 3,
        years: 1,
      }),
    );
    unwrap(await cancelling.customer.cancelOrder({ orderId: unpaid.order.id }));

    // Violations: suspended at the second, terminated at the third (VIOLATION_BAN).
    const violated = await activeEqq('2021-05-01');
    accounts.push(violated.accountId);
    const violation = (reason: string) =>
      operator.recordViolation({ subscriptionId: violated.subscriptionId, reason });
    unwrap(await violation('first'));
    unwrap(await violation('second'));
    await advanceTo(operator, violated.clockId, '2021-05-04');
    unwrap(await violation('third'));

    // A termination notice taking effect (R-TERM-1): terminated, its number returned.
    const noticed = await activeEqq('2021-05-01');
    accounts.push(noticed.accountId);
    await advanceTo(operator, noticed.clockId, '2021-06-01');
    unwrap(
      await operator.terminateSubscription({
        subscriptionId: noticed.subscriptionId,
        effectiveOn: '2021-06-15',
        reason: 'Product line discontinued',
      }),
    );
    await advanceTo(operator, noticed.clockId, '2021-06-20');

    // A postpaid bill unpaid past its due date, the 15th (R-PAY-5).
    const postpaid = await customerAt('2024-02-01');
    accounts.push(postpaid.accountId);
    unwrap(
      await operator.issuePostpaidBill({
        accountId: postpaid.accountId,
        month: '2024-01',
        lines: [{ description: 'SMS: 1,200 messages', amount: '80.40' }],
      }),
    );
    await advanceTo(operator, postpaid.clockId, '2024-02-16');

    for (const accountId of accounts) recorded.push(...(await eventsOf(operator, accountId)));
  });

  it('every type the API records today is produced here and known to the SDK', () => {
    const types = [...new Set(recorded.map((event) => event.type))].sort();
    expect(types).toEqual([...RECORDED_TYPES].sort());
    // The types the schema says the API records (`BillingEvent.type`): the same.
    const described = schema.getType('BillingEvent') as GraphQLObjectType;
    const named = described.getFields().type!.description!.split('What happened:')[1] ?? '';
    expect([...named.matchAll(/[a-z_]+\.[a-z_]+/g)].map((m) => m[0]).sort()).toEqual(types);
    // The SDK knows each, and nothing more but the test event, which is never recorded.
    expect([...WEBHOOK_EVENT_TYPES].sort()).toEqual([...types, 'webhook.test'].sort());
  });

  it('the ways above are each seen: both reminders, every cause of an end, seats up and down, a renewal, a suspension, an overdue bill', () => {
    const of = (type: string) => recorded.filter((event) => event.type === type);
    const kinds = of('renewal.reminder_due').map(
      (event) => (event.data as RenewalReminderSnapshot).reminder.kind,
    );
    expect(new Set(kinds)).toEqual(new Set(['WINDOW_OPENS', 'SEVEN_DAYS_BEFORE_END']));
    const causes = of('subscription.terminated').map(
      (event) => (event.data as { terminationCause: string }).terminationCause,
    );
    expect(new Set(causes)).toEqual(new Set(['AGREEMENT_ENDED', 'SUNSET', 'VIOLATION_BAN']));
    // The subscription that never started: no activation, no period (nullable fields as null).
    expect(
      of('subscription.terminated').some(
        (event) => (event.data as SubscriptionSnapshot).activatedOn === null,
      ),
    ).toBe(true);
    const seats = of('subscription.seats_changed').map(
      (event) => (event.data as SubscriptionSnapshot).seats,
    );
    expect(seats).toEqual([5, 4]);
    expect(of('subscription.renewed').map((event) => event.businessDate)).toEqual(['2025-02-10']);
    expect(of('subscription.suspended').map((event) => event.businessDate)).toEqual(['2021-05-01']);
    expect(
      of('postpaid_bill.overdue').map((event) => [
        event.businessDate,
        (event.data as PostpaidBillSnapshot).status,
        (event.data as PostpaidBillSnapshot).outstanding,
      ]),
    ).toEqual([['2024-02-16', 'OVERDUE', { amount: '80.44', currency: 'CNY' }]]);
  });

  it('each event’s data has exactly the fields its type says, each of the schema’s type', () => {
    const found = recorded.flatMap((event) =>
      dataProblems(event.type as WebhookEventType, event.data),
    );
    expect(found).toEqual([]);
  });

  it('each event, posted as the contract says and signed, constructs into itself', async () => {
    const secret = 'whsec_contract';
    for (const [i, recordedEvent] of recorded.entries()) {
      const body = JSON.stringify({
        id: recordedEvent.id,
        type: recordedEvent.type,
        sequence: i + 1,
        occurredAt: recordedEvent.occurredAt,
        businessDate: recordedEvent.businessDate,
        testMode: recordedEvent.testMode,
        account: { id: recordedEvent.account.id },
        objectType: recordedEvent.objectType,
        objectId: recordedEvent.objectId,
        data: recordedEvent.data,
      });
      const t = Math.floor(Date.now() / 1000);
      const signature = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
      const result = await constructWebhookEvent({
        body,
        header: `t=${t},v1=${signature}`,
        secret,
      });
      expect(result).toMatchObject({ ok: true, event: JSON.parse(body) });
    }
  });
});

describe('the test event sent to an operator’s endpoint for every account', () => {
  it('has account null, and constructs into a webhook.test event', async () => {
    const operator = operatorClient();
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    // No accountId: every account's events. Subscribed to one type only, which no other test
    // produces while it exists, so that it is sent nothing but the test event.
    const created = unwrap(
      await operator.createWebhookEndpoint({ url, eventTypes: ['postpaid_bill.overdue'] }),
    );
    const endpoint = created.endpoint!;
    try {
      expect(endpoint.account).toBeNull();
      const sent = unwrap(await operator.sendTestWebhookEvent({ endpointId: endpoint.id }));
      expect(sent.delivery).toMatchObject({ eventType: 'webhook.test', status: 'SUCCEEDED' });
      const test = received.find((r) => r.headers['billing-event-type'] === 'webhook.test');
      expect(test).toBeDefined();
      expect(JSON.parse(test!.body)).toMatchObject({ type: 'webhook.test', account: null });
      const result = await constructWebhookEvent({
        body: test!.body,
        header: test!.headers['billing-signature'],
        secret: created.signingSecret!,
      });
      expect(result).toMatchObject({
        ok: true,
        event: {
          type: 'webhook.test',
          account: null,
          objectType: 'WebhookEndpoint',
          objectId: endpoint.id,
          data: { endpoint: { id: endpoint.id }, message: expect.any(String) },
        },
      });
    } finally {
      unwrap(await operator.deleteWebhookEndpoint({ id: endpoint.id }));
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the checker', () => {
  it('finds a missing field, an extra one, a wrong shape and a null where none may be', () => {
    const order = {
      id: 'T3JkZXI6MQ',
      account: { id: 'QWNjb3VudDox' },
      subscription: null,
      kind: 'NEW_SUBSCRIPTION',
      status: 'PAID',
      orderDate: '2024-03-01',
      years: 1,
      seats: 3,
      periodStart: null,
      periodEnd: null,
      paidOn: '2024-03-01',
      fulfilmentDueOn: null,
      total: { amount: '3000.00', currency: 'CNY' },
      paid: { amount: '3000.00', currency: 'CNY' },
      outstanding: { amount: '0.00', currency: 'CNY' },
      refunded: { amount: '0.00', currency: 'CNY' },
      rules: [{ id: 'R-OPEN-1' }],
      createdAt: '2024-03-01T02:00:00.000Z',
    };
    expect(dataProblems('order.paid', order)).toEqual([]);
    const { createdAt: _, ...missing } = order;
    expect(dataProblems('order.paid', missing)).toEqual(['order.paid.createdAt is missing']);
    expect(dataProblems('order.paid', { ...order, explanation: 'x' })).toEqual([
      'order.paid has unselected fields [explanation]',
    ]);
    expect(
      dataProblems('order.paid', {
        ...order,
        account: { id: 'a', name: 'Acme' },
        rules: [{ id: 'R-OPEN-1', summary: 's' }],
        total: { amount: 3000, currency: 'CNY' },
        status: 'SHIPPED',
        orderDate: null,
      }),
    ).toEqual([
      'order.paid.account is not { id }: {"id":"a","name":"Acme"}',
      'order.paid.status is not a OrderStatus: SHIPPED',
      'order.paid.orderDate is null, typed non-null',
      'order.paid.total.amount is not a Decimal: 3000',
      'order.paid.rules[0] is not { id }: {"id":"R-OPEN-1","summary":"s"}',
    ]);
    expect(dataProblems('webhook.test', {})).toEqual([
      'webhook.test: no builder is checked for WebhookTest',
    ]);
  });

  const money = (amount: string) => ({ amount, currency: 'CNY' });
  const subscription = {
    id: 'U3Vic2NyaXB0aW9uOjE',
    account: { id: 'QWNjb3VudDox' },
    product: { code: 'QIDIAN' },
    plan: { code: 'SEATS' },
    status: 'ACTIVE',
    seats: 3,
    legacySeats: 0,
    enterpriseNumber: '4001234567',
    openedOn: '2024-03-01',
    activatedOn: '2024-03-01',
    currentPeriodStart: '2024-03-01',
    currentPeriodEnd: '2025-03-01',
    recycledOn: null,
    terminatedOn: null,
    terminationCause: null,
  };

  it('checks a reminder’s subscription and, as its own type, the reminder', () => {
    const reminder = {
      kind: 'WINDOW_OPENS',
      dueOn: '2025-02-01',
      periodEnd: '2025-03-01',
      sentAt: '2025-02-01T02:00:00.000Z',
      rules: [{ id: 'R-LIFE-4' }],
    };
    const event = { ...subscription, reminder };
    expect(dataProblems('renewal.reminder_due', event)).toEqual([]);
    expect(dataProblems('subscription.renewed', event)).toEqual([
      'subscription.renewed has unselected fields [recycledOn, reminder, terminatedOn, terminationCause]',
    ]);
    expect(dataProblems('renewal.reminder_due', subscription)).toEqual([
      'renewal.reminder_due.reminder is missing',
    ]);
    const { sentAt: _, ...unsent } = reminder;
    expect(
      dataProblems('renewal.reminder_due', {
        ...subscription,
        reminder: { ...unsent, kind: 'TOMORROW', message: 'Renew now' },
      }),
    ).toEqual([
      'renewal.reminder_due.reminder.kind is not a ReminderKind: TOMORROW',
      'renewal.reminder_due.reminder.sentAt is missing',
      'renewal.reminder_due.reminder has unselected fields [message]',
    ]);
    expect(dataProblems('renewal.reminder_due', { ...subscription, reminder: null })).toEqual([
      'renewal.reminder_due.reminder is not an object: null',
    ]);
    const { seats: _seats, ...seatless } = event;
    expect(dataProblems('renewal.reminder_due', seatless)).toEqual([
      'renewal.reminder_due.seats is missing',
    ]);
  });

  it('checks a postpaid bill', () => {
    const bill = {
      id: 'UG9zdHBhaWRCaWxsOjE',
      account: { id: 'QWNjb3VudDox' },
      month: '2024-01',
      status: 'OVERDUE',
      periodStart: '2024-01-01',
      periodEnd: '2024-02-01',
      issuedOn: '2024-02-01',
      closesOn: '2024-05-15',
      dueOn: '2024-02-15',
      suspendsOn: '2024-03-16',
      daysOverdue: 1,
      amount: money('80.40'),
      lateFee: money('0.04'),
      lateFeeAssessedOn: '2024-02-16',
      paid: money('0.00'),
      outstanding: money('80.44'),
      paidOn: null,
      paidAt: null,
      method: null,
      rules: [{ id: 'R-PAY-5' }],
    };
    expect(dataProblems('postpaid_bill.overdue', bill)).toEqual([]);
    const { suspendsOn: _, ...partial } = bill;
    expect(dataProblems('postpaid_bill.overdue', { ...partial, lines: [] })).toEqual([
      'postpaid_bill.overdue.suspendsOn is missing',
      'postpaid_bill.overdue has unselected fields [lines]',
    ]);
    expect(
      dataProblems('postpaid_bill.overdue', { ...bill, daysOverdue: null, status: 'LATE' }),
    ).toEqual([
      'postpaid_bill.overdue.status is not a PostpaidBillStatus: LATE',
      'postpaid_bill.overdue.daysOverdue is null, typed non-null',
    ]);
  });
});

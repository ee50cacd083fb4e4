// The webhook events' types against what the real API records: every event type the API emits
// today is produced here, and each event's `data` is checked, field by field, against the
// selection its type is built from (src/webhook-events.ts) and the schema, by the same rules as
// the `Snapshot` type. A field the builder does not write, or writes with another shape, fails.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
  REFUND_SNAPSHOT,
  SUBSCRIPTION_SNAPSHOT,
  webhookEventPayloadKind,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../src/webhook-events.js';
import { activeEqq, advanceTo, customerAt, operatorClient, verify } from './api.js';

const schema = buildSchema(
  readFileSync(new URL('../../../apps/api/schema.graphql', import.meta.url), 'utf8'),
);

type Selection = { readonly [field: string]: true | Selection };

/** The selection and GraphQL type each kind of payload the API builds today is checked by. */
const BUILT: Record<string, { type: string; selection: Selection }> = {
  Order: { type: 'Order', selection: ORDER_SNAPSHOT },
  Payment: { type: 'Payment', selection: PAYMENT_SNAPSHOT },
  Refund: { type: 'Refund', selection: REFUND_SNAPSHOT },
  Subscription: { type: 'Subscription', selection: SUBSCRIPTION_SNAPSHOT },
  Invoice: { type: 'Invoice', selection: INVOICE_SNAPSHOT },
};

/**
 * Fields the builders write that are not fields of the object's GraphQL type, so not typed (the
 * contract is the GraphQL type's shape). Listed so that a change to them is seen here.
 */
const UNTYPED_EXTRAS: Record<string, string[]> = {
  Payment: ['account', 'order'],
  Subscription: ['recycledOn', 'terminatedOn', 'terminationCause'],
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
  return objectProblems(
    data as Record<string, unknown>,
    schema.getType(built.type) as GraphQLObjectType,
    built.selection,
    type,
    (UNTYPED_EXTRAS[kind] ?? []).slice().sort(),
  );
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
  return { ...account, orderId: opened.order.id, paymentId: paid.payment.id };
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

    for (const accountId of accounts) recorded.push(...(await eventsOf(operator, accountId)));
  });

  it('every type the API records today is produced here and known to the SDK', () => {
    const types = new Set(recorded.map((event) => event.type));
    expect([...types].sort()).toEqual(
      [
        'invoice.issued',
        'order.created',
        'order.paid',
        'payment.succeeded',
        'refund.approved',
        'refund.paid_out',
        'refund.rejected',
        'refund.requested',
        'subscription.activated',
        'subscription.grace',
        'subscription.recycled',
        'subscription.terminated',
      ].sort(),
    );
    for (const type of types) expect(WEBHOOK_EVENT_TYPES).toContain(type);
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
    expect(dataProblems('postpaid_bill.overdue', {})).toEqual([
      'postpaid_bill.overdue: no builder is checked for PostpaidBill',
    ]);
  });
});

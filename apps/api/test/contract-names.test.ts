import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/schema.js';

/**
 * Every stable name of the public contract (docs/api-contract.md, "Stable names"): other teams
 * rely on them, so they may be extended but never renamed or dropped. The last test keeps that
 * page listing every name pinned here.
 */
const OBJECT_FIELDS: Record<string, string[]> = {
  Money: ['amount', 'currency'],
  UserError: ['code', 'message', 'field'],
  LineItem: ['description', 'quantity', 'months', 'unitPrice', 'amount', 'rules'],
  RuleRef: ['id', 'summary'],
  Quote: ['total', 'lines', 'periodStart', 'periodEnd', 'userErrors'],
  Account: [
    'id',
    'name',
    'verifiedName',
    'status',
    'balance',
    'subscriptions',
    'orders',
    'refunds',
    'testClock',
  ],
  Subscription: [
    'id',
    'account',
    'product',
    'plan',
    'seats',
    'legacySeats',
    'status',
    'currentPeriodStart',
    'currentPeriodEnd',
    'expiresOn',
    'renewalOpensOn',
    'graceEndsOn',
    'entitlements',
    'enterpriseNumber',
    'history',
  ],
  Entitlements: ['initiateSessions'],
  Order: [
    'id',
    'account',
    'subscription',
    'kind',
    'status',
    'total',
    'lines',
    'payments',
    'refunds',
    'createdAt',
    'fulfilmentDueOn',
  ],
  Payment: ['id', 'method', 'amount', 'status', 'paidAt', 'duplicate'],
  Refund: [
    'id',
    'order',
    'reason',
    'status',
    'amount',
    'fee',
    'method',
    'requestedAt',
    'decidedAt',
    'payoutDueOn',
    'paidAt',
    'decision',
  ],
  RefundDecision: ['eligible', 'amount', 'fee', 'rules', 'explanation'],
  PageInfo: ['hasNextPage', 'endCursor'],
  AccountConnection: ['edges', 'pageInfo', 'totalCount'],
  AccountEdge: ['node', 'cursor'],
};

const ENUMS: Record<string, string[]> = {
  Currency: ['CNY'],
  SubscriptionStatus: [
    'PENDING_ACTIVATION',
    'ACTIVE',
    'GRACE',
    'RECYCLED',
    'SUSPENDED',
    'TERMINATED',
  ],
  OrderKind: ['NEW_SUBSCRIPTION', 'ADD_SEATS', 'RENEWAL', 'VALUE_ADDED', 'UPGRADE'],
  OrderStatus: [
    'AWAITING_PAYMENT',
    'PAID',
    'FULFILLED',
    'CANCELLED',
    'REFUNDED',
    'PARTIALLY_REFUNDED',
  ],
  PaymentMethod: ['BANK_CARD', 'ALIPAY', 'WECHAT_PAY', 'TENCENT_WALLET', 'BALANCE'],
  RefundReason: [
    'NO_REASON',
    'SERVICE_DEFECT',
    'PLATFORM_OUTAGE',
    'NOT_ACTIVATED',
    'ACTIVATION_OVERDUE',
    'DUPLICATE_PAYMENT',
    'ORDER_ERROR',
    'ACCOUNT_ANOMALY',
    'USER_CANCELLATION',
  ],
  RefundStatus: ['REQUESTED', 'APPROVED', 'REJECTED', 'PAID'],
  UserErrorCode: [
    'SEAT_LIMIT',
    'NOT_REFUNDABLE',
    'INVALID_STATE',
    'INSUFFICIENT_BALANCE',
    'PRODUCT_SUNSET',
    'NOT_FOUND',
    'IDEMPOTENCY_KEY_REUSED',
  ],
  Role: ['OPERATOR', 'CUSTOMER_ADMIN', 'CUSTOMER_MEMBER'],
};

const QUERIES = [
  'viewer',
  'account',
  'accounts',
  'catalog',
  'quote',
  'refundPreview',
  'order',
  'refund',
  'subscription',
  'node',
];

/** Mutation → the fields its `input` takes, and the payload object field. */
const MUTATIONS: Record<string, { input: string[]; payload: string[] }> = {
  createAccount: { input: ['name', 'testClockId'], payload: ['account', 'userErrors'] },
  submitVerification: {
    input: ['accountId', 'verifiedName', 'documents'],
    payload: ['account', 'userErrors'],
  },
  approveVerification: { input: ['accountId'], payload: ['account', 'userErrors'] },
  rejectVerification: { input: ['accountId', 'reason'], payload: ['account', 'userErrors'] },
  openSubscription: {
    input: ['accountId', 'productCode', 'planCode', 'seats', 'years', 'idempotencyKey'],
    payload: ['order', 'userErrors'],
  },
  activateSubscription: { input: ['subscriptionId'], payload: ['subscription', 'userErrors'] },
  addSeats: {
    input: ['subscriptionId', 'seats', 'idempotencyKey'],
    payload: ['order', 'userErrors'],
  },
  removeSeats: {
    input: ['subscriptionId', 'seats', 'idempotencyKey'],
    payload: ['subscription', 'userErrors'],
  },
  renewSubscription: {
    input: ['subscriptionId', 'years', 'idempotencyKey'],
    payload: ['order', 'userErrors'],
  },
  upgradeSubscription: {
    input: ['subscriptionId', 'toProductCode', 'idempotencyKey'],
    payload: ['subscription', 'order', 'userErrors'],
  },
  payOrder: {
    input: ['orderId', 'method', 'amount', 'idempotencyKey'],
    payload: ['payment', 'userErrors'],
  },
  topUpBalance: {
    input: ['accountId', 'method', 'amount', 'idempotencyKey'],
    payload: ['userErrors'],
  },
  requestRefund: {
    input: ['orderId', 'reason', 'note', 'evidence', 'idempotencyKey'],
    payload: ['refund', 'userErrors'],
  },
  approveRefund: { input: ['refundId', 'note'], payload: ['refund', 'userErrors'] },
  rejectRefund: { input: ['refundId', 'note'], payload: ['refund', 'userErrors'] },
  requestInvoice: {
    input: ['paymentId', 'title', 'type', 'idempotencyKey'],
    payload: ['userErrors'],
  },
  createApiToken: { input: ['accountId', 'role'], payload: ['token', 'userErrors'] },
  createTestClock: { input: ['name', 'frozenAt'], payload: ['testClock', 'userErrors'] },
  advanceTestClock: { input: ['id', 'to'], payload: ['testClock', 'userErrors'] },
};

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

function fieldsOf(name: string): string[] {
  const type = schema.getType(name);
  if (!(
    type instanceof GraphQLObjectType ||
    type instanceof GraphQLInterfaceType ||
    type instanceof GraphQLInputObjectType
  ))
    return [];
  return Object.keys(type.getFields());
}

describe('the public contract (docs/api-contract.md) is in the schema', () => {
  it.each(Object.entries(OBJECT_FIELDS))('type %s has its contract fields', (name, fields) => {
    expect(fieldsOf(name)).toEqual(expect.arrayContaining(fields));
  });

  it.each(Object.entries(ENUMS))('enum %s has its contract values', (name, values) => {
    const type = schema.getType(name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    expect((type as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(
      expect.arrayContaining(values),
    );
  });

  it('the scalars Decimal, Date and DateTime and the Node interface exist; money is never a Float', () => {
    for (const name of ['Decimal', 'Date', 'DateTime']) expect(schema.getType(name)).toBeDefined();
    expect(schema.getType('Node')).toBeInstanceOf(GraphQLInterfaceType);
    const moneyAmount = (schema.getType('Money') as GraphQLObjectType).getFields().amount!;
    expect(String(moneyAmount.type)).toBe('Decimal!');
    expect(String((schema.getType('Quote') as GraphQLObjectType).getFields().total!.type)).toBe(
      'Money',
    );
  });

  it('every contract query exists, quote and refundPreview with their contract inputs', () => {
    const queries = schema.getQueryType()!.getFields();
    expect(Object.keys(queries)).toEqual(expect.arrayContaining(QUERIES));
    const inputOf = (name: string) =>
      fieldsOf(String(queries[name]!.args.find((a) => a.name === 'input')!.type).replace(/!$/, ''));
    expect(inputOf('quote')).toEqual(
      expect.arrayContaining(['action', 'subscriptionId', 'seats', 'asOf']),
    );
    expect(inputOf('refundPreview')).toEqual(
      expect.arrayContaining(['orderId', 'reason', 'note', 'evidence', 'asOf']),
    );
    expect(
      (schema.getType('QuoteAction') as GraphQLEnumType).getValues().map((v) => v.name),
    ).toEqual(expect.arrayContaining(['NEW_SUBSCRIPTION', 'ADD_SEATS', 'RENEWAL']));
    for (const list of ['accounts']) {
      expect(queries[list]!.args.map((a) => a.name)).toEqual(
        expect.arrayContaining(['first', 'after', 'filter']),
      );
    }
  });

  it.each(Object.entries(MUTATIONS))(
    'mutation %s takes one input with its contract fields and returns its payload',
    (name, { input, payload }) => {
      const field = schema.getMutationType()!.getFields()[name];
      expect(field, name).toBeDefined();
      expect(field!.args.map((a) => a.name)).toEqual(['input']);
      const inputType = String(field!.args[0]!.type).replace(/!$/, '');
      expect(fieldsOf(inputType)).toEqual(expect.arrayContaining(input));
      expect(fieldsOf(String(field!.type).replace(/!$/, ''))).toEqual(
        expect.arrayContaining(payload),
      );
    },
  );
});

describe('docs/api-contract.md lists the stable names', () => {
  const page = readFileSync(new URL('../../../docs/api-contract.md', import.meta.url), 'utf8');
  /** Everything the page shows as code (`Name`), the words of table cells and lists included. */
  const shown = new Set([...page.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.match(/\w+/g) ?? []));
  const pinned = [
    ...Object.entries(OBJECT_FIELDS).flatMap(([type, fields]) => [type, ...fields]),
    ...Object.entries(ENUMS).flatMap(([type, values]) => [type, ...values]),
    ...QUERIES,
    ...Object.entries(MUTATIONS).flatMap(([name, { input, payload }]) => [
      name,
      ...input,
      ...payload,
    ]),
    ...['Decimal', 'Date', 'DateTime', 'Node', 'QuoteAction', 'action', 'subscriptionId', 'asOf'],
  ];

  it('every name the tests above pin appears on the page', () => {
    expect([...new Set(pinned)].filter((name) => !shown.has(name))).toEqual([]);
  });

  it('the page points at nothing outside the repository', () => {
    expect(page).not.toMatch(/\.\.\/shared|shared\/spec/);
  });
});

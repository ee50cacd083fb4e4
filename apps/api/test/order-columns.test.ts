import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderEntity } from '../src/modules/orders/order.entity.js';
import { entitySource } from '../src/graphql/keyset.js';
import { activeSubscription, addSeats, requestRefund } from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * A list of orders reads only the columns its selection needs (src/modules/orders/
 * orders.selection.ts): every field of `Order` answers the same from a list as from the order
 * read whole, and a list asking for few fields sends a statement naming few columns.
 */
let api: Harness;
let statements: string[] = [];
let accountId: string;
let subscriptionId: string;
beforeAll(async () => {
  api = await startHarness({ logQueries: (sql) => statements.push(sql) });
  const active = await activeSubscription(api, {
    openOn: '2024-03-04',
    activateOn: '2024-03-05',
    seats: 5,
    productCode: 'QIDIAN',
  });
  ({ accountId, subscriptionId } = active);
  // Orders of several kinds, paid and not, one with a refund asked.
  await addSeats(api, subscriptionId, 2);
  await requestRefund(api, { orderId: active.openingOrderId, reason: 'NO_REASON' });
});
afterAll(async () => {
  await api?.close();
});

/** Each field of Order with what to select under it. */
const FIELDS: Record<string, string> = {
  __typename: '',
  id: '',
  kind: '',
  status: '',
  orderDate: '',
  years: '',
  seats: '',
  periodStart: '',
  periodEnd: '',
  paidOn: '',
  fulfilmentDueOn: '',
  explanation: '',
  rules: '{ id summary }',
  createdAt: '',
  total: '{ amount currency }',
  paid: '{ amount }',
  outstanding: '{ amount }',
  refunded: '{ amount }',
  account: '{ id name }',
  subscription: '{ id seats }',
  lines: '{ description quantity months unitPrice { amount } amount { amount } rules { id } }',
  payments: '{ id amount { amount } }',
  refunds: '{ id status }',
  journalEntries: '{ id ledger amount { amount } }',
  correction: '{ total { amount } }',
};

describe('a list of orders reads the columns its selection needs', () => {
  it('covers every field of Order in the schema', () => {
    const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    const order = schema.getType('Order') as GraphQLObjectType;
    expect(Object.keys(FIELDS).sort()).toEqual(
      ['__typename', ...Object.keys(order.getFields())].sort(),
    );
  });

  it.each(Object.entries(FIELDS))(
    '%s answers the same from the account’s and the subscription’s lists as from order(id)',
    async (field, below) => {
      const selection = `id ${field} ${below}`;
      const listed = await api.gql(
        `query($id: ID!, $sub: ID!) {
          account(id: $id) { orders(first: 10) { edges { node { ${selection} } } } }
          subscription(id: $sub) { ordersConnection(first: 10) { edges { node { ${selection} } } } }
        }`,
        { id: accountId, sub: subscriptionId },
      );
      expect(listed.errors).toBeUndefined();
      const fromAccount = listed.data!.account.orders.edges.map(
        (edge: { node: { id: string } }) => edge.node,
      );
      expect(fromAccount.length).toBeGreaterThanOrEqual(2);
      for (const node of fromAccount) {
        const whole = await api.gql(`query($id: ID!) { order(id: $id) { ${selection} } }`, {
          id: node.id,
        });
        expect(whole.errors).toBeUndefined();
        expect(node).toEqual(whole.data!.order);
      }
      const fromSubscription = listed.data!.subscription.ordersConnection.edges.map(
        (edge: { node: unknown }) => edge.node,
      );
      expect(fromSubscription).toEqual(
        fromAccount.filter((node: { id: string }) =>
          fromSubscription.some((other: { id: string }) => other.id === node.id),
        ),
      );
    },
  );

  it('a page asking for kind, status and total reads those columns; one asking for a correction reads every column', async () => {
    const pageStatement = async (selection: string, fragments = '') => {
      statements = [];
      const result = await api.gql(
        `query($id: ID!) { account(id: $id) { orders(first: 5) { edges { node { ${selection} } } } } } ${fragments}`,
        { id: accountId },
      );
      expect(result.errors).toBeUndefined();
      const found = statements.find((sql) =>
        /FROM orders x WHERE \(x\.account_id, x\.seq\)/.test(sql),
      );
      expect(found).toBeDefined();
      return found!.slice(0, found!.indexOf(' FROM ('));
    };
    const narrow = await pageStatement('kind status total { amount }');
    expect(narrow).toBe('SELECT t."id", t."seq", t."kind", t."status", t."total"');
    const fragment = await pageStatement(
      '...on Order { createdAt } ...Paid',
      'fragment Paid on Order { paid { amount } }',
    );
    expect(fragment).toBe('SELECT t."id", t."seq", t."paid", t."created_at"');
    const wide = await pageStatement('kind correction { total { amount } }');
    expect(wide).toContain('"pricing"');
    expect(wide).toContain('"correction"');
  });

  it('an entity read with some columns throws on another, naming it, instead of reading undefined', async () => {
    const source = entitySource(api.db, OrderEntity, ['id', 'seq', 'kind']);
    expect(source.columns).toBe('t."id", t."seq", t."kind"');
    const order = source.hydrate({ id: 'x', seq: '1', kind: 'RENEWAL' });
    expect(order).toBeInstanceOf(OrderEntity);
    expect(order.kind).toBe('RENEWAL');
    expect(() => order.total).toThrow(/OrderEntity\.total was not read/);
  });
});

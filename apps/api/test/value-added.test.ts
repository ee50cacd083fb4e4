import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ORDER_FIELDS,
  accountAt,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  quote,
  requestRefund,
  ruleIds,
  tokenFor,
  verify,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

const NAME = '某某科技有限公司';

async function buyValueAdded(
  input: { accountId: string; planCode: string; quantity?: number; idempotencyKey?: string },
  token?: string,
) {
  const result = await api.gql(
    `mutation($input: BuyValueAddedInput!) { buyValueAdded(input: $input) { order { ${ORDER_FIELDS} subscription { id } } userErrors { code message field } } }`,
    { input: { idempotencyKey: key('vas'), ...input } },
    token,
  );
  return result;
}

async function orderCount(accountId: string): Promise<number> {
  const [row] = await api.db.query(`SELECT count(*)::int AS n FROM orders WHERE account_id = $1`, [
    localId(accountId),
  ]);
  return row.n;
}

describe('value-added services (section 1.4, R-CAT-2, R-REF-NONREF)', () => {
  it('R-CAT-2 R-REF-NONREF a customer buys 3 SMS packs (¥300.00) as quoted, pays, gets an invoice, and is refused a refund', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    await verify(api, accountId, NAME);
    const admin = await tokenFor(api, accountId);

    const quoted = await quote(
      api,
      { action: 'VALUE_ADDED', accountId, planCode: 'SMS', quantity: 3 },
      admin,
    );
    expect(quoted).toMatchObject({
      action: 'VALUE_ADDED',
      asOf: '2024-03-01',
      total: { amount: '300.00', currency: 'CNY' },
      periodStart: null,
      periodEnd: null,
      userErrors: [],
    });

    const bought = await buyValueAdded({ accountId, planCode: 'SMS', quantity: 3 }, admin);
    expect(bought.errors).toBeUndefined();
    const { order, userErrors } = bought.data!.buyValueAdded;
    expect(userErrors).toEqual([]);
    expect(order).toMatchObject({
      kind: 'VALUE_ADDED',
      status: 'AWAITING_PAYMENT',
      total: { amount: '300.00' },
      orderDate: '2024-03-01',
      subscription: null,
      explanation: quoted.explanation,
    });
    expect(ruleIds(order.rules)).toEqual(['R-CAT-1', 'R-CAT-2', 'R-REF-NONREF']);
    expect(order.lines).toEqual([
      expect.objectContaining({
        description: '3 × SMS quota (1,000 SMS) × ¥100.00',
        quantity: 3,
        months: null,
        unitPrice: { amount: '100.00' },
        amount: { amount: '300.00' },
      }),
    ]);

    const paid = await payOrder(api, order.id, '300.00', 'ALIPAY', admin);
    expect(paid.userErrors).toEqual([]);
    expect(paid.order).toMatchObject({ status: 'FULFILLED', paid: { amount: '300.00' } });

    const invoice = await api.gql(
      `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { status amount { amount } } userErrors { code message } } }`,
      {
        input: {
          paymentId: paid.payment.id,
          title: NAME,
          type: 'GENERAL',
          idempotencyKey: key('invoice'),
        },
      },
      admin,
    );
    expect(invoice.data!.requestInvoice).toEqual({
      invoice: { status: 'REQUESTED', amount: { amount: '300.00' } },
      userErrors: [],
    });

    const refused = await requestRefund(api, { orderId: order.id, reason: 'NO_REASON' }, admin);
    expect(refused.refund).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_REFUNDABLE' });
    expect(refused.userErrors[0].message).toContain('R-REF-NONREF');

    const [audit] = await api.db.query(
      `SELECT actor_role, after FROM audit_log WHERE action = 'buyValueAdded' AND object_id = $1`,
      [localId(order.id)],
    );
    expect(audit).toMatchObject({
      actor_role: 'CUSTOMER_ADMIN',
      // The product is named too, so the audit trail reads the plan by its catalogue name.
      after: {
        productCode: 'VAS',
        planCode: 'SMS',
        quantity: 3,
        order: { kind: 'VALUE_ADDED', total: 30000 },
      },
    });
  });

  it('R-CAT-2 quantity defaults to 1 and must be 1 to 1,000; an unknown item is NOT_FOUND; nothing is ordered when refused', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const one = await buyValueAdded({ accountId, planCode: 'BOT' });
    expect(one.data!.buyValueAdded.order).toMatchObject({ total: { amount: '1000.00' } });
    expect(one.data!.buyValueAdded.order.lines[0].quantity).toBe(1);
    const before = await orderCount(accountId);
    for (const quantity of [0, -1, 1001]) {
      const bad = await buyValueAdded({ accountId, planCode: 'BOT', quantity });
      expect(bad.data!.buyValueAdded).toMatchObject({
        order: null,
        userErrors: [{ code: 'INVALID_INPUT', field: ['quantity'] }],
      });
    }
    const unknown = await buyValueAdded({ accountId, planCode: 'NOPE' });
    expect(unknown.data!.buyValueAdded.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message:
          "There is no plan “NOPE” in product VAS: choose one of the product's plans (R-CAT-1)",
        field: ['planCode'],
      },
    ]);
    const eqq = await buyValueAdded({ accountId, planCode: 'SEATS' });
    expect(eqq.data!.buyValueAdded.userErrors[0].code).toBe('NOT_FOUND');
    expect(await orderCount(accountId)).toBe(before);

    const badQuote = await quote(api, {
      action: 'VALUE_ADDED',
      accountId,
      planCode: 'BOT',
      quantity: 1001,
    });
    expect(badQuote.total).toBeNull();
    expect(badQuote.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['quantity'] });
    const fraction = await buyValueAdded({ accountId, planCode: 'BOT', quantity: 1.5 });
    expect(fraction.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('R-CAT-2 the same idempotency key replays the first order; with another input it is IDEMPOTENCY_KEY_REUSED', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const idempotencyKey = key('vas-replay');
    const first = await buyValueAdded({
      accountId,
      planCode: 'MASS_MESSAGES',
      quantity: 2,
      idempotencyKey,
    });
    const again = await buyValueAdded({
      accountId,
      planCode: 'MASS_MESSAGES',
      quantity: 2,
      idempotencyKey,
    });
    expect(first.data!.buyValueAdded.order.total.amount).toBe('600.00');
    expect(again.data!.buyValueAdded.order.id).toBe(first.data!.buyValueAdded.order.id);
    expect(await orderCount(accountId)).toBe(1);
    const other = await buyValueAdded({
      accountId,
      planCode: 'MASS_MESSAGES',
      quantity: 3,
      idempotencyKey,
    });
    expect(other.data!.buyValueAdded).toMatchObject({
      order: null,
      userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED' }],
    });
    expect(await orderCount(accountId)).toBe(1);
  });

  it('R-CAT-2 operators buy on behalf of an account; members are FORBIDDEN; another account is NOT_FOUND', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const { accountId: otherId } = await accountAt(api, '2024-03-01');
    const onBehalf = await buyValueAdded({ accountId, planCode: 'CUSTOMER_LIBRARY', quantity: 2 });
    expect(onBehalf.data!.buyValueAdded.order).toMatchObject({ total: { amount: '1000.00' } });

    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const forbidden = await buyValueAdded({ accountId, planCode: 'SMS' }, member);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const admin = await tokenFor(api, accountId);
    const elsewhere = await buyValueAdded({ accountId: otherId, planCode: 'SMS' }, admin);
    expect(elsewhere.data!.buyValueAdded.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message:
          'There is no such account you can see: check the id, or look the account up again in its list',
        field: ['accountId'],
      },
    ]);
  });

  it('R-CAT-2 openSubscription on a VAS item names buyValueAdded', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const opened = await openSubscription(api, {
      accountId,
      productCode: 'VAS',
      planCode: 'SMS',
      seats: 1,
    });
    expect(opened.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT' });
    expect(opened.userErrors[0].message).toContain('buyValueAdded');
  });
});

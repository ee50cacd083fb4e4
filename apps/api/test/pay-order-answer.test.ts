import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAt, key, ORDER_FIELDS, openSubscription } from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * `payOrder` answers a new payment from the rows it wrote instead of reading them again: the
 * answer must be exactly what a later read of the same payment and order returns, field by
 * field, and a retry with the same key (which writes nothing) must answer the same.
 */
let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

const PAYMENT_FIELDS = `id method purpose amount { amount currency } status paidAt paidOn duplicate
  excess { amount } refunded { amount } providerReference`;
const ANSWER = `payment { ${PAYMENT_FIELDS} } order { ${ORDER_FIELDS} createdAt } userErrors { code message }`;

async function pay(orderId: string, amount: string, idempotencyKey: string) {
  const result = await api.gql(
    `mutation($input: PayOrderInput!) { payOrder(input: $input) { ${ANSWER} } }`,
    { input: { orderId, method: 'ALIPAY', amount, idempotencyKey } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.payOrder;
}

async function readBack(paymentId: string, orderId: string) {
  const result = await api.gql(
    `query($payment: ID!, $order: ID!) {
      payment: node(id: $payment) { ... on Payment { ${PAYMENT_FIELDS} } }
      order(id: $order) { ${ORDER_FIELDS} createdAt }
    }`,
    { payment: paymentId, order: orderId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('the answer of payOrder (R-PAY-1, R-PAY-2)', () => {
  it('R-PAY-2 a partial and then the final payment answer what a later read of the payment and order returns; a retry with the same key answers the same', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    const total = Number(opened.order.total.amount);
    const part = (total / 4).toFixed(2);
    const rest = (total - Number(part)).toFixed(2);

    const firstKey = key('pay-part');
    const first = await pay(opened.order.id, part, firstKey);
    expect(first.userErrors).toEqual([]);
    expect(first.order.status).toBe('AWAITING_PAYMENT');
    expect(first.order.paid.amount).toBe(part);
    expect(await readBack(first.payment.id, opened.order.id)).toEqual({
      payment: first.payment,
      order: first.order,
    });

    const second = await pay(opened.order.id, rest, key('pay-rest'));
    expect(second.userErrors).toEqual([]);
    expect(second.order.status).toBe('PAID');
    expect(second.order.paidOn).not.toBeNull();
    const after = await readBack(second.payment.id, opened.order.id);
    expect(after).toEqual({ payment: second.payment, order: second.order });

    // The first key replayed: the same payment, and the order as it is now.
    const replayed = await pay(opened.order.id, part, firstKey);
    expect(replayed.payment).toEqual(first.payment);
    expect(replayed.order).toEqual(after.order);
  });
});

// The SDK driving the real API (built, on a real PostgreSQL): the journeys other teams will code.
import { describe, expect, it } from 'vitest';
import {
  BillingAuthError,
  BillingGraphQLError,
  createBillingClient,
  toFen,
  unwrap,
} from '../src/index.js';
import { apiUrl, customerAt, operatorClient, verify } from './api.js';

const EQQ = { productCode: 'EQQ', planCode: 'SEATS' } as const;

describe('the SDK against the real API', () => {
  it('R-OPEN-1 R-OPEN-2 R-OPEN-3 R-PAY-1 R-REF-7DAY R-REF-REVIEW R-REF-PAYOUT: from a new account to an approved refund', async () => {
    // An operator creates a test clock and an account on it; the customer's admin does the rest.
    const { operator, customer, accountId, clockId } = await customerAt('2021-04-20');

    const quoted = await customer.quote({
      action: 'NEW_SUBSCRIPTION',
      accountId,
      ...EQQ,
      seats: 5,
      years: 1,
    });
    expect(quoted.userErrors).toEqual([]);
    expect(quoted.total).toEqual({ amount: '5000.00', currency: 'CNY' });
    expect(quoted.lines.flatMap((line) => line.rules.map((rule) => rule.id))).toContain('R-OPEN-1');

    const opened = unwrap(
      await customer.openSubscription({ accountId, ...EQQ, seats: 5, years: 1 }),
    );
    const order = opened.order!;
    expect(order).toMatchObject({
      kind: 'NEW_SUBSCRIPTION',
      status: 'AWAITING_PAYMENT',
      total: quoted.total,
    });
    expect(toFen(order.total)).toBe(500_000n); // exact Decimal strings, never floats
    expect(opened.subscription!.status).toBe('PENDING_ACTIVATION');

    const paid = unwrap(
      await customer.payOrder({ orderId: order.id, method: 'ALIPAY', amount: order.total.amount }),
    );
    expect(paid.payment).toMatchObject({
      amount: { amount: '5000.00', currency: 'CNY' },
      duplicate: false,
      status: 'SUCCEEDED',
    });
    expect(paid.order!.status).toBe('PAID');

    await verify(customer, operator, accountId);
    const activated = unwrap(
      await operator.activateSubscription({ subscriptionId: opened.subscription!.id }),
    );
    expect(activated.subscription).toMatchObject({
      status: 'ACTIVE',
      currentPeriodStart: '2021-04-20',
      currentPeriodEnd: '2022-04-20',
      expiresOn: '2022-04-19',
    });
    expect((await customer.order({ id: order.id }))!.status).toBe('FULFILLED');

    // Five days after activation: within the 7-day window, no reason needed.
    unwrap(await operator.advanceTestClock({ id: clockId, to: '2021-04-25T10:00:00+08:00' }));
    const preview = await customer.refundPreview({ orderId: order.id, reason: 'NO_REASON' });
    expect(preview).toMatchObject({
      eligible: true,
      amount: { amount: '5000.00' },
      fee: { amount: '0.00' },
      userErrors: [],
    });
    expect(preview.rules.map((rule) => rule.id)).toContain('R-REF-7DAY');

    const requested = unwrap(
      await customer.requestRefund({
        orderId: order.id,
        reason: 'NO_REASON',
        note: 'Bought the wrong product',
      }),
    );
    expect(requested.refund).toMatchObject({
      status: 'REQUESTED',
      amount: preview.amount,
      payout: preview.payout,
      eligible: true,
    });

    const approved = unwrap(
      await operator.approveRefund({ refundId: requested.refund!.id, note: 'Within 7 days' }),
    );
    expect(approved.refund).toMatchObject({
      status: 'APPROVED',
      method: 'ALIPAY',
      decisionNote: 'Within 7 days',
    });
    expect(approved.refund!.payoutDueOn).toMatch(/^2021-0[45]-\d\d$/);
    expect((await customer.order({ id: order.id }))!.refunded).toEqual({
      amount: '5000.00',
      currency: 'CNY',
    });

    // The same request again is refused with a typed code, as the preview now says.
    const again = await customer.refundPreview({ orderId: order.id, reason: 'NO_REASON' });
    expect(again.eligible).toBe(false);
  });

  it('R-PAY-1: a payment retried after a network failure is recorded once, under the same idempotency key', async () => {
    const keys: string[] = [];
    let failed = false;
    // The first payOrder reaches the API and is committed, then the "network" drops the answer.
    const flakyFetch: typeof fetch = async (url, init) => {
      const body = JSON.parse(String(init?.body)) as {
        query: string;
        variables: { input?: { idempotencyKey?: string } };
      };
      const paying = body.query.startsWith('mutation PayOrder');
      if (paying) keys.push(body.variables.input!.idempotencyKey!);
      const response = await fetch(url, init);
      if (paying && !failed) {
        failed = true;
        await response.text();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const { customer, token, accountId } = await customerAt('2021-04-20');
    const opened = unwrap(
      await customer.openSubscription({ accountId, ...EQQ, seats: 3, years: 1 }),
    );
    const flaky = createBillingClient({
      url: apiUrl(),
      token,
      fetch: flakyFetch,
      retryDelayMs: 10,
    });

    const paid = unwrap(
      await flaky.payOrder({ orderId: opened.order!.id, method: 'WECHAT_PAY', amount: '3000.00' }),
    );

    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(paid.order).toMatchObject({
      status: 'PAID',
      paid: { amount: '3000.00' },
      outstanding: { amount: '0.00' },
    });
    const order = await customer.order({ id: opened.order!.id });
    expect(order!.payments).toHaveLength(1);
    const account = await customer.account({ id: accountId });
    expect(account!.payments.totalCount).toBe(1);
    expect(account!.orders.totalCount).toBe(1);
  });

  it('R-CAT-3 SEAT_LIMIT: 51 EQQ seats come back as a typed userError, and nothing is created', async () => {
    const { customer, accountId } = await customerAt('2021-04-20');
    const result = await customer.openSubscription({ accountId, ...EQQ, seats: 51, years: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.userErrors;
    expect(first.code).toBe('SEAT_LIMIT');
    expect(first.message).toMatch(/50/);
    const quote = await customer.quote({
      action: 'NEW_SUBSCRIPTION',
      accountId,
      ...EQQ,
      seats: 51,
      years: 1,
    });
    expect(quote.total).toBeNull();
    expect(quote.userErrors.map((e) => e.code)).toEqual(['SEAT_LIMIT']);
    expect((await customer.account({ id: accountId }))!.orders.totalCount).toBe(0);
  });

  it('throws typed errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT', async () => {
    const stranger = createBillingClient({ url: apiUrl(), token: 'not-a-token' });
    await expect(stranger.viewer()).rejects.toMatchObject({
      name: 'BillingAuthError',
      code: 'UNAUTHENTICATED',
      status: 401,
    });

    const { customer, accountId } = await customerAt('2021-04-20');
    const forbidden = await customer.testClocks().catch((error: unknown) => error);
    expect(forbidden).toBeInstanceOf(BillingAuthError);
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN' });

    const opened = unwrap(
      await customer.openSubscription({ accountId, ...EQQ, seats: 3, years: 1 }),
    );
    const malformed = await customer
      .payOrder({ orderId: opened.order!.id, method: 'ALIPAY', amount: '30.005' })
      .catch((error: unknown) => error);
    expect(malformed).toBeInstanceOf(BillingGraphQLError);
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('lists accounts through a connection as an operator', async () => {
    const { accountId } = await customerAt('2021-04-20');
    const page = await operatorClient().accounts({ first: 100 });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.edges.map((edge) => edge.node.id)).toContain(accountId);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  activeSubscription,
  advanceClock,
  approveRefund,
  expectBooksBalanced,
  key,
  localId,
  requestRefund,
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

async function refundTotals(orderId: string) {
  const [order] = await api.db.query(`SELECT paid::int, refunded::int FROM orders WHERE id = $1`, [
    localId(orderId),
  ]);
  const [refunds] = await api.db.query(
    `SELECT count(*) FILTER (WHERE status IN ('APPROVED', 'PAID'))::int AS approved, coalesce(sum(amount) FILTER (WHERE status IN ('APPROVED', 'PAID')), 0)::int AS amount
       FROM refunds WHERE order_id = $1`,
    [localId(orderId)],
  );
  const [payments] = await api.db.query(
    `SELECT coalesce(sum(refunded), 0)::int AS refunded FROM payments WHERE order_id = $1`,
    [localId(orderId)],
  );
  return {
    paid: order.paid,
    refunded: order.refunded,
    approved: refunds.approved,
    approvedAmount: refunds.amount,
    paymentsRefunded: payments.refunded,
  };
}

describe('concurrent refunds (R-REF-CAP)', () => {
  it('R-REF-CAP 50 parallel requestRefund + approveRefund pairs on one order never refund more than was paid', async () => {
    const { clockId, openingOrderId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-05-03');
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const requested = await requestRefund(api, {
          orderId: openingOrderId,
          reason: i % 2 === 0 ? 'NO_REASON' : 'SERVICE_DEFECT',
          evidence: ['ticket'],
          idempotencyKey: key(`race-${i}`),
        });
        if (!requested.refund)
          return {
            requested: false,
            approved: false,
            code: requested.userErrors[0]?.code as string,
          };
        const approved = await approveRefund(api, requested.refund.id);
        return {
          requested: true,
          approved: approved.userErrors.length === 0,
          code: approved.userErrors[0]?.code as string | undefined,
        };
      }),
    );
    expect(outcomes.filter((o) => o.approved)).toHaveLength(1);
    // Every other pair was refused by the rules (nothing left to refund), never by a crash.
    for (const outcome of outcomes.filter((o) => !o.approved))
      expect(outcome.code).toBe('NOT_REFUNDABLE');
    expect(await refundTotals(openingOrderId)).toEqual({
      paid: 500000,
      refunded: 500000,
      approved: 1,
      approvedAmount: 500000,
      paymentsRefunded: 500000,
    });
  });

  it('R-REF-CAP the same request approved 10 times in parallel is approved once', async () => {
    const { clockId, openingOrderId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 3,
    });
    await advanceClock(api, clockId, '2021-05-02');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    const approvals = await Promise.all(
      Array.from({ length: 10 }, () => approveRefund(api, requested.refund.id)),
    );
    expect(approvals.filter((a) => a.userErrors.length === 0)).toHaveLength(1);
    for (const refused of approvals.filter((a) => a.userErrors.length > 0))
      expect(refused.userErrors[0].code).toBe('INVALID_STATE');
    expect(await refundTotals(openingOrderId)).toEqual({
      paid: 300000,
      refunded: 300000,
      approved: 1,
      approvedAmount: 300000,
      paymentsRefunded: 300000,
    });
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM journal_entries WHERE source_id = $1`,
      [localId(requested.refund.id)],
    );
    expect(count).toBe(2);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activeSubscription,
  advanceClock,
  approveRefund,
  expectBooksBalanced,
  localId,
  openSubscription,
  payOrder,
  refundPreview,
  renewSubscription,
  requestRefund,
  ruleIds,
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

/** The spec's example: EQQ, 5 seats, paid ¥5,000.00, activated 2021-05-01. */
async function eqqActivatedMay1(on: string) {
  const sub = await activeSubscription(api, {
    openOn: '2021-04-20',
    activateOn: '2021-05-01',
    seats: 5,
  });
  if (on !== '2021-05-01') await advanceClock(api, sub.clockId, on);
  return sub;
}

async function refundRows(orderId: string): Promise<number> {
  const [{ count }] = await api.db.query(
    `SELECT count(*)::int AS count FROM refunds WHERE order_id = $1`,
    [localId(orderId)],
  );
  return count;
}

const considered = (
  decision: { considered: Array<{ rule: { id: string }; applied: boolean; why: string }> },
  rule: string,
) => decision.considered.find((check) => check.rule.id === rule);

describe('section 8 examples (EQQ 5 seats, ¥5,000.00, activated 2021-05-01)', () => {
  it('R-REF-7DAY request 2021-05-06 with no reason → full 5,000.00, no fee; approval ends the subscription (R-LIFE-6) and frees its number (R-NUM-4)', async () => {
    const { subscriptionId, openingOrderId } = await eqqActivatedMay1('2021-05-06');
    const preview = await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(preview).toMatchObject({
      eligible: true,
      amount: { amount: '5000.00' },
      fee: { amount: '0.00' },
      payout: { amount: '5000.00' },
      asOf: '2021-05-06',
    });
    expect(ruleIds(preview.rules)).toEqual(['R-REF-7DAY', 'R-TIME-4', 'R-REF-FEE']);
    expect(preview.explanation).toBe(
      'Refund ¥5,000.00, no fee: Full refund, requested 2021-05-06, within 7 natural days of activation on 2021-05-01 (R-REF-7DAY, R-TIME-4)',
    );
    expect(preview.userErrors).toEqual([]);
    expect(await refundRows(openingOrderId)).toBe(0);

    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(requested.userErrors).toEqual([]);
    expect(requested.refund).toMatchObject({
      status: 'REQUESTED',
      amount: { amount: '5000.00' },
      fee: { amount: '0.00' },
      method: 'ALIPAY',
      requestedOn: '2021-05-06',
      // R-REF-REVIEW: Thu 2021-05-06 → Fri 2021-05-07.
      reviewDueOn: '2021-05-07',
      payoutDueOn: null,
    });
    const { number } = (
      await api.db.query(`SELECT enterprise_number AS number FROM subscriptions WHERE id = $1`, [
        localId(subscriptionId),
      ])
    )[0];
    expect(number).toMatch(/^(400|800)\d{7}$/);

    const approved = await approveRefund(api, requested.refund.id, 'within the 7 days');
    expect(approved.userErrors).toEqual([]);
    // R-REF-PAYOUT: 7 working days after Thu 2021-05-06 (Sat 05-08 was an adjusted workday).
    expect(approved.refund).toMatchObject({
      status: 'APPROVED',
      decidedOn: '2021-05-06',
      payoutDueOn: '2021-05-14',
      decisionNote: 'within the 7 days',
    });
    expect(approved.refund.order).toMatchObject({
      status: 'REFUNDED',
      refunded: { amount: '5000.00' },
    });

    const sub = await api.gql(
      `query($id: ID!) { subscription(id: $id) { status enterpriseNumber history { toStatus cause rules { id } reason } } }`,
      { id: subscriptionId },
    );
    expect(sub.data!.subscription.status).toBe('TERMINATED');
    expect(sub.data!.subscription.enterpriseNumber).toBeNull();
    const ended = sub.data!.subscription.history.at(-1);
    expect(ended).toMatchObject({ toStatus: 'TERMINATED', cause: 'REFUNDED' });
    expect(ruleIds(ended.rules)).toEqual([
      'R-REF-7DAY',
      'R-TIME-4',
      'R-LIFE-5',
      'R-LIFE-6',
      'R-NUM-4',
    ]);
    expect(ended.reason).toContain(`enterprise number ${number} returns to the pool (R-NUM-4)`);
    const [pool] = await api.db.query(
      `SELECT subscription_id, released_at FROM enterprise_numbers WHERE number = $1`,
      [number],
    );
    expect(pool.subscription_id).toBeNull();
    expect(pool.released_at).not.toBeNull();

    // The approval booked the refund as payable: revenue +5,000, refunds_payable −5,000.
    const journal = await api.db.query(
      `SELECT ledger, amount::text FROM journal_entries WHERE source_id = $1 ORDER BY ledger`,
      [localId(requested.refund.id)],
    );
    expect(journal).toEqual([
      { ledger: 'refunds_payable', amount: '-500000' },
      { ledger: 'revenue', amount: '500000' },
    ]);
  });

  it('R-REF-OTHERWISE request 2021-05-20 with no reason is refused: the preview lists every rule considered and why, and requestRefund writes nothing', async () => {
    const { openingOrderId } = await eqqActivatedMay1('2021-05-20');
    const preview = await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(preview).toMatchObject({
      eligible: false,
      amount: { amount: '0.00' },
      payout: { amount: '0.00' },
    });
    expect(preview.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2021-05-08, requested 2021-05-20; no login-blocking defect claimed (reason NO_REASON). If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
    expect(considered(preview, 'R-REF-7DAY')).toEqual({
      rule: { id: 'R-REF-7DAY' },
      applied: false,
      why: 'the 7-day window closed on 2021-05-08, requested 2021-05-20',
    });
    expect(considered(preview, 'R-REF-DEFECT')).toMatchObject({
      applied: false,
      why: 'no login-blocking defect claimed (reason NO_REASON)',
    });
    expect(considered(preview, 'R-REF-VIOLATION')).toMatchObject({ applied: false });
    expect(considered(preview, 'R-REF-OTHERWISE')).toMatchObject({ applied: true });
    expect(preview.userErrors).toEqual([
      { code: 'NOT_REFUNDABLE', message: preview.explanation, field: null },
    ]);

    const [{ count: auditBefore }] = await api.db.query(
      `SELECT count(*)::int AS count FROM audit_log`,
    );
    const refused = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(refused.refund).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: 'NOT_REFUNDABLE', message: preview.explanation, field: null },
    ]);
    expect(await refundRows(openingOrderId)).toBe(0);
    const [{ count: auditAfter }] = await api.db.query(
      `SELECT count(*)::int AS count FROM audit_log`,
    );
    expect(auditAfter).toBe(auditBefore);
  });

  it('R-REF-DEFECT request 2021-05-20 for a login-blocking defect with evidence → full 5,000.00; without evidence it is refused', async () => {
    const { openingOrderId } = await eqqActivatedMay1('2021-05-20');
    const bare = await refundPreview(api, { orderId: openingOrderId, reason: 'SERVICE_DEFECT' });
    expect(bare.eligible).toBe(false);
    expect(considered(bare, 'R-REF-DEFECT')).toMatchObject({
      applied: false,
      why: 'a defect claim needs evidence, and none was given',
    });

    const requested = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'SERVICE_DEFECT',
      note: 'Nobody can log in since 05-18',
      evidence: ['ticket-20210518-001', 'screenshot-login-error.png'],
    });
    expect(requested.userErrors).toEqual([]);
    expect(requested.refund).toMatchObject({
      amount: { amount: '5000.00' },
      fee: { amount: '0.00' },
      note: 'Nobody can log in since 05-18',
      evidence: ['ticket-20210518-001', 'screenshot-login-error.png'],
    });
    expect(ruleIds(requested.refund.decision.rules)).toEqual([
      'R-REF-DEFECT',
      'R-TIME-4',
      'R-REF-FEE',
    ]);
    expect(requested.refund.decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Full refund, login-blocking defect with evidence within 30 natural days of activation on 2021-05-01 (R-REF-DEFECT, R-TIME-4)',
    );
  });

  it('R-REF-ACTIVATION not activated within 5 working days of payment and approved materials → full 5,000.00; on the due date it is not overdue yet', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5 });
    await payOrder(api, opened.order.id, '5000.00', 'WECHAT_PAY');
    await verify(api, accountId);
    // Paid and approved Tue 2021-04-20: due by Mon 2021-04-26 (Sun 04-25 was an adjusted workday).
    await advanceClock(api, clockId, '2021-04-26');
    const onDue = await refundPreview(api, {
      orderId: opened.order.id,
      reason: 'ACTIVATION_OVERDUE',
    });
    expect(onDue.eligible).toBe(false);
    expect(considered(onDue, 'R-REF-ACTIVATION')).toMatchObject({
      applied: false,
      why: 'not overdue: activation is due by 2021-04-26 (R-OPEN-4)',
    });

    await advanceClock(api, clockId, '2021-04-27');
    const requested = await requestRefund(api, {
      orderId: opened.order.id,
      reason: 'ACTIVATION_OVERDUE',
    });
    expect(requested.userErrors).toEqual([]);
    expect(requested.refund).toMatchObject({
      amount: { amount: '5000.00' },
      fee: { amount: '0.00' },
      method: 'WECHAT_PAY',
    });
    expect(ruleIds(requested.refund.decision.rules)).toEqual([
      'R-REF-ACTIVATION',
      'R-OPEN-4',
      'R-TIME-3',
      'R-REF-FEE',
    ]);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    expect(approved.refund.order.status).toBe('REFUNDED');
    const sub = await api.gql(
      `query($id: ID!) { subscription(id: $id) { status history { fromStatus toStatus cause } } }`,
      { id: opened.subscription.id },
    );
    expect(sub.data!.subscription.status).toBe('TERMINATED');
    expect(sub.data!.subscription.history.at(-1)).toEqual({
      fromStatus: 'PENDING_ACTIVATION',
      toStatus: 'TERMINATED',
      cause: 'REFUNDED',
    });
  });

  it('R-REF-VIOLATION a subscription suspended for violations gets no refund, even inside the 7 days', async () => {
    const { subscriptionId, openingOrderId } = await eqqActivatedMay1('2021-05-03');
    await api.db.query(
      `UPDATE subscriptions SET suspended_since = '2021-05-02', suspension_reason = 'spam', violation_level = 'SUSPENDED' WHERE id = $1`,
      [localId(subscriptionId)],
    );
    const preview = await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(preview.eligible).toBe(false);
    expect(ruleIds(preview.rules)).toEqual(['R-REF-VIOLATION', 'R-REF-OTHERWISE']);
    expect(preview.explanation).toBe(
      'Not refundable: the subscription was suspended or terminated for violations, which allows no refund of any kind; if the violation was recorded in error, appeal it first (R-REF-VIOLATION)',
    );
    const refused = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'DUPLICATE_PAYMENT',
    });
    expect(refused.userErrors[0]).toMatchObject({
      code: 'NOT_REFUNDABLE',
      message: preview.explanation,
    });
    expect(await refundRows(openingOrderId)).toBe(0);
  });
});

describe('renewals (R-REF-NONREF) and duplicate payments (R-REF-DUPLICATE)', () => {
  it('R-REF-NONREF R-RENEW-4 a paid renewal is refused; R-REF-DUPLICATE a duplicate payment of it is refunded in full to the method that paid it', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-04-10');
    const renewed = await renewSubscription(api, subscriptionId);
    expect(renewed.userErrors).toEqual([]);
    const renewalId = renewed.order.id;
    expect(renewed.order.total.amount).toBe('3600.00');
    expect((await payOrder(api, renewalId, '3600.00', 'BANK_CARD')).userErrors).toEqual([]);

    const refused = await requestRefund(api, { orderId: renewalId, reason: 'NO_REASON' });
    expect(refused.refund).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_REFUNDABLE' });
    expect(refused.userErrors[0].message).toBe(
      'Not refundable: a renewal cannot be cancelled or refunded once paid, except a duplicate payment or overpayment (R-REF-NONREF, R-RENEW-4). If you think another refund rule applies, ask an operator to review the order with your evidence',
    );

    const dup = await payOrder(api, renewalId, '3600.00', 'TENCENT_WALLET');
    expect(dup.payment).toMatchObject({ duplicate: true, excess: { amount: '3600.00' } });
    const requested = await requestRefund(api, { orderId: renewalId, reason: 'DUPLICATE_PAYMENT' });
    expect(requested.userErrors).toEqual([]);
    expect(requested.refund).toMatchObject({
      amount: { amount: '3600.00' },
      fee: { amount: '0.00' },
      method: 'TENCENT_WALLET',
    });
    expect(ruleIds(requested.refund.decision.rules)).toEqual(['R-REF-DUPLICATE', 'R-REF-FEE']);
    expect(requested.refund.decision.endsSubscription).toBe(false);
    expect(requested.refund.parts).toEqual([
      {
        method: 'TENCENT_WALLET',
        amount: { amount: '3600.00' },
        payout: { amount: '3600.00' },
        reference: null,
        payment: { id: dup.payment.id, method: 'TENCENT_WALLET' },
      },
    ]);

    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    // Only the duplicate went back: the renewal stays fulfilled and the subscription active.
    expect(approved.refund.order).toMatchObject({
      status: 'FULFILLED',
      refunded: { amount: '3600.00' },
    });
    const sub = await api.gql(
      `query($id: ID!) { subscription(id: $id) { status currentPeriodEnd } }`,
      { id: subscriptionId },
    );
    expect(sub.data!.subscription).toEqual({ status: 'ACTIVE', currentPeriodEnd: '2023-05-01' });
    // Owed from customer_credit, not revenue.
    const journal = await api.db.query(
      `SELECT ledger, amount::text FROM journal_entries WHERE source_id = $1 ORDER BY ledger`,
      [localId(requested.refund.id)],
    );
    expect(journal).toEqual([
      { ledger: 'customer_credit', amount: '360000' },
      { ledger: 'refunds_payable', amount: '-360000' },
    ]);
    const again = await requestRefund(api, { orderId: renewalId, reason: 'DUPLICATE_PAYMENT' });
    expect(again.userErrors[0]).toMatchObject({ code: 'NOT_REFUNDABLE' });
  });
});

describe('pro-rata refunds with a handling fee (R-REF-CANCEL, R-REF-FEE)', () => {
  it('R-REF-CANCEL R-REF-FEE Meeting Pro ¥300.00 cancelled 2024-09-15: 181 of 365 days unused = 148.77, fee 1.49, payout 147.28; the service is refunded once', async () => {
    const { subscriptionId, clockId, openingOrderId } = await activeSubscription(api, {
      openOn: '2024-03-15',
      activateOn: '2024-03-15',
      seats: 1,
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
    });
    await advanceClock(api, clockId, '2024-09-15');
    const requested = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'USER_CANCELLATION',
    });
    expect(requested.userErrors).toEqual([]);
    expect(requested.refund).toMatchObject({
      amount: { amount: '148.77' },
      fee: { amount: '1.49' },
      payout: { amount: '147.28' },
    });
    expect(ruleIds(requested.refund.decision.rules)).toEqual([
      'R-REF-CANCEL',
      'R-MONEY-1',
      'R-REF-FEE',
    ]);
    expect(requested.refund.decision.lines).toEqual([
      {
        description:
          'Cancelled during the term: unused 181 of 365 days from 2024-09-15: ¥300.00 × 181/365 = ¥148.77',
        amount: { amount: '148.77' },
        rules: [{ id: 'R-REF-CANCEL' }, { id: 'R-MONEY-1' }],
      },
      {
        description: 'Handling fee 1% of ¥148.77 (R-REF-FEE, R-MONEY-1)',
        amount: { amount: '-1.49' },
        rules: [{ id: 'R-REF-FEE' }, { id: 'R-MONEY-1' }],
      },
    ]);
    expect(requested.refund.parts).toEqual([
      expect.objectContaining({
        method: 'ALIPAY',
        amount: { amount: '148.77' },
        payout: { amount: '147.28' },
      }),
    ]);

    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    expect(approved.refund.order).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refunded: { amount: '148.77' },
    });
    const journal = await api.db.query(
      `SELECT ledger, amount::text FROM journal_entries WHERE source_id = $1 ORDER BY ledger`,
      [localId(requested.refund.id)],
    );
    expect(journal).toEqual([
      { ledger: 'fee_income', amount: '-149' },
      { ledger: 'refunds_payable', amount: '-14728' },
      { ledger: 'revenue', amount: '14877' },
    ]);
    const sub = await api.gql(`query($id: ID!) { subscription(id: $id) { status } }`, {
      id: subscriptionId,
    });
    expect(sub.data!.subscription.status).toBe('TERMINATED');

    // The unused part was refunded: cancelling again would refund it twice (R-REF-CAP).
    const again = await refundPreview(api, {
      orderId: openingOrderId,
      reason: 'USER_CANCELLATION',
    });
    expect(again).toMatchObject({ eligible: false, amount: { amount: '0.00' } });
    expect(again.userErrors[0].code).toBe('NOT_REFUNDABLE');
    expect(again.userErrors[0].message).toMatch(
      /already refunded \(¥148\.77 approved on 2024-09-15\).*\(R-REF-CAP\)/,
    );
    const refused = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'USER_CANCELLATION',
    });
    expect(refused.userErrors[0].code).toBe('NOT_REFUNDABLE');
  });
  it('R-REF-OUTAGE R-REF-WINDOW an 80-hour Meeting outage claimed 14 hours after it ended → unused part pro rata minus the fee; approval re-decides on the stored claim', async () => {
    const { clockId, openingOrderId } = await activeSubscription(api, {
      openOn: '2024-03-15',
      activateOn: '2024-03-15',
      seats: 1,
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
    });
    await advanceClock(api, clockId, '2024-09-15');
    const claim = {
      orderId: openingOrderId,
      reason: 'PLATFORM_OUTAGE',
      outageHours: 80,
      eventAt: '2024-09-14T20:00:00+08:00',
      evidence: ['status-page-incident-42'],
    };
    const requested = await requestRefund(api, claim);
    expect(requested.userErrors).toEqual([]);
    expect(requested.refund).toMatchObject({
      amount: { amount: '148.77' },
      fee: { amount: '1.49' },
      payout: { amount: '147.28' },
    });
    expect(ruleIds(requested.refund.decision.rules)).toEqual([
      'R-REF-OUTAGE',
      'R-MONEY-1',
      'R-REF-FEE',
    ]);
    expect(considered(requested.refund.decision, 'R-REF-WINDOW')).toEqual({
      rule: { id: 'R-REF-WINDOW' },
      applied: false,
      why: 'filed 14 hours after the event, within 48 hours',
    });
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    expect(ruleIds(approved.refund.decision.rules)).toEqual([
      'R-REF-OUTAGE',
      'R-MONEY-1',
      'R-REF-FEE',
    ]);
    expect(approved.refund).toMatchObject({
      status: 'APPROVED',
      amount: { amount: '148.77' },
      fee: { amount: '1.49' },
    });

    const tooShort = await refundPreview(api, { ...claim, outageHours: 72 });
    expect(considered(tooShort, 'R-REF-OUTAGE')).toMatchObject({
      applied: false,
      why: 'the outage lasted 72 hours, not more than 72 consecutive hours',
    });
  });
});

describe('the cap (R-REF-CAP)', () => {
  it('R-REF-CAP two requests for the whole order: the first approval refunds 5,000.00, the second is refused on approval; the database CHECK is the last line of defence', async () => {
    const { openingOrderId } = await eqqActivatedMay1('2021-05-04');
    const first = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    const second = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'SERVICE_DEFECT',
      evidence: ['ticket-1'],
    });
    expect(first.userErrors).toEqual([]);
    expect(second.userErrors).toEqual([]);
    expect((await approveRefund(api, first.refund.id)).userErrors).toEqual([]);
    const capped = await approveRefund(api, second.refund.id);
    expect(capped.userErrors).toEqual([
      {
        code: 'NOT_REFUNDABLE',
        message:
          'Not refundable: everything paid (¥5,000.00) has already been refunded, so there is nothing left to refund and no action is needed (R-REF-CAP)',
        field: ['refundId'],
      },
    ]);
    expect(capped.refund.status).toBe('REQUESTED');
    const order = await api.gql(
      `query($id: ID!) { order(id: $id) { paid { amount } refunded { amount } refunds { status } } }`,
      { id: openingOrderId },
    );
    expect(order.data!.order).toEqual({
      paid: { amount: '5000.00' },
      refunded: { amount: '5000.00' },
      refunds: [{ status: 'APPROVED' }, { status: 'REQUESTED' }],
    });
    await expect(
      api.db.query(`UPDATE orders SET refunded = refunded + 1 WHERE id = $1`, [
        localId(openingOrderId),
      ]),
    ).rejects.toThrow(/refund_never_above_paid/);
  });
});

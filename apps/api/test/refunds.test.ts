import { parseDate } from '@billing/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SandboxGateway, type PaymentGateway } from '../src/modules/payments/payment-gateway.js';
import { payDueRefunds } from '../src/modules/refunds/refund-payouts.js';
import {
  REFUND_FIELDS,
  accountAt,
  activeSubscription,
  advanceClock,
  approveRefund,
  expectBooksBalanced,
  key,
  localId,
  payOrder,
  refundPreview,
  requestRefund,
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

/** Qidian, 3 seats, ¥3,600.00 paid by Alipay, activated on `activateOn`. */
const qidian = (openOn: string, activateOn = openOn) =>
  activeSubscription(api, { openOn, activateOn, seats: 3, productCode: 'QIDIAN' });

const payDue = (
  accountIds: string[],
  today: string,
  gateway: PaymentGateway = new SandboxGateway(),
) =>
  api.db.transaction((tx) =>
    payDueRefunds(tx, gateway, { accountIds: accountIds.map(localId) }, parseDate(today)),
  );

async function refund(id: string, token?: string) {
  const result = await api.gql(
    `query($id: ID!) { refund(id: $id) { ${REFUND_FIELDS} } }`,
    { id },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.refund;
}

describe('review and payout', () => {
  it('R-REF-PAYOUT approved on Fri 2024-09-27 → due Sat 2024-10-12 across National Day; paid by payDueRefunds on that day, not before, once', async () => {
    const { accountId, clockId, openingOrderId } = await qidian('2024-09-20', '2024-09-23');
    await advanceClock(api, clockId, '2024-09-27');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(requested.refund).toMatchObject({
      amount: { amount: '3600.00' },
      method: 'ALIPAY',
      reviewDueOn: '2024-09-29',
    });
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.refund).toMatchObject({
      status: 'APPROVED',
      decidedOn: '2024-09-27',
      payoutDueOn: '2024-10-12',
    });
    expect(approved.refund.payoutDueReason).toBe(
      'Refund paid back to the original payment method by 2024-10-12, 7 working days after approval on 2024-09-27 (R-REF-PAYOUT; 7 working days after 2024-09-27 (Fri) = 2024-10-12 (Sat) (R-TIME-3: 8 weekend/holiday days skipped, 2 adjusted working days counted))',
    );

    await advanceClock(api, clockId, '2024-10-11');
    expect(await payDue([accountId], '2024-10-11')).toBe(0);
    expect((await refund(requested.refund.id)).status).toBe('APPROVED');

    const payouts: unknown[] = [];
    const recording: PaymentGateway = {
      charge: (request) => new SandboxGateway().charge(request),
      payout: async (request) => {
        payouts.push(request);
        return { ok: true, providerReference: 'sbx_payout_test_1' };
      },
    };
    expect(await payDue([accountId], '2024-10-12', recording)).toBe(1);
    expect(payouts).toEqual([
      {
        method: 'ALIPAY',
        amount: 360000,
        reference: `refund:${localId(requested.refund.id)}:${localId(approved.refund.parts[0].payment.id)}`,
        originalProviderReference: expect.stringMatching(/^sbx_alipay_/),
      },
    ]);
    const paid = await refund(requested.refund.id);
    expect(paid).toMatchObject({
      status: 'PAID',
      parts: [{ method: 'ALIPAY', payout: { amount: '3600.00' }, reference: 'sbx_payout_test_1' }],
    });
    // Paid at the account's clock time (2024-10-11 10:00 in Shanghai).
    expect(paid.paidAt).toBe('2024-10-11T02:00:00.000Z');
    expect(await payDue([accountId], '2024-10-12', recording)).toBe(0);
    const journal = await api.db.query(
      `SELECT ledger, amount::text FROM journal_entries WHERE source_id = $1 AND memo LIKE '%paid back%' ORDER BY ledger`,
      [localId(requested.refund.id)],
    );
    expect(journal).toEqual([
      { ledger: 'cash:ALIPAY', amount: '-360000' },
      { ledger: 'refunds_payable', amount: '360000' },
    ]);
    const [{ sum }] = await api.db.query(
      `SELECT sum(amount)::text AS sum FROM journal_entries WHERE ledger = 'refunds_payable' AND account_id = $1`,
      [localId(accountId)],
    );
    expect(sum).toBe('0');
  });

  it('R-REF-PAYOUT advancing the test clock pays the refund on its due day (2024-10-12), not the day before', async () => {
    const { clockId, openingOrderId } = await qidian('2024-09-20', '2024-09-23');
    await advanceClock(api, clockId, '2024-09-27');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect((await approveRefund(api, requested.refund.id)).refund.payoutDueOn).toBe('2024-10-12');
    await advanceClock(api, clockId, '2024-10-11');
    expect((await refund(requested.refund.id)).status).toBe('APPROVED');
    await advanceClock(api, clockId, '2024-10-12');
    expect(await refund(requested.refund.id)).toMatchObject({
      status: 'PAID',
      paidAt: '2024-10-12T02:00:00.000Z',
    });
  });

  it('R-REF-PAYOUT a declined payout stays APPROVED and is audited; payRefund pays it by hand before its due date', async () => {
    const { clockId, openingOrderId, accountId } = await qidian('2024-03-01');
    await advanceClock(api, clockId, '2024-03-04');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    await approveRefund(api, requested.refund.id);
    const declining: PaymentGateway = {
      charge: (request) => new SandboxGateway().charge(request),
      payout: async () => ({ ok: false, message: 'provider unavailable' }),
    };
    expect(await payDue([accountId], '2024-12-31', declining)).toBe(0);
    expect((await refund(requested.refund.id)).status).toBe('APPROVED');
    const [audit] = await api.db.query(
      `SELECT after FROM audit_log WHERE object_id = $1 AND action = 'refundPayoutFailed'`,
      [localId(requested.refund.id)],
    );
    expect(audit.after).toEqual({ message: 'provider unavailable' });

    const byHand = await api.gql(
      `mutation($id: ID!) { payRefund(input: { refundId: $id }) { refund { status paidAt } userErrors { code } } }`,
      { id: requested.refund.id },
    );
    expect(byHand.data!.payRefund).toEqual({
      refund: { status: 'PAID', paidAt: '2024-03-04T02:00:00.000Z' },
      userErrors: [],
    });
    const twice = await api.gql(
      `mutation($id: ID!) { payRefund(input: { refundId: $id }) { userErrors { code message } } }`,
      { id: requested.refund.id },
    );
    expect(twice.data!.payRefund.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('R-REF-PAYOUT approved after the calendar’s data ends: no due date is guessed, the reason says why (BEYOND_CALENDAR)', async () => {
    const { clockId, openingOrderId } = await qidian('2026-12-20', '2026-12-24');
    await advanceClock(api, clockId, '2026-12-28');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(requested.refund.reviewDueOn).toBe('2026-12-29');
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    expect(approved.refund.payoutDueOn).toBeNull();
    expect(approved.refund.payoutDueReason).toMatch(
      /^7 working days after 2026-12-28 falls after 2026-12-31/,
    );
  });

  it('R-REF-REVIEW a request filed Fri 2024-06-07 is due a first response Tue 06-11 (Dragon Boat Festival); rejectRefund needs a reason and changes no money', async () => {
    const { openingOrderId, clockId } = await qidian('2024-06-03');
    await advanceClock(api, clockId, '2024-06-07');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(requested.refund.reviewDueOn).toBe('2024-06-11');
    const blank = await api.gql(
      `mutation($id: ID!) { rejectRefund(input: { refundId: $id, note: "  " }) { userErrors { code field } } }`,
      { id: requested.refund.id },
    );
    expect(blank.data!.rejectRefund.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['note'] },
    ]);
    const rejected = await api.gql(
      `mutation($id: ID!) { rejectRefund(input: { refundId: $id, note: "Service already used for invoices" }) { refund { status decidedOn decisionNote order { status refunded { amount } } } userErrors { code } } }`,
      { id: requested.refund.id },
    );
    expect(rejected.data!.rejectRefund).toEqual({
      refund: {
        status: 'REJECTED',
        decidedOn: '2024-06-07',
        decisionNote: 'Service already used for invoices',
        order: { status: 'FULFILLED', refunded: { amount: '0.00' } },
      },
      userErrors: [],
    });
    const late = await approveRefund(api, requested.refund.id);
    expect(late.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM journal_entries WHERE source_id = $1`,
      [localId(requested.refund.id)],
    );
    expect(count).toBe(0);
  });

  it('R-REF-REVIEW R-REF-7DAY approval re-decides as of the request date: a request filed on day 7 is still approved on day 10', async () => {
    const { openingOrderId, clockId } = await qidian('2024-04-01');
    await advanceClock(api, clockId, '2024-04-08');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    await advanceClock(api, clockId, '2024-04-11');
    expect(
      (await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' })).eligible,
    ).toBe(false);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    expect(approved.refund).toMatchObject({
      status: 'APPROVED',
      amount: { amount: '3600.00' },
      decidedOn: '2024-04-11',
      decision: { asOf: '2024-04-08' },
    });
  });

  it('R-REF-PAYOUT a refund of two payments goes back to each method: card to the same card, balance to the balance', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-05-06');
    await verify(api, accountId);
    // Paid half by bank card, half from the prepaid balance.
    const top = await api.gql(
      `mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { userErrors { code } } }`,
      { input: { accountId, method: 'WECHAT_PAY', amount: '1800.00', idempotencyKey: key('top') } },
    );
    expect(top.data!.topUpBalance.userErrors).toEqual([]);
    const opened = await api.gql(
      `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id } subscription { id } userErrors { code } } }`,
      {
        input: {
          accountId,
          productCode: 'QIDIAN',
          planCode: 'SEATS',
          seats: 3,
          years: 1,
          idempotencyKey: key('open'),
        },
      },
    );
    const orderId = opened.data!.openSubscription.order.id;
    await payOrder(api, orderId, '1800.00', 'BANK_CARD');
    await payOrder(api, orderId, '1800.00', 'BALANCE');
    await api.gql(
      `mutation($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { code } } }`,
      { id: opened.data!.openSubscription.subscription.id },
    );
    await advanceClock(api, clockId, '2024-05-08');
    const requested = await requestRefund(api, { orderId, reason: 'NO_REASON' });
    expect(
      requested.refund.parts.map((p: { method: string; amount: { amount: string } }) => [
        p.method,
        p.amount.amount,
      ]),
    ).toEqual([
      ['BANK_CARD', '1800.00'],
      ['BALANCE', '1800.00'],
    ]);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    const paid = await api.gql(
      `mutation($id: ID!) { payRefund(input: { refundId: $id }) { refund { status parts { method reference } } userErrors { code } } }`,
      { id: requested.refund.id },
    );
    expect(paid.data!.payRefund.refund.parts).toEqual([
      { method: 'BANK_CARD', reference: expect.stringMatching(/^sbx_payout_bank_card_/) },
      { method: 'BALANCE', reference: `balance:${localId(accountId)}` },
    ]);
    const account = await api.gql(`query($id: ID!) { account(id: $id) { balance { amount } } }`, {
      id: accountId,
    });
    expect(account.data!.account.balance.amount).toBe('1800.00');
  });
});

describe('idempotency', () => {
  it('requestRefund: the same key and input returns the same refund; the key with another input is IDEMPOTENCY_KEY_REUSED', async () => {
    const { openingOrderId, clockId } = await qidian('2024-04-01');
    await advanceClock(api, clockId, '2024-04-03');
    const idem = key('same-refund');
    const first = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'NO_REASON',
      idempotencyKey: idem,
    });
    const second = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'NO_REASON',
      idempotencyKey: idem,
    });
    expect(second.refund.id).toBe(first.refund.id);
    const reused = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'SERVICE_DEFECT',
      evidence: ['x'],
      idempotencyKey: idem,
    });
    expect(reused.refund).toBeNull();
    expect(reused.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), field: ['idempotencyKey'] },
    ]);
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM refunds WHERE order_id = $1`,
      [localId(openingOrderId)],
    );
    expect(count).toBe(1);
  });
});

describe('the review queue and lists', () => {
  it('R-REF-REVIEW operators page through requests oldest first; Order.refunds, Account.refunds and node() show them', async () => {
    const a = await qidian('2024-04-01');
    const b = await qidian('2024-04-01');
    const ra = await requestRefund(api, { orderId: a.openingOrderId, reason: 'NO_REASON' });
    const rb = await requestRefund(api, { orderId: b.openingOrderId, reason: 'NO_REASON' });
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: {
          refunds: {
            edges: Array<{ node: { id: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      } = await api.gql(
        `query($after: String) { refunds(first: 50, after: $after, status: REQUESTED) { edges { node { id status } } pageInfo { hasNextPage endCursor } totalCount } }`,
        { after },
      );
      ids.push(...page.data!.refunds.edges.map((edge) => edge.node.id));
      if (!page.data!.refunds.pageInfo.hasNextPage) break;
      after = page.data!.refunds.pageInfo.endCursor;
    }
    expect(ids.indexOf(ra.refund.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(rb.refund.id)).toBeGreaterThan(ids.indexOf(ra.refund.id));

    const account = await api.gql(
      `query($id: ID!) { account(id: $id) { refunds(first: 10) { totalCount edges { node { id order { id } } } } } }`,
      { id: a.accountId },
    );
    expect(account.data!.account.refunds).toEqual({
      totalCount: 1,
      edges: [{ node: { id: ra.refund.id, order: { id: a.openingOrderId } } }],
    });
    const node = await api.gql(
      `query($id: ID!) { node(id: $id) { id ... on Refund { status amount { amount } } } }`,
      { id: ra.refund.id },
    );
    expect(node.data!.node).toEqual({
      id: ra.refund.id,
      status: 'REQUESTED',
      amount: { amount: '3600.00' },
    });
    const customer = await tokenFor(api, a.accountId, 'CUSTOMER_MEMBER');
    const queue = await api.gql(`query { refunds(first: 5) { totalCount } }`, {}, customer);
    expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('isolation and roles', () => {
  it('a customer gets NOT_FOUND or null for another account’s orders and refunds in every operation; a member cannot request refunds', async () => {
    const mine = await qidian('2024-04-01');
    const theirs = await qidian('2024-04-01');
    const theirRefund = await requestRefund(api, {
      orderId: theirs.openingOrderId,
      reason: 'NO_REASON',
    });
    const admin = await tokenFor(api, mine.accountId);

    const preview = await refundPreview(
      api,
      { orderId: theirs.openingOrderId, reason: 'NO_REASON' },
      admin,
    );
    expect(preview).toMatchObject({
      eligible: false,
      asOf: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['orderId'] }],
    });
    const request = await requestRefund(
      api,
      { orderId: theirs.openingOrderId, reason: 'NO_REASON' },
      admin,
    );
    expect(request).toEqual({
      refund: null,
      userErrors: [
        {
          code: 'NOT_FOUND',
          message:
            'There is no such order you can see: check the id, or look the order up again in its list',
          field: ['orderId'],
        },
      ],
    });
    expect(await refund(theirRefund.refund.id, admin)).toBeNull();
    const node = await api.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: theirRefund.refund.id },
      admin,
    );
    expect(node.data!.node).toBeNull();
    for (const mutation of ['approveRefund', 'payRefund']) {
      const attempt = await api.gql(
        `mutation($id: ID!) { ${mutation}(input: { refundId: $id }) { userErrors { code } } }`,
        { id: theirRefund.refund.id },
        admin,
      );
      expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const reject = await api.gql(
      `mutation($id: ID!) { rejectRefund(input: { refundId: $id, note: "no" }) { userErrors { code } } }`,
      { id: theirRefund.refund.id },
      admin,
    );
    expect(reject.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const member = await tokenFor(api, mine.accountId, 'CUSTOMER_MEMBER');
    const memberPreview = await refundPreview(
      api,
      { orderId: mine.openingOrderId, reason: 'NO_REASON' },
      member,
    );
    expect(memberPreview.eligible).toBe(true);
    const memberRequest = await api.gql(
      `mutation($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { code } } }`,
      {
        input: { orderId: mine.openingOrderId, reason: 'NO_REASON', idempotencyKey: key('member') },
      },
      member,
    );
    expect(memberRequest.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await requestRefund(
      api,
      { orderId: mine.openingOrderId, reason: 'NO_REASON' },
      admin,
    );
    expect(own.userErrors).toEqual([]);
    expect((await refund(own.refund.id, member)).id).toBe(own.refund.id);
  });

  it('malformed input is BAD_USER_INPUT; a preview writes nothing', async () => {
    const { openingOrderId } = await qidian('2024-04-01');
    const bad = await api.gql(
      `query($input: RefundPreviewInput!) { refundPreview(input: $input) { eligible } }`,
      {
        input: { orderId: openingOrderId, reason: 'NO_REASON', asOf: '2024-02-30' },
      },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const counts = async () =>
      (
        await api.db.query(
          `SELECT (SELECT count(*) FROM refunds) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM idempotency_keys) + (SELECT count(*) FROM journal_entries) AS n`,
        )
      )[0].n;
    const before = await counts();
    const preview = await refundPreview(api, {
      orderId: openingOrderId,
      reason: 'NO_REASON',
      asOf: '2024-04-05',
    });
    expect(preview).toMatchObject({
      eligible: true,
      asOf: '2024-04-05',
      amount: { amount: '3600.00' },
    });
    expect(await counts()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  createAccount,
  createClock,
  key,
  openSubscription,
  payOrder,
  requestRefund,
  verify,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

/** An account (live, or on a new test clock) with one paid opening order. */
async function paidAccount(onTestClock: boolean) {
  const name = `${onTestClock ? 'Simulated' : 'Live'} ${key()}`;
  const clockId = onTestClock ? await createClock(api, '2025-03-10') : undefined;
  const accountId = await createAccount(api, name, clockId);
  await verify(api, accountId, name);
  const opened = await openSubscription(api, { accountId, productCode: 'QIDIAN', seats: 3 });
  expect(opened.userErrors).toEqual([]);
  const paid = await payOrder(api, opened.order.id, opened.order.total.amount as string);
  expect(paid.userErrors).toEqual([]);
  expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
  return { accountId, orderId: opened.order.id as string, paymentId: paid.payment.id as string };
}

describe('the journal, the audit trail and the refund queue keep live and test-clock accounts apart', () => {
  let live: Awaited<ReturnType<typeof paidAccount>>;
  let simulated: Awaited<ReturnType<typeof paidAccount>>;
  beforeAll(async () => {
    live = await paidAccount(false);
    simulated = await paidAccount(true);
  });

  type Line = { accountId: string | null; transactionId: string; ledger: string };
  async function journal(filter: string, testMode: boolean | null): Promise<Line[]> {
    const result = await api.gql<{ journal: { edges: Array<{ node: Line }> } }>(
      `query($testMode: Boolean) { journal(first: 100, ${filter}, testMode: $testMode) { edges { node { accountId transactionId ledger } } } }`,
      { testMode },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.journal.edges.map((edge) => edge.node);
  }

  it('journal(testMode:) gives one side only, a payment’s cash line (of no account) on its side', async () => {
    for (const [account, side] of [
      [simulated, true],
      [live, false],
    ] as const) {
      const transactions = new Set(
        (await journal(`accountId: "${account.accountId}"`, null)).map((l) => l.transactionId),
      );
      expect(transactions.size).toBeGreaterThan(0);
      let cashLines = 0;
      for (const transactionId of transactions) {
        const filter = `transactionId: "${transactionId}"`;
        // Omitted: the whole posting, as before the argument existed.
        const posting = await journal(filter, null);
        cashLines += posting.filter(
          (l) => l.accountId === null && l.ledger.startsWith('cash:'),
        ).length;
        expect(await journal(filter, side)).toEqual(posting);
        expect(await journal(filter, !side)).toEqual([]);
      }
      // The payment's cash line, of no account, went with its posting's side.
      expect(cashLines).toBeGreaterThan(0);
    }
  });

  it('auditLog(testMode:) gives one side only', async () => {
    const entries = async (accountId: string, testMode: boolean | null) => {
      const result = await api.gql<{ auditLog: { edges: Array<{ node: { id: string } }> } }>(
        `query($accountId: ID, $testMode: Boolean) { auditLog(first: 100, accountId: $accountId, testMode: $testMode) { edges { node { id } } } }`,
        { accountId, testMode },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.auditLog.edges.map((edge) => edge.node.id);
    };
    for (const [account, side] of [
      [simulated, true],
      [live, false],
    ] as const) {
      const all = await entries(account.accountId, null);
      expect(all.length).toBeGreaterThan(0);
      expect(await entries(account.accountId, side)).toEqual(all);
      expect(await entries(account.accountId, !side)).toEqual([]);
    }
  });

  it('refunds(testMode:) gives one side of the review queue only', async () => {
    const refundOf = async (account: typeof live) => {
      const requested = await requestRefund(api, { orderId: account.orderId, reason: 'NO_REASON' });
      expect(requested.userErrors).toEqual([]);
      return requested.refund.id as string;
    };
    const liveRefund = await refundOf(live);
    const simulatedRefund = await refundOf(simulated);
    const queue = async (testMode: boolean | null) => {
      const result = await api.gql<{ refunds: { edges: Array<{ node: { id: string } }> } }>(
        `query($testMode: Boolean) { refunds(status: REQUESTED, sort: NEWEST_FIRST, first: 100, testMode: $testMode) { edges { node { id } } } }`,
        { testMode },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.refunds.edges.map((edge) => edge.node.id);
    };
    expect(await queue(true)).toContain(simulatedRefund);
    expect(await queue(true)).not.toContain(liveRefund);
    expect(await queue(false)).toContain(liveRefund);
    expect(await queue(false)).not.toContain(simulatedRefund);
    expect(await queue(null)).toEqual(expect.arrayContaining([liveRefund, simulatedRefund]));
  });
});

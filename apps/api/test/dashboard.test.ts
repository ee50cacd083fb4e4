import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  createAccount,
  advanceClock,
  expectBooksBalanced,
  openSubscription,
  payOrder,
  shanghaiToday,
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

const DASHBOARD = `query($days: Int!, $soon: Int!) { dashboard(testMode: true) {testMode 
  revenueByMonth(months: 120) { month amount { amount } gross { amount } refunded { amount } }
  renewalsDue(days: $days) { id currentPeriodEnd }
  inGrace { id status graceEndsOn }
  aboutToBeRecycled(days: $soon) { id }
} }`;

describe('operator dashboard and journal', () => {
  it('R-RENEW-1 R-LIFE-2 R-LIFE-3 lists renewals coming due, subscriptions in grace and about to be recycled, each at its account’s clock', async () => {
    const { accountId, clockId } = await accountAt(api, '2013-07-03');
    const opened = await openSubscription(api, { accountId, seats: 5 });
    await payOrder(api, opened.order.id, '5000.00');
    await verify(api, accountId);
    await advanceClock(api, clockId, '2013-07-08');
    const sub = (await activate(api, opened.subscription.id)).subscription;
    expect(sub.currentPeriodEnd).toBe('2014-07-08');

    const ids = (list: Array<{ id: string }>) => list.map((s) => s.id);
    await advanceClock(api, clockId, '2014-06-18');
    let board = (await api.gql(DASHBOARD, { days: 30, soon: 7 })).data!.dashboard;
    expect(ids(board.renewalsDue)).toContain(sub.id);
    expect(ids(board.inGrace)).not.toContain(sub.id);
    board = (await api.gql(DASHBOARD, { days: 10, soon: 7 })).data!.dashboard;
    expect(ids(board.renewalsDue)).not.toContain(sub.id);

    await advanceClock(api, clockId, '2014-07-20');
    board = (await api.gql(DASHBOARD, { days: 30, soon: 7 })).data!.dashboard;
    const inGrace = board.inGrace.find((s: { id: string }) => s.id === sub.id);
    expect(inGrace).toMatchObject({ status: 'GRACE', graceEndsOn: '2014-08-07' });
    expect(ids(board.aboutToBeRecycled)).not.toContain(sub.id);
    board = (await api.gql(DASHBOARD, { days: 30, soon: 20 })).data!.dashboard;
    expect(ids(board.aboutToBeRecycled)).toContain(sub.id);

    expect(board.testMode).toBe(true);
    const month = board.revenueByMonth.find((m: { month: string }) => m.month === '2013-07');
    expect(month).toEqual({
      month: '2013-07',
      amount: { amount: '5000.00' },
      gross: { amount: '5000.00' },
      refunded: { amount: '0.00' },
    });
  });

  it('R-PAY-1 an order shows the balanced journal lines of its payments to operators only', async () => {
    const { accountId } = await accountAt(api, '2013-08-05');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    await payOrder(api, opened.order.id, '1000.00', 'BANK_CARD');
    await payOrder(api, opened.order.id, '2500.00', 'ALIPAY');
    const query = `query($id: ID!) { order(id: $id) { journalEntries { ledger amount { amount } memo rules { id } sourceType transactionId } payments { journalEntries { ledger amount { amount } } } } }`;
    const order = (await api.gql(query, { id: opened.order.id })).data!.order;
    const lines = order.journalEntries.map((e: { ledger: string; amount: { amount: string } }) => [
      e.ledger,
      e.amount.amount,
    ]);
    expect(lines).toEqual([
      ['cash:BANK_CARD', '1000.00'],
      ['revenue', '-1000.00'],
      ['cash:ALIPAY', '2500.00'],
      ['revenue', '-2000.00'],
      ['customer_credit', '-500.00'],
    ]);
    expect(order.journalEntries[2].rules.map((r: { id: string }) => r.id)).toContain('R-PAY-2');
    expect(order.payments[0].journalEntries).toHaveLength(2);
    const customer = await tokenFor(api, accountId);
    const denied = await api.gql(query, { id: opened.order.id }, customer);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dashboard = await api.gql(`{ dashboard { inGrace { id } } }`, {}, customer);
    expect(dashboard.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows live accounts by default and test-clock accounts only in test mode: the two never mix in one figure', async () => {
    const FIGURES = `query($testMode: Boolean!) { dashboard(testMode: $testMode) {
      testMode revenueByMonth(months: 120) { month gross { amount } }
      refundsByReason { reason count }
      renewalsDue(days: 366) { id } inGrace { id } aboutToBeRecycled(days: 366) { id } } }`;
    const board = async (testMode: boolean) => {
      const result = await api.gql(FIGURES, { testMode });
      expect(result.errors).toBeUndefined();
      expect(result.data!.dashboard.testMode).toBe(testMode);
      return result.data!.dashboard;
    };
    const gross = (
      figures: { revenueByMonth: Array<{ month: string; gross: { amount: string } }> },
      month: string,
    ) => figures.revenueByMonth.find((m) => m.month === month)?.gross.amount ?? null;

    // A test-clock account pays in March 2012, and its subscription is active and due to renew.
    const { accountId, clockId } = await accountAt(api, '2012-03-05');
    const opened = await openSubscription(api, { accountId, seats: 5 });
    await payOrder(api, opened.order.id, '5000.00');
    await verify(api, accountId);
    await activate(api, opened.subscription.id);
    await advanceClock(api, clockId, '2013-02-20');
    const liveToday = shanghaiToday().slice(0, 7);
    const liveBefore = await board(false);

    // A live account pays today.
    const live = await createAccount(api, `Live dashboard ${Date.now()}`);
    const liveOrder = await openSubscription(api, {
      accountId: live,
      productCode: 'QIDIAN',
      seats: 3,
    });
    await payOrder(api, liveOrder.order.id, liveOrder.order.total.amount);

    const test = await board(true);
    expect(gross(test, '2012-03')).toBe('5000.00');
    expect(test.renewalsDue.map((s: { id: string }) => s.id)).toContain(opened.subscription.id);
    const liveAfter = await board(false);
    expect(gross(liveAfter, '2012-03')).toBeNull();
    expect(liveAfter.renewalsDue.map((s: { id: string }) => s.id)).not.toContain(
      opened.subscription.id,
    );
    // The live month grew by the live payment alone.
    const cents = (amount: string | null) => Math.round(Number(amount ?? '0') * 100);
    expect(cents(gross(liveAfter, liveToday)) - cents(gross(liveBefore, liveToday))).toBe(
      cents(liveOrder.order.total.amount),
    );
    // The default is live.
    const byDefault = (
      await api.gql(`{ dashboard { testMode revenueByMonth(months: 120) { month } } }`)
    ).data!.dashboard;
    expect(byDefault.testMode).toBe(false);
    expect(byDefault.revenueByMonth.map((m: { month: string }) => m.month)).not.toContain(
      '2012-03',
    );
  });

  it('lists live or test-clock accounts when asked, both when not', async () => {
    const { accountId } = await accountAt(api, '2012-04-05');
    const live = await createAccount(api, `Live list ${Date.now()}`);
    const names = async (testMode: boolean | null) => {
      const result = await api.gql(
        `query($filter: AccountFilter) { accounts(first: 100, orderBy: NEWEST_FIRST, filter: $filter) { edges { node { id testClock { id } } } } }`,
        { filter: testMode === null ? null : { testMode } },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.accounts.edges.map(
        (edge: { node: { id: string; testClock: { id: string } | null } }) => edge.node,
      );
    };
    const onlyTest = await names(true);
    expect(onlyTest.map((a: { id: string }) => a.id)).toContain(accountId);
    expect(onlyTest.every((a: { testClock: unknown }) => a.testClock !== null)).toBe(true);
    const onlyLive = await names(false);
    expect(onlyLive.map((a: { id: string }) => a.id)).toContain(live);
    expect(onlyLive.every((a: { testClock: unknown }) => a.testClock === null)).toBe(true);
    const both = (await names(null)).map((a: { id: string }) => a.id);
    expect(both).toEqual(expect.arrayContaining([accountId, live]));
  });
});

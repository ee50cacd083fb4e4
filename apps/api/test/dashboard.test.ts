import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  advanceClock,
  expectBooksBalanced,
  openSubscription,
  payOrder,
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

const DASHBOARD = `query($days: Int!, $soon: Int!) { dashboard {
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
});

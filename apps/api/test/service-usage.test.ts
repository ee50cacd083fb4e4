import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  approveRefund,
  expectBooksBalanced,
  advanceClock,
  openSubscription,
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

const USAGE = `mutation($input: RecordServiceUsageInput!) { recordServiceUsage(input: $input) { subscription { serviceUsage { domainVerified adminCreated memberAdded inUse } } userErrors { code } } }`;

/** Exmail STANDARD, 10 mailboxes for a year, paid and activated on 2023-03-01. */
async function exmail() {
  const { accountId, clockId } = await accountAt(api, '2023-03-01');
  const opened = await openSubscription(api, {
    accountId,
    productCode: 'EXMAIL',
    planCode: 'STANDARD',
    seats: 10,
  });
  expect(opened.userErrors).toEqual([]);
  await payOrder(api, opened.order.id, opened.order.total.amount);
  await verify(api, accountId);
  await activate(api, opened.subscription.id);
  return {
    accountId,
    clockId,
    orderId: opened.order.id,
    subscriptionId: opened.subscription.id,
    total: opened.order.total.amount as string,
  };
}

const ruleIds = (rules: Array<{ id: string }>) => rules.map((r) => r.id);

describe('R-REF-UNUSED Exmail paid but never put into use', () => {
  it('R-REF-UNUSED is refunded in full, without fee, long after the 7- and 30-day windows', async () => {
    const { accountId, clockId, orderId, total } = await exmail();
    expect(total).toBe('1000.00');
    await advanceClock(api, clockId, '2023-05-01');
    const preview = await refundPreview(api, { orderId, reason: 'NO_REASON' });
    expect(preview).toMatchObject({
      eligible: true,
      amount: { amount: '1000.00' },
      fee: { amount: '0.00' },
    });
    expect(ruleIds(preview.rules)).toContain('R-REF-UNUSED');
    const admin = await tokenFor(api, accountId);
    const requested = await requestRefund(api, { orderId, reason: 'NO_REASON' }, admin);
    expect(requested.userErrors).toEqual([]);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.refund).toMatchObject({
      status: 'APPROVED',
      amount: { amount: '1000.00' },
      fee: { amount: '0.00' },
    });
  });

  it('R-REF-UNUSED does not apply once the service reported a verified domain, an administrator or a member', async () => {
    for (const used of [{ domainVerified: true }, { adminCreated: true }, { memberAdded: true }]) {
      const { clockId, orderId, subscriptionId } = await exmail();
      const recorded = await api.gql(USAGE, { input: { subscriptionId, ...used } });
      expect(recorded.data!.recordServiceUsage.subscription.serviceUsage.inUse).toBe(true);
      // usage is never undone
      const again = await api.gql(USAGE, {
        input: { subscriptionId, domainVerified: false, adminCreated: false, memberAdded: false },
      });
      expect(again.data!.recordServiceUsage.subscription.serviceUsage.inUse).toBe(true);
      await advanceClock(api, clockId, '2023-05-01');
      const preview = await refundPreview(api, { orderId, reason: 'NO_REASON' });
      expect(preview.eligible).toBe(false);
      expect(preview.amount.amount).toBe('0.00');
      const unused = preview.considered.find(
        (c: { rule: { id: string } }) => c.rule.id === 'R-REF-UNUSED',
      );
      expect(unused).toMatchObject({ applied: false });
    }
  });

  it('only operators record usage; a customer gets FORBIDDEN', async () => {
    const { accountId, subscriptionId } = await exmail();
    const admin = await tokenFor(api, accountId);
    const denied = await api.gql(USAGE, { input: { subscriptionId, domainVerified: true } }, admin);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

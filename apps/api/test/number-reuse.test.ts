import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  activeSubscription,
  advanceClock,
  expectBooksBalanced,
  key,
  localId,
  payOrder,
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

const READ = `query($id: ID!) { subscription(id: $id) { id status enterpriseNumber } }`;

async function read(id: string) {
  const result = await api.gql(READ, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.subscription as { status: string; enterpriseNumber: string | null };
}

async function open(accountId: string, seats: number, hotlineContractNumber?: string) {
  const result = await api.gql(
    `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { code message field } } }`,
    {
      input: {
        accountId,
        productCode: 'EQQ',
        planCode: 'SEATS',
        seats,
        years: 1,
        idempotencyKey: key('open'),
        ...(hotlineContractNumber ? { hotlineContractNumber } : {}),
      },
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.openSubscription;
}

describe('a recycled number never returns to the account that lost it (R-LIFE-3, R-NUM-4)', () => {
  it('R-LIFE-3 R-NUM-4 R-NUM-3 account A recycled buys anew and gets a different number; the released number goes at once to account B from the pool; A cannot claim it by contract either', async () => {
    // 25 seats: a premium number (R-NUM-3), a grade few other tests draw from.
    const seats = 25;
    const a = await activeSubscription(api, {
      openOn: '2019-01-10',
      activateOn: '2019-01-10',
      seats,
    });
    const lost = (await read(a.subscriptionId)).enterpriseNumber!;
    expect(lost).toMatch(/^(400|800)\d{7}$/);

    // Period [2019-01-10, 2020-01-10): grace through 2020-02-09, recycled on 2020-02-10.
    await advanceClock(api, a.clockId, '2020-02-10');
    expect(await read(a.subscriptionId)).toMatchObject({
      status: 'RECYCLED',
      enterpriseNumber: null,
    });
    const releases = await api.db.query(
      `SELECT number, account_id, subscription_id FROM number_releases WHERE number = $1 AND account_id = $2`,
      [lost, localId(a.accountId)],
    );
    expect(releases).toEqual([
      {
        number: lost,
        account_id: localId(a.accountId),
        subscription_id: localId(a.subscriptionId),
      },
    ]);

    // A buys anew: a new number from the pool, never the one it lost.
    const again = await open(a.accountId, seats);
    expect(again.userErrors).toEqual([]);
    expect((await payOrder(api, again.order.id, again.order.total.amount)).userErrors).toEqual([]);
    const activated = await activate(api, again.subscription.id);
    expect(activated.userErrors).toEqual([]);
    const renewedNumber = activated.subscription.enterpriseNumber as string;
    expect(renewedNumber).toMatch(/^(400|800)\d{7}$/);
    expect(renewedNumber).not.toBe(lost);

    // Nor by showing a hotline contract for it (R-NUM-2 does not override R-LIFE-3).
    const byContract = await open(a.accountId, 5, lost);
    expect(byContract.subscription).toBeNull();
    expect(byContract.userErrors).toHaveLength(1);
    expect(byContract.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: ['hotlineContractNumber'],
    });
    expect(byContract.userErrors[0].message).toContain('R-NUM-4');
    expect(byContract.userErrors[0].message).toContain(
      'open the subscription without a hotline contract number',
    );
    expect(byContract.userErrors[0].message).not.toMatch(/[a-z][A-Z]\w*\(/); // no function names

    // Another account gets the released number at once: it is the lowest free premium number.
    const b = await activeSubscription(api, {
      openOn: '2020-02-10',
      activateOn: '2020-02-10',
      seats,
    });
    expect((await read(b.subscriptionId)).enterpriseNumber).toBe(lost);
    const [row] = await api.db.query(
      `SELECT subscription_id, released_at FROM enterprise_numbers WHERE number = $1`,
      [lost],
    );
    expect(row).toEqual({ subscription_id: localId(b.subscriptionId), released_at: null });
  });
});

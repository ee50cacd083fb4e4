import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  addSeats,
  advanceClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  quote,
  renewSubscription,
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

const ENTERPRISE = { productCode: 'MEETING', planCode: 'ENTERPRISE' };
const PRICE_FIELDS =
  'productCode planCode unitPrice { amount currency } effectiveFrom endsOn inForce';
const OPERATOR_MUST_SET =
  'an operator must set the contract price (per seat per year) for the account first (R-CAT-2)';

async function setContractPrice(
  input: {
    accountId: string;
    unitPrice: string;
    effectiveFrom?: string;
    planCode?: string;
    idempotencyKey?: string;
  },
  token?: string,
) {
  return api.gql(
    `mutation($input: SetContractPriceInput!) { setContractPrice(input: $input) { account { id contractPrices { ${PRICE_FIELDS} } } contractPrice { ${PRICE_FIELDS} } userErrors { code message field } } }`,
    { input: { ...ENTERPRISE, idempotencyKey: key('price'), ...input } },
    token,
  );
}

async function endContractPrice(input: { accountId: string; endsOn?: string }, token?: string) {
  return api.gql(
    `mutation($input: EndContractPriceInput!) { endContractPrice(input: $input) { account { contractPrices { ${PRICE_FIELDS} } } userErrors { code message field } } }`,
    { input: { ...ENTERPRISE, idempotencyKey: key('end'), ...input } },
    token,
  );
}

async function contractPrices(accountId: string, token?: string) {
  const result = await api.gql(
    `query($id: ID!) { account(id: $id) { contractPrices { ${PRICE_FIELDS} } } }`,
    { id: accountId },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.account.contractPrices;
}

async function audits(accountId: string, action: string) {
  return api.db.query(
    `SELECT before, after FROM audit_log WHERE account_id = $1 AND action = $2 ORDER BY seq`,
    [localId(accountId), action],
  );
}

describe('contract prices (R-CAT-2 CUSTOM)', () => {
  it('R-CAT-2 without a contract price, opening and quoting a CUSTOM plan say an operator must set it first', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const opened = await openSubscription(api, { accountId, ...ENTERPRISE, seats: 10 });
    expect(opened.order).toBeNull();
    expect(opened.userErrors).toHaveLength(1);
    expect(opened.userErrors[0].code).toBe('INVALID_STATE');
    expect(opened.userErrors[0].message).toContain(OPERATOR_MUST_SET);
    const quoted = await quote(api, {
      action: 'NEW_SUBSCRIPTION',
      accountId,
      ...ENTERPRISE,
      seats: 10,
      years: 1,
    });
    expect(quoted.total).toBeNull();
    expect(quoted.userErrors[0].message).toContain(OPERATOR_MUST_SET);
  });

  it('R-CAT-2 customers cannot set or end contract prices (FORBIDDEN) but read their own', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const admin = await tokenFor(api, accountId);
    const set = await setContractPrice({ accountId, unitPrice: '1.00' }, admin);
    expect(set.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ended = await endContractPrice({ accountId }, admin);
    expect(ended.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await contractPrices(accountId, admin)).toEqual([]);
    expect(await audits(accountId, 'setContractPrice')).toEqual([]);
  });

  it('R-CAT-2 R-MONEY-1 bad prices, backdated dates and catalog-priced plans are refused with nothing changed; a replay changes nothing', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const idempotencyKey = key('price-replay');
    const first = await setContractPrice({ accountId, unitPrice: '480.00', idempotencyKey });
    const again = await setContractPrice({ accountId, unitPrice: '480.00', idempotencyKey });
    expect(first.data!.setContractPrice.userErrors).toEqual([]);
    expect(again.data!.setContractPrice).toEqual(first.data!.setContractPrice);
    const reused = await setContractPrice({ accountId, unitPrice: '500.00', idempotencyKey });
    expect(reused.data!.setContractPrice.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');

    const refusals: Array<[Parameters<typeof setContractPrice>[0], string, string[]]> = [
      [{ accountId, unitPrice: '0.00' }, 'INVALID_INPUT', ['unitPrice']],
      [{ accountId, unitPrice: '1000000.01' }, 'INVALID_INPUT', ['unitPrice']],
      [
        { accountId, unitPrice: '500.00', effectiveFrom: '2024-02-29' },
        'INVALID_INPUT',
        ['effectiveFrom'],
      ],
      [{ accountId, unitPrice: '500.00', planCode: 'PRO_ANNUAL' }, 'INVALID_INPUT', ['planCode']],
      [{ accountId, unitPrice: '500.00', planCode: 'NOPE' }, 'NOT_FOUND', ['planCode']],
    ];
    for (const [input, code, field] of refusals) {
      const refused = await setContractPrice(input);
      expect(refused.errors).toBeUndefined();
      expect(refused.data!.setContractPrice).toMatchObject({
        contractPrice: null,
        userErrors: [{ code, field }],
      });
    }
    const malformed = await setContractPrice({ accountId, unitPrice: '1.234' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await setContractPrice({
      accountId,
      unitPrice: '1.00',
      effectiveFrom: '2024-02-30',
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect(await contractPrices(accountId)).toEqual([
      {
        ...ENTERPRISE,
        unitPrice: { amount: '480.00', currency: 'CNY' },
        effectiveFrom: '2024-03-01',
        endsOn: null,
        inForce: true,
      },
    ]);
    expect(await audits(accountId, 'setContractPrice')).toHaveLength(1);
    const unknown = await setContractPrice({
      accountId: 'QWNjb3VudDpub3BlOm5vcGU',
      unitPrice: '1.00',
    });
    expect(unknown.data!.setContractPrice.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('R-CAT-2 R-SEAT-4 R-RENEW-3 set, change from a date and end: open, add seats and renew at the price in force on each order date', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-03-01');
    await verify(api, accountId);
    const admin = await tokenFor(api, accountId);

    const set = await setContractPrice({ accountId, unitPrice: '480.00' });
    expect(set.data!.setContractPrice.userErrors).toEqual([]);
    expect(set.data!.setContractPrice.contractPrice).toEqual({
      ...ENTERPRISE,
      unitPrice: { amount: '480.00', currency: 'CNY' },
      effectiveFrom: '2024-03-01',
      endsOn: null,
      inForce: true,
    });
    const [audited] = await audits(accountId, 'setContractPrice');
    expect(audited.before).toMatchObject({ unitPrice: null, effectiveFrom: '2024-03-01' });
    expect(audited.after).toMatchObject({ unitPrice: 48000, rules: ['R-CAT-2'] });

    const quoted = await quote(
      api,
      { action: 'NEW_SUBSCRIPTION', accountId, ...ENTERPRISE, seats: 10, years: 1 },
      admin,
    );
    expect(quoted.total).toEqual({ amount: '4800.00', currency: 'CNY' });
    const opened = await openSubscription(api, { accountId, ...ENTERPRISE, seats: 10 }, admin);
    expect(opened.userErrors).toEqual([]);
    expect(opened.order.total.amount).toBe('4800.00');
    expect(opened.order.lines[0]).toMatchObject({ quantity: 10, unitPrice: { amount: '480.00' } });
    expect((await payOrder(api, opened.order.id, '4800.00')).userErrors).toEqual([]);
    const activated = await activate(api, opened.subscription.id);
    expect(activated.userErrors).toEqual([]);
    expect(activated.subscription.currentPeriodEnd).toBe('2025-03-01');
    const subscriptionId = opened.subscription.id;

    // Changed from 2024-09-01: the old price keeps its span, the new one is not in force yet.
    const changed = await setContractPrice({
      accountId,
      unitPrice: '600.00',
      effectiveFrom: '2024-09-01',
    });
    expect(changed.data!.setContractPrice.userErrors).toEqual([]);
    expect(changed.data!.setContractPrice.account.contractPrices).toEqual([
      expect.objectContaining({
        unitPrice: { amount: '480.00', currency: 'CNY' },
        effectiveFrom: '2024-03-01',
        endsOn: '2024-09-01',
        inForce: true,
      }),
      expect.objectContaining({
        unitPrice: { amount: '600.00', currency: 'CNY' },
        effectiveFrom: '2024-09-01',
        endsOn: null,
        inForce: false,
      }),
    ]);

    // Before the change: 480 a year is 40 a month (R-SEAT-4).
    await advanceClock(api, clockId, '2024-06-10');
    const early = await addSeats(api, subscriptionId, 2, admin);
    expect(early.userErrors).toEqual([]);
    expect(early.order.lines[0]).toMatchObject({ quantity: 2, unitPrice: { amount: '40.00' } });
    const months = early.order.lines[0].months as number;
    expect(early.order.total.amount).toBe(`${80 * months}.00`);
    expect((await payOrder(api, early.order.id, early.order.total.amount)).userErrors).toEqual([]);

    // After it: 600 a year is 50 a month.
    await advanceClock(api, clockId, '2024-10-01');
    const later = await quote(api, { action: 'ADD_SEATS', subscriptionId, seats: 1 }, admin);
    expect(later.lines[0]).toMatchObject({ unitPrice: { amount: '50.00' } });
    expect(await contractPrices(accountId, admin)).toEqual([
      expect.objectContaining({ effectiveFrom: '2024-03-01', inForce: false }),
      expect.objectContaining({ effectiveFrom: '2024-09-01', inForce: true }),
    ]);

    // The renewal is priced at the contract price in force on its order date: 12 seats × 600.
    await advanceClock(api, clockId, '2025-02-10');
    const renewed = await renewSubscription(api, subscriptionId, 1, admin);
    expect(renewed.userErrors).toEqual([]);
    expect(renewed.order.total.amount).toBe('7200.00');
    expect(renewed.order.lines[0]).toMatchObject({ quantity: 12, unitPrice: { amount: '600.00' } });

    // Ended from 2025-02-20; ending again, or in the past, is refused.
    const ended = await endContractPrice({ accountId, endsOn: '2025-02-20' });
    expect(ended.data!.endContractPrice.userErrors).toEqual([]);
    expect(ended.data!.endContractPrice.account.contractPrices[1]).toMatchObject({
      effectiveFrom: '2024-09-01',
      endsOn: '2025-02-20',
      inForce: true,
    });
    const [endAudit] = await audits(accountId, 'endContractPrice');
    expect(endAudit.before).toMatchObject({ unitPrice: 60000 });
    expect(endAudit.after).toMatchObject({ unitPrice: null, effectiveFrom: '2025-02-20' });
    const twice = await endContractPrice({ accountId, endsOn: '2025-02-25' });
    expect(twice.data!.endContractPrice.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: ['endsOn'],
    });
    const past = await endContractPrice({ accountId, endsOn: '2025-02-01' });
    expect(past.data!.endContractPrice.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['endsOn'],
    });

    await advanceClock(api, clockId, '2025-02-20');
    const none = await quote(api, { action: 'ADD_SEATS', subscriptionId, seats: 1 }, admin);
    expect(none.total).toBeNull();
    expect(none.userErrors[0].message).toContain(OPERATOR_MUST_SET);
    const refused = await addSeats(api, subscriptionId, 1, admin);
    expect(refused.userErrors[0].message).toContain(OPERATOR_MUST_SET);
    expect(
      (await contractPrices(accountId)).every((price: { inForce: boolean }) => !price.inForce),
    ).toBe(true);
  });
});

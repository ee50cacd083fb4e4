import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ORDER_FIELDS,
  accountAt,
  activate,
  activeSubscription,
  addSeats,
  advanceClock,
  approveRefund,
  expectBooksBalanced,
  key,
  ledgerSum,
  localId,
  openSubscription,
  payOrder,
  refundPreview,
  renewSubscription,
  requestRefund,
  ruleIds,
  tokenFor,
  topUpBalance,
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

const SUBSCRIPTION = `id status seats currentPeriodStart currentPeriodEnd expiresOn renewalOpensOn graceEndsOn enterpriseNumber hotlineContractNumber
  violationLevel violations { kind level fromLevel reason on rules { id } }
  entitlements { initiateSessions service addSeats renew }
  forceMajeure { totalDays mayEnd explanation rules { id } events { days reason recordedOn periodEndBefore periodEndAfter explanation rules { id } } }
  terminationNotice { reason noticedOn effectiveOn status outcome rules { id }
    refunds { id status amount { amount } fee { amount } payout { amount } method payoutDueOn paidAt decidedOn reason reviewDueReason
      decision { eligible explanation rules { id } } } }
  history { effectiveOn fromStatus toStatus cause reason rules { id } }`;

const CORRECTION = `correction { years seats total { amount } difference { amount } explanation note correctedOn previousPeriodEnd rules { id }
  lines { description quantity unitPrice { amount } amount { amount } rules { id } } }`;

async function readSubscription(id: string, token?: string) {
  const result = await api.gql(
    `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION} } }`,
    { id },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

async function readOrder(id: string) {
  const result = await api.gql(
    `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} years seats refunded { amount } ${CORRECTION} } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.order;
}

async function operation(
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  token?: string,
  selection = `subscription { ${SUBSCRIPTION} }`,
) {
  const result = await api.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code message field } } }`,
    { input: { idempotencyKey: key(name), ...input } },
    token,
  );
  return result;
}

async function correctOrder(input: Record<string, unknown>, token?: string) {
  const result = await operation(
    'correctOrder',
    'CorrectOrderInput',
    input,
    token,
    `order { ${ORDER_FIELDS} years seats ${CORRECTION} }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.correctOrder;
}

async function recordViolation(subscriptionId: string, reason: string, token?: string) {
  const result = await operation(
    'recordViolation',
    'ViolationInput',
    { subscriptionId, reason },
    token,
  );
  if (token) return result;
  expect(result.errors).toBeUndefined();
  return result.data!.recordViolation;
}

async function upholdAppeal(subscriptionId: string, reason: string) {
  const result = await operation('upholdAppeal', 'ViolationInput', { subscriptionId, reason });
  expect(result.errors).toBeUndefined();
  return result.data!.upholdAppeal;
}

async function terminate(
  subscriptionId: string,
  effectiveOn: string,
  reason = 'Product line discontinued',
) {
  const result = await operation(
    'terminateSubscription',
    'TerminateSubscriptionInput',
    { subscriptionId, effectiveOn, reason },
    undefined,
    `subscription { id status } terminationNotice { reason noticedOn effectiveOn status rules { id } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.terminateSubscription;
}

async function recordForceMajeure(
  subscriptionId: string,
  days: number,
  reason = 'Earthquake: data centre offline',
) {
  const result = await operation('recordForceMajeure', 'RecordForceMajeureInput', {
    subscriptionId,
    days,
    reason,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.recordForceMajeure;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await api.db.query(`SELECT count(*)::int AS count FROM ${sql}`, params);
  return row.count;
}

describe('correcting a wrong order (R-REF-DUPLICATE)', () => {
  it('R-REF-DUPLICATE R-OPEN-1 3 years instead of 1 on 5 EQQ seats: corrected 15,000 → 5,000 at the order date, ORDER_ERROR refunds exactly 10,000.00; activation starts the corrected year', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5, years: 3 });
    expect(opened.order.total.amount).toBe('15000.00');
    const orderId = opened.order.id;
    await payOrder(api, orderId, '15000.00');
    await verify(api, accountId);

    // Not corrected yet: an ORDER_ERROR claim has no difference to refund.
    const early = await refundPreview(api, { orderId, reason: 'ORDER_ERROR' });
    expect(early).toMatchObject({ eligible: false, amount: { amount: '0.00' } });
    expect(early.explanation).toMatch(/not been corrected yet/);

    // Priced at the order date (2021-04-20, book EQQ-2010) even though the clock has moved on.
    await advanceClock(api, clockId, '2021-04-25');
    const admin = await tokenFor(api, accountId);
    const forbidden = await operation(
      'correctOrder',
      'CorrectOrderInput',
      { orderId, years: 1, note: 'meant 1 year' },
      admin,
      'order { id }',
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const corrected = await correctOrder({
      orderId,
      years: 1,
      note: 'The customer meant 1 year; the form defaulted to 3',
    });
    expect(corrected.userErrors).toEqual([]);
    expect(corrected.order).toMatchObject({
      status: 'PAID',
      total: { amount: '15000.00' },
      years: 3,
      seats: 5,
    });
    expect(corrected.order.lines).toEqual([
      expect.objectContaining({ quantity: 5, amount: { amount: '15000.00' } }),
    ]);
    expect(corrected.order.correction).toMatchObject({
      years: 1,
      seats: 5,
      total: { amount: '5000.00' },
      difference: { amount: '10000.00' },
      note: 'The customer meant 1 year; the form defaulted to 3',
      correctedOn: '2021-04-25',
      previousPeriodEnd: null,
    });
    expect(corrected.order.correction.lines).toEqual([
      {
        description: '5 seats × ¥1,000.00 × 1 year',
        quantity: 5,
        unitPrice: { amount: '1000.00' },
        amount: { amount: '5000.00' },
        rules: expect.any(Array),
      },
    ]);
    expect(corrected.order.correction.explanation).toMatch(
      /^Corrected: 5 seats × ¥1,000.00 × 1 year = ¥5,000.00 \(R-OPEN-1: price book EQQ-2010 in force on 2021-04-20/,
    );
    expect(ruleIds(corrected.order.correction.rules)).toEqual(
      expect.arrayContaining(['R-REF-DUPLICATE', 'R-OPEN-1']),
    );

    const again = await correctOrder({ orderId, years: 2, note: 'again' });
    expect(again).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['orderId'] }],
    });

    const preview = await refundPreview(api, { orderId, reason: 'ORDER_ERROR' });
    expect(preview).toMatchObject({
      eligible: true,
      amount: { amount: '10000.00' },
      fee: { amount: '0.00' },
      payout: { amount: '10000.00' },
      endsSubscription: false,
    });
    expect(ruleIds(preview.rules)).toContain('R-REF-DUPLICATE');
    const requested = await requestRefund(api, { orderId, reason: 'ORDER_ERROR' }, admin);
    expect(requested.userErrors).toEqual([]);
    expect(requested.refund).toMatchObject({
      status: 'REQUESTED',
      amount: { amount: '10000.00' },
      fee: { amount: '0.00' },
    });
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.refund).toMatchObject({
      status: 'APPROVED',
      amount: { amount: '10000.00' },
      order: { refunded: { amount: '10000.00' } },
    });
    const nothingLeft = await refundPreview(api, { orderId, reason: 'ORDER_ERROR' });
    expect(nothingLeft).toMatchObject({ eligible: false, amount: { amount: '0.00' } });

    await advanceClock(api, clockId, '2021-05-01');
    const activated = await activate(api, opened.subscription.id);
    expect(activated.userErrors).toEqual([]);
    expect(activated.subscription).toMatchObject({
      currentPeriodStart: '2021-05-01',
      currentPeriodEnd: '2022-05-01',
      expiresOn: '2022-04-30',
    });
    const history = (await readSubscription(opened.subscription.id)).history;
    expect(history.find((e: { cause: string }) => e.cause === 'ORDER_CORRECTED')).toMatchObject({
      fromStatus: 'PENDING_ACTIVATION',
      toStatus: 'PENDING_ACTIVATION',
    });
    const audit = await api.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'correctOrder' AND object_id = $1`,
      [localId(orderId)],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].before.order).toMatchObject({ total: 1500000, correctedTotal: null });
    expect(audit[0].after.order).toMatchObject({ correctedTotal: 500000, years: 1 });
  });

  it('R-REF-DUPLICATE R-OPEN-3 an activated opening corrected from 3 years to 1: the period end moves back to 2022-05-01, the difference is refunded', async () => {
    const { subscriptionId, openingOrderId, clockId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      years: 3,
    });
    expect((await readSubscription(subscriptionId)).currentPeriodEnd).toBe('2024-05-01');
    await advanceClock(api, clockId, '2021-05-20');

    const above = await correctOrder({ orderId: openingOrderId, seats: 11, note: 'more seats' });
    expect(above).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['seats'] }],
    });
    expect(above.userErrors[0].message).toMatch(
      /costs ¥31,350.00, more than the ¥15,000.00 ordered/,
    );
    const same = await correctOrder({ orderId: openingOrderId, years: 3, note: 'same' });
    expect(same.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['years'] });

    const corrected = await correctOrder({
      orderId: openingOrderId,
      years: 1,
      note: 'meant 1 year',
    });
    expect(corrected.userErrors).toEqual([]);
    expect(corrected.order).toMatchObject({
      status: 'FULFILLED',
      periodStart: '2021-05-01',
      periodEnd: '2022-05-01',
    });
    expect(corrected.order.correction).toMatchObject({
      total: { amount: '5000.00' },
      difference: { amount: '10000.00' },
      previousPeriodEnd: '2024-05-01',
    });
    const sub = await readSubscription(subscriptionId);
    expect(sub).toMatchObject({
      status: 'ACTIVE',
      currentPeriodEnd: '2022-05-01',
      expiresOn: '2022-04-30',
      graceEndsOn: '2022-05-31',
    });
    expect(sub.history.at(-1)).toMatchObject({
      cause: 'ORDER_CORRECTED',
      fromStatus: 'ACTIVE',
      toStatus: 'ACTIVE',
    });
    expect(sub.history.at(-1).reason).toMatch(
      /the period now ends on 2022-05-01 \(was 2024-05-01\)/,
    );

    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'ORDER_ERROR' });
    expect(requested.refund).toMatchObject({
      amount: { amount: '10000.00' },
      fee: { amount: '0.00' },
    });
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.refund.order).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refunded: { amount: '10000.00' },
    });
    expect((await readSubscription(subscriptionId)).status).toBe('ACTIVE');
  });

  it('R-REF-DUPLICATE R-RENEW-2 a 3-year Exmail renewal corrected to 1 year: 3,000 → 1,000 at the renewal date, the period end moves back two years', async () => {
    const { subscriptionId, clockId, openingOrderId } = await activeSubscription(api, {
      openOn: '2024-03-01',
      activateOn: '2024-03-01',
      seats: 10,
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
    });
    await advanceClock(api, clockId, '2025-02-10');
    const renewal = await renewSubscription(api, subscriptionId, 3);
    expect(renewal.userErrors).toEqual([]);
    expect(renewal.order).toMatchObject({
      total: { amount: '3000.00' },
      periodStart: '2025-03-01',
      periodEnd: '2028-03-01',
    });
    await payOrder(api, renewal.order.id, '3000.00');
    expect((await readSubscription(subscriptionId)).currentPeriodEnd).toBe('2028-03-01');

    // Only the latest purchase can be corrected: the opening order has a later, paid renewal.
    const opening = await correctOrder({ orderId: openingOrderId, seats: 5, note: 'meant 5' });
    expect(opening.userErrors).toEqual([
      expect.objectContaining({
        code: 'INVALID_STATE',
        field: ['orderId'],
        message: expect.stringContaining('A later RENEWAL order was priced on this order’s period'),
      }),
    ]);

    const seats = await correctOrder({
      orderId: renewal.order.id,
      seats: 5,
      note: 'fewer mailboxes',
    });
    expect(seats.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['seats'] });
    const corrected = await correctOrder({
      orderId: renewal.order.id,
      years: 1,
      note: 'meant 1 year',
    });
    expect(corrected.userErrors).toEqual([]);
    expect(corrected.order).toMatchObject({ periodStart: '2025-03-01', periodEnd: '2026-03-01' });
    expect(corrected.order.correction).toMatchObject({
      years: 1,
      total: { amount: '1000.00' },
      difference: { amount: '2000.00' },
      previousPeriodEnd: '2028-03-01',
    });
    expect((await readSubscription(subscriptionId)).currentPeriodEnd).toBe('2026-03-01');

    // R-REF-NONREF: a renewal is not refundable, except the corrected difference (R-REF-DUPLICATE).
    const noReason = await refundPreview(api, { orderId: renewal.order.id, reason: 'NO_REASON' });
    expect(noReason).toMatchObject({ amount: { amount: '2000.00' }, endsSubscription: false });
    expect(noReason.considered).toContainEqual(
      expect.objectContaining({ rule: { id: 'R-REF-NONREF' }, applied: true }),
    );
    const preview = await refundPreview(api, { orderId: renewal.order.id, reason: 'ORDER_ERROR' });
    expect(preview).toMatchObject({
      eligible: true,
      amount: { amount: '2000.00' },
      fee: { amount: '0.00' },
    });
  });

  it('R-REF-DUPLICATE an unpaid order is cancelled, not corrected; an added-seats order cannot be corrected', async () => {
    const { subscriptionId, clockId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-06-01');
    const added = await addSeats(api, subscriptionId, 2);
    const unpaid = await correctOrder({ orderId: added.order.id, seats: 1, note: 'x' });
    expect(unpaid.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: ['orderId'] });
    expect(unpaid.userErrors[0].message).toMatch(/Only a new subscription or a renewal/);
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5, years: 3 });
    const notPaid = await correctOrder({ orderId: opened.order.id, years: 1, note: 'x' });
    expect(notPaid.userErrors[0].message).toMatch(/not paid yet: cancel it/);
    expect((await readOrder(opened.order.id)).correction).toBeNull();
  });
});

describe('hotline contract numbers (R-NUM-2)', () => {
  /** A valid 800 number nobody holds and the pool does not contain. */
  async function unusedNumber(): Promise<string> {
    for (let n = 8009990001; ; n++) {
      if ((await count(`enterprise_numbers WHERE number = $1`, [String(n)])) === 0)
        return String(n);
    }
  }

  async function openWithNumber(hotlineContractNumber: string, productCode = 'EQQ') {
    const { accountId } = await accountAt(api, '2021-04-20');
    const result = await api.gql(
      `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id hotlineContractNumber } userErrors { code message field } } }`,
      {
        input: {
          accountId,
          productCode,
          planCode: productCode === 'EQQ' ? 'SEATS' : 'STANDARD',
          seats: 5,
          years: 1,
          hotlineContractNumber,
          idempotencyKey: key('open'),
        },
      },
    );
    expect(result.errors).toBeUndefined();
    return { accountId, ...result.data!.openSubscription };
  }

  async function payAndVerify(opened: {
    accountId: string;
    order: { id: string; total: { amount: string } };
  }) {
    await payOrder(api, opened.order.id, opened.order.total.amount);
    await verify(api, opened.accountId);
  }

  it('R-NUM-2 R-OPEN-5 a contract number outside the pool is assigned at activation instead of a pool number, and added to the numbers', async () => {
    const number = await unusedNumber();
    const opened = await openWithNumber(
      `${number.slice(0, 3)}-${number.slice(3, 6)} ${number.slice(6)}`,
    );
    expect(opened.userErrors).toEqual([]);
    expect(opened.subscription.hotlineContractNumber).toBe(number);
    await payAndVerify(opened);
    const activated = await activate(api, opened.subscription.id);
    expect(activated.userErrors).toEqual([]);
    expect(activated.subscription.enterpriseNumber).toBe(number);
    const [row] = await api.db.query(
      `SELECT subscription_id, hotline_contract FROM enterprise_numbers WHERE number = $1`,
      [number],
    );
    expect(row).toEqual({
      subscription_id: localId(opened.subscription.id),
      hotline_contract: true,
    });
    const event = (await readSubscription(opened.subscription.id)).history.find(
      (e: { cause: string }) => e.cause === 'ACTIVATED',
    );
    expect(ruleIds(event.rules)).toEqual(
      expect.arrayContaining(['R-OPEN-5', 'R-NUM-1', 'R-NUM-2']),
    );
    expect(event.reason).toContain(
      `enterprise number ${number} (R-OPEN-5, R-NUM-2: hotline contract)`,
    );

    // Another customer asking for the same number is refused at opening: it is held.
    const taken = await openWithNumber(number);
    expect(taken).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['hotlineContractNumber'] }],
    });
    expect(taken.userErrors[0].message).toMatch(/assigned to another subscription \(R-NUM-2\)/);
  });

  it('R-NUM-2 a contract number free in the pool is claimed from it; two openings asking for one number: the second activation is refused and changes nothing', async () => {
    const [{ number }] = await api.db.query(
      `SELECT number FROM enterprise_numbers WHERE subscription_id IS NULL AND NOT hotline_contract ORDER BY number DESC LIMIT 1`,
    );
    const first = await openWithNumber(number);
    const second = await openWithNumber(number);
    expect(first.userErrors).toEqual([]);
    expect(second.userErrors).toEqual([]);
    await payAndVerify(first);
    await payAndVerify(second);
    expect((await activate(api, first.subscription.id)).subscription.enterpriseNumber).toBe(number);
    const [row] = await api.db.query(
      `SELECT subscription_id, hotline_contract FROM enterprise_numbers WHERE number = $1`,
      [number],
    );
    expect(row).toEqual({
      subscription_id: localId(first.subscription.id),
      hotline_contract: true,
    });

    const refused = await activate(api, second.subscription.id);
    expect(refused.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(refused.userErrors[0].message).toMatch(
      new RegExp(`${number} of the hotline contract is assigned to another subscription`),
    );
    const still = await readSubscription(second.subscription.id);
    expect(still).toMatchObject({
      status: 'PENDING_ACTIVATION',
      enterpriseNumber: null,
      currentPeriodStart: null,
    });
  });

  it('R-NUM-1 R-NUM-2 an invalid contract number, or one for a product without enterprise numbers, is INVALID_INPUT and writes nothing', async () => {
    const invalid = await openWithNumber('12345');
    expect(invalid).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['hotlineContractNumber'] }],
    });
    const exmail = await openWithNumber('4008881234', 'EXMAIL');
    expect(exmail).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['hotlineContractNumber'] }],
    });
    expect(
      await count(`orders WHERE account_id = ANY($1::uuid[])`, [
        [localId(invalid.accountId), localId(exmail.accountId)],
      ]),
    ).toBe(0);
  });
});

describe('violations and appeals (R-VIO-1)', () => {
  it('R-VIO-1 R-LIFE-5 R-REF-VIOLATION warning → suspension (no entitlements, refunds refused) → upheld appeal restores ACTIVE at WARNING', async () => {
    const { accountId, subscriptionId, openingOrderId, clockId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-05-03');
    const admin = await tokenFor(api, accountId);
    const forbidden = await recordViolation(subscriptionId, 'spam', admin);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await recordViolation(subscriptionId, '   ');
    expect(blank).toMatchObject({
      subscription: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['reason'] }],
    });

    // A retried request (same idempotency key and input) records the step once.
    const idempotencyKey = key('violation');
    const send = () =>
      operation('recordViolation', 'ViolationInput', {
        subscriptionId,
        reason: 'Mass unsolicited messages',
        idempotencyKey,
      });
    const warned = (await send()).data!.recordViolation;
    expect(warned.userErrors).toEqual([]);
    expect(warned.subscription).toMatchObject({
      status: 'ACTIVE',
      violationLevel: 'WARNING',
      entitlements: { initiateSessions: true, service: true },
    });
    expect((await send()).data!.recordViolation.subscription.violationLevel).toBe('WARNING');
    const reused = (
      await operation('recordViolation', 'ViolationInput', {
        subscriptionId,
        reason: 'other',
        idempotencyKey,
      })
    ).data!.recordViolation;
    expect(reused.userErrors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(
      await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' }),
    ).toMatchObject({ eligible: true, amount: { amount: '5000.00' } });

    const suspended = await recordViolation(subscriptionId, 'Repeated after warning');
    expect(suspended.subscription).toMatchObject({
      status: 'SUSPENDED',
      violationLevel: 'SUSPENDED',
      entitlements: { initiateSessions: false, service: false, addSeats: false, renew: false },
    });
    const refused = await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(refused).toMatchObject({ eligible: false, amount: { amount: '0.00' } });
    expect(ruleIds(refused.rules)).toEqual(['R-REF-VIOLATION', 'R-REF-OTHERWISE']);
    const requested = await requestRefund(
      api,
      { orderId: openingOrderId, reason: 'NO_REASON' },
      admin,
    );
    expect(requested).toMatchObject({ refund: null, userErrors: [{ code: 'NOT_REFUNDABLE' }] });
    expect(requested.userErrors[0].message).toMatch(/R-REF-VIOLATION/);
    expect(await count(`refunds WHERE order_id = $1`, [localId(openingOrderId)])).toBe(0);

    const restored = await upholdAppeal(
      subscriptionId,
      'Messages were sent by a compromised account',
    );
    expect(restored.userErrors).toEqual([]);
    expect(restored.subscription).toMatchObject({
      status: 'ACTIVE',
      violationLevel: 'WARNING',
      entitlements: { initiateSessions: true, service: true },
    });
    expect(restored.subscription.violations).toEqual([
      {
        kind: 'ESCALATION',
        level: 'WARNING',
        fromLevel: 'NONE',
        reason: 'Mass unsolicited messages',
        on: '2021-05-03',
        rules: [{ id: 'R-VIO-1' }],
      },
      {
        kind: 'ESCALATION',
        level: 'SUSPENDED',
        fromLevel: 'WARNING',
        reason: 'Repeated after warning',
        on: '2021-05-03',
        rules: [{ id: 'R-VIO-1' }, { id: 'R-LIFE-5' }],
      },
      {
        kind: 'APPEAL_UPHELD',
        level: 'WARNING',
        fromLevel: 'SUSPENDED',
        reason: 'Messages were sent by a compromised account',
        on: '2021-05-03',
        rules: [{ id: 'R-VIO-1' }],
      },
    ]);
    const events = restored.subscription.history
      .slice(-3)
      .map((e: { cause: string; fromStatus: string; toStatus: string }) => [
        e.cause,
        e.fromStatus,
        e.toStatus,
      ]);
    expect(events).toEqual([
      ['VIOLATION_WARNING', 'ACTIVE', 'ACTIVE'],
      ['VIOLATION_SUSPENDED', 'ACTIVE', 'SUSPENDED'],
      ['APPEAL_UPHELD', 'SUSPENDED', 'ACTIVE'],
    ]);
    expect(
      await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' }),
    ).toMatchObject({ eligible: true, amount: { amount: '5000.00' } });
    const audit = await api.db.query(
      `SELECT action, before, after FROM audit_log WHERE object_id = $1 AND action IN ('recordViolation', 'upholdAppeal') ORDER BY seq`,
      [localId(subscriptionId)],
    );
    expect(
      audit.map((a: { action: string; before: { status: string }; after: { status: string } }) => [
        a.action,
        a.before.status,
        a.after.status,
      ]),
    ).toEqual([
      ['recordViolation', 'ACTIVE', 'ACTIVE'],
      ['recordViolation', 'ACTIVE', 'SUSPENDED'],
      ['upholdAppeal', 'SUSPENDED', 'ACTIVE'],
    ]);
  });

  it('R-VIO-1 R-LIFE-5 R-REF-VIOLATION a third violation bans: TERMINATED for VIOLATION_BAN, no refund; a ban cannot escalate; an appeal goes back to the suspension', async () => {
    const { subscriptionId, openingOrderId, clockId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-05-04');
    await recordViolation(subscriptionId, 'first');
    await recordViolation(subscriptionId, 'second');
    const banned = await recordViolation(subscriptionId, 'third');
    expect(banned.userErrors).toEqual([]);
    expect(banned.subscription).toMatchObject({
      status: 'TERMINATED',
      violationLevel: 'BANNED',
      entitlements: { service: false, initiateSessions: false },
    });
    expect(banned.subscription.enterpriseNumber).toMatch(/^(400|800)\d{7}$/);
    expect(banned.subscription.history.at(-1)).toMatchObject({
      cause: 'VIOLATION_BANNED',
      fromStatus: 'SUSPENDED',
      toStatus: 'TERMINATED',
      effectiveOn: '2021-05-04',
    });
    const [row] = await api.db.query(
      `SELECT terminated_on, termination_cause FROM subscriptions WHERE id = $1`,
      [localId(subscriptionId)],
    );
    expect(row).toEqual({ terminated_on: '2021-05-04', termination_cause: 'VIOLATION_BAN' });
    const refused = await refundPreview(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(ruleIds(refused.rules)).toEqual(['R-REF-VIOLATION', 'R-REF-OTHERWISE']);
    expect(refused.explanation).toMatch(/suspended or terminated for violations/);

    const beyond = await recordViolation(subscriptionId, 'fourth');
    expect(beyond).toMatchObject({ subscription: null, userErrors: [{ code: 'INVALID_STATE' }] });
    expect(beyond.userErrors[0].message).toMatch(/permanent ban is the last step/);
    const appealed = await upholdAppeal(subscriptionId, 'ban disproportionate');
    expect(appealed.subscription).toMatchObject({
      status: 'SUSPENDED',
      violationLevel: 'SUSPENDED',
    });
    const [after] = await api.db.query(
      `SELECT terminated_on, suspended_since, suspension_reason FROM subscriptions WHERE id = $1`,
      [localId(subscriptionId)],
    );
    expect(after).toEqual({
      terminated_on: null,
      suspended_since: '2021-05-04',
      suspension_reason: 'second',
    });
  });
});

describe('termination without cause (R-TERM-1)', () => {
  it('R-TERM-1 R-REF-PAYOUT R-LIFE-5 notice under 10 days is refused; at the effective date the subscription ends and 4,438.36 of 5,000 is refunded pro rata without fee, paid out on its due date', async () => {
    const { accountId, subscriptionId, openingOrderId, clockId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-06-01');
    const number = (await readSubscription(subscriptionId)).enterpriseNumber;

    const short = await terminate(subscriptionId, '2021-06-10');
    expect(short).toMatchObject({
      subscription: null,
      terminationNotice: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['effectiveOn'] }],
    });
    expect(short.userErrors[0].message).toMatch(
      /10 natural days' written notice: noticed on 2021-06-01, it takes effect on 2021-06-11 at the earliest/,
    );
    expect(
      await count(`termination_notices WHERE subscription_id = $1`, [localId(subscriptionId)]),
    ).toBe(0);

    const noticed = await terminate(subscriptionId, '2021-06-11');
    expect(noticed.userErrors).toEqual([]);
    expect(noticed.subscription.status).toBe('ACTIVE');
    expect(noticed.terminationNotice).toMatchObject({
      noticedOn: '2021-06-01',
      effectiveOn: '2021-06-11',
      status: 'SCHEDULED',
      reason: 'Product line discontinued',
    });
    const twice = await terminate(subscriptionId, '2021-07-01');
    expect(twice.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: ['subscriptionId'] });

    await advanceClock(api, clockId, '2021-06-10');
    expect((await readSubscription(subscriptionId)).status).toBe('ACTIVE');

    // One jump past the effective date and the payout due date: each happens on its own day.
    await advanceClock(api, clockId, '2021-07-01');
    const ended = await readSubscription(subscriptionId);
    expect(ended).toMatchObject({
      status: 'TERMINATED',
      enterpriseNumber: null,
      entitlements: { service: false },
    });
    expect(ended.history.at(-1)).toMatchObject({
      cause: 'PROVIDER_TERMINATION',
      fromStatus: 'ACTIVE',
      toStatus: 'TERMINATED',
      effectiveOn: '2021-06-11',
    });
    expect(ruleIds(ended.history.at(-1).rules)).toEqual([
      'R-TERM-1',
      'R-LIFE-5',
      'R-LIFE-6',
      'R-NUM-4',
    ]);
    const notice = ended.terminationNotice;
    expect(notice).toMatchObject({ status: 'EFFECTIVE', effectiveOn: '2021-06-11' });
    expect(notice.outcome).toMatch(
      /^Terminated on 2021-06-11: ¥4,438\.36 refunded pro rata without fee/,
    );
    expect(notice.refunds).toHaveLength(1);
    const refund = notice.refunds[0];
    // ¥5,000.00 × 324 unused of 365 days (2021-06-11 to 2022-05-01) = 4,438.356… → 4,438.36 (R-MONEY-1).
    expect(refund).toMatchObject({
      status: 'PAID',
      reason: 'NO_REASON',
      amount: { amount: '4438.36' },
      fee: { amount: '0.00' },
      payout: { amount: '4438.36' },
      method: 'ALIPAY',
      decidedOn: '2021-06-11',
      // 7 working days after Fri 2021-06-11; Mon 06-14 is the Dragon Boat Festival.
      payoutDueOn: '2021-06-23',
      paidAt: '2021-06-22T16:00:00.000Z',
    });
    expect(ruleIds(refund.decision.rules)).toContain('R-TERM-1');
    expect(refund.decision.explanation).toMatch(/324/);
    expect(refund.reviewDueReason).toBe(
      'No review: the provider ended the agreement and owes the refund (R-TERM-1)',
    );
    const order = await readOrder(openingOrderId);
    expect(order).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded: { amount: '4438.36' } });
    expect(await ledgerSum(api, 'refunds_payable', accountId)).toBe('0');
    expect(await ledgerSum(api, 'revenue', accountId)).toBe(String(-(500000 - 443836)));
    const [released] = await api.db.query(
      `SELECT subscription_id FROM enterprise_numbers WHERE number = $1`,
      [number],
    );
    expect(released.subscription_id).toBeNull();
    const actions = await api.db.query(
      `SELECT action, actor_role FROM audit_log WHERE account_id = $1 AND action IN ('terminateSubscription', 'terminationTakesEffect', 'approveRefund', 'payRefund') ORDER BY seq`,
      [localId(accountId)],
    );
    expect(actions).toEqual([
      { action: 'terminateSubscription', actor_role: 'OPERATOR' },
      { action: 'approveRefund', actor_role: 'SYSTEM' },
      { action: 'terminationTakesEffect', actor_role: 'SYSTEM' },
      { action: 'payRefund', actor_role: 'SYSTEM' },
    ]);
  });

  it('R-TERM-1 an opening paid but not activated yet is refunded in full without fee; unpaid orders are cancelled', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    await payOrder(api, opened.order.id, '3000.00', 'WECHAT_PAY');
    const noticed = await terminate(opened.subscription.id, '2021-05-06');
    expect(noticed.userErrors).toEqual([]);
    await advanceClock(api, clockId, '2021-05-06');
    const ended = await readSubscription(opened.subscription.id);
    expect(ended.status).toBe('TERMINATED');
    expect(ended.terminationNotice.refunds).toEqual([
      expect.objectContaining({
        status: 'APPROVED',
        amount: { amount: '3000.00' },
        fee: { amount: '0.00' },
        method: 'WECHAT_PAY',
        payoutDueOn: '2021-05-14',
      }),
    ]);
  });
});

describe('force majeure (R-FM-1)', () => {
  it('R-FM-1 R-LIFE-2 20 days move expiresOn, renewalOpensOn and graceEndsOn by 20 days (may not end); 30 in total may end; grace starts at the extended end', async () => {
    const { subscriptionId, clockId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2021-08-01');
    const first = await recordForceMajeure(subscriptionId, 20);
    expect(first.userErrors).toEqual([]);
    expect(first.subscription).toMatchObject({
      status: 'ACTIVE',
      currentPeriodEnd: '2022-05-21',
      expiresOn: '2022-05-20',
      renewalOpensOn: '2022-04-21',
      graceEndsOn: '2022-06-20',
      forceMajeure: { totalDays: 20, mayEnd: false, rules: [{ id: 'R-FM-1' }] },
    });
    expect(first.subscription.forceMajeure.events).toEqual([
      expect.objectContaining({
        days: 20,
        recordedOn: '2021-08-01',
        periodEndBefore: '2022-05-01',
        periodEndAfter: '2022-05-21',
      }),
    ]);
    expect(first.subscription.history.at(-1)).toMatchObject({
      cause: 'FORCE_MAJEURE',
      fromStatus: 'ACTIVE',
      toStatus: 'ACTIVE',
    });

    const second = await recordForceMajeure(subscriptionId, 10);
    // Grace is [end, end + 1 month) with the month-end clamp: 2022-05-31 + 1 month = 2022-06-30 (R-TIME-2).
    expect(second.subscription).toMatchObject({
      currentPeriodEnd: '2022-05-31',
      expiresOn: '2022-05-30',
      graceEndsOn: '2022-06-29',
      forceMajeure: { totalDays: 30, mayEnd: true },
    });
    expect(second.subscription.forceMajeure.explanation).toMatch(
      /either side may end the agreement \(R-FM-1\)/,
    );

    await advanceClock(api, clockId, '2022-05-01');
    expect((await readSubscription(subscriptionId)).status).toBe('ACTIVE');
    await advanceClock(api, clockId, '2022-05-31');
    expect((await readSubscription(subscriptionId)).status).toBe('GRACE');

    // Force majeure recorded in grace moves the end past today: ACTIVE again, grace later.
    const inGrace = await recordForceMajeure(subscriptionId, 5);
    expect(inGrace.subscription).toMatchObject({
      status: 'ACTIVE',
      currentPeriodEnd: '2022-06-05',
    });
    expect(inGrace.subscription.history.at(-1)).toMatchObject({
      cause: 'FORCE_MAJEURE',
      fromStatus: 'GRACE',
      toStatus: 'ACTIVE',
    });
    await advanceClock(api, clockId, '2022-06-05');
    const graced = await readSubscription(subscriptionId);
    expect(graced).toMatchObject({ status: 'GRACE' });
    expect(graced.history.at(-1)).toMatchObject({
      cause: 'PERIOD_ENDED',
      effectiveOn: '2022-06-05',
    });
  });

  it('R-FM-1 refused before activation and with no days; written nothing', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5 });
    const pending = await recordForceMajeure(opened.subscription.id, 10);
    expect(pending).toMatchObject({
      subscription: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['subscriptionId'] }],
    });
    const none = await recordForceMajeure(opened.subscription.id, 0);
    expect(none.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['days'] });
    expect(
      await count(`force_majeure_events WHERE subscription_id = $1`, [
        localId(opened.subscription.id),
      ]),
    ).toBe(0);
  });
});

describe('a suspended postpaid account cannot buy (R-PAY-5)', () => {
  it('R-PAY-5 suspended at 30 days overdue: openSubscription, addSeats and renewSubscription are refused; payOrder, topUpBalance and payPostpaidBill still work', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2024-02-01',
      activateOn: '2024-02-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    const pending = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    expect(pending.order.total.amount).toBe('3600.00');
    const issued = await api.gql(
      `mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { id } userErrors { code } } }`,
      {
        input: {
          accountId,
          month: '2024-01',
          lines: [{ description: 'SMS', amount: '100.00' }],
          idempotencyKey: key('bill'),
        },
      },
    );
    const billId = issued.data!.issuePostpaidBill.postpaidBill.id;
    await advanceClock(api, clockId, '2024-03-16');
    expect(
      (await api.gql(`query($id: ID!) { account(id: $id) { status } }`, { id: accountId })).data!
        .account.status,
    ).toBe('SUSPENDED');
    const admin = await tokenFor(api, accountId);
    const ordersBefore = await count(`orders WHERE account_id = $1`, [localId(accountId)]);

    const opened = await openSubscription(
      api,
      { accountId, seats: 3, productCode: 'QIDIAN' },
      admin,
    );
    expect(opened).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['accountId'] }],
    });
    expect(opened.userErrors[0].message).toMatch(
      /suspended for a postpaid bill 30 days overdue \(R-PAY-5\)/,
    );
    const added = await addSeats(api, subscriptionId, 2, admin);
    expect(added).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['subscriptionId'] }],
    });
    const renewed = await renewSubscription(api, subscriptionId, 1, admin);
    expect(renewed).toMatchObject({
      order: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['subscriptionId'] }],
    });
    expect(await count(`orders WHERE account_id = $1`, [localId(accountId)])).toBe(ordersBefore);

    const paid = await payOrder(api, pending.order.id, '3600.00', 'ALIPAY', admin);
    expect(paid.userErrors).toEqual([]);
    expect(paid.order.status).toBe('PAID');
    expect((await topUpBalance(api, accountId, '50.00', 'ALIPAY', admin)).userErrors).toEqual([]);
    // 100.00 + 30 days × 0.05% late fee = 101.50.
    const bill = await api.gql(
      `mutation($input: PayPostpaidBillInput!) { payPostpaidBill(input: $input) { postpaidBill { status } userErrors { code message } } }`,
      { input: { billId, method: 'ALIPAY', amount: '101.50', idempotencyKey: key('pay-bill') } },
      admin,
    );
    expect(bill.data!.payPostpaidBill).toEqual({
      postpaidBill: { status: 'PAID' },
      userErrors: [],
    });
    const again = await addSeats(api, subscriptionId, 2, admin);
    expect(again.userErrors).toEqual([]);
  });
});

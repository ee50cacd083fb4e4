// The billing events of fulfilment, cancellation, renewal, seats, suspension, every way a
// subscription ends, renewal reminders and overdue postpaid bills: each recorded once, in the
// transaction of its change, on the account's business date, with a snapshot as the API shows it.
import { addDays, addMonths, businessDateAt } from '@billing/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SandboxGateway } from '../src/modules/payments/payment-gateway.js';
import { Scheduler } from '../src/modules/scheduler/scheduler.js';
import {
  SUBSCRIPTION_FIELDS,
  accountAt,
  activate,
  activeSubscription,
  addSeats,
  advanceClock,
  approveRefund,
  createAccount,
  createClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  removeSeats,
  renewSubscription,
  requestRefund,
  upgradeSubscription,
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

type Event = {
  id: string;
  type: string;
  businessDate: string;
  testMode: boolean;
  objectType: string;
  objectId: string;
  data: Record<string, any>;
  account: { id: string };
};

/** Every event of an account, oldest first (of `types` only, when given). */
async function eventsOf(accountId: string, types?: string[]): Promise<Event[]> {
  const result = await api.gql(
    `query($accountId: ID, $types: [String!]) {
       billingEvents(first: 100, accountId: $accountId, types: $types) {
         edges { node { id type businessDate testMode objectType objectId data account { id } } }
       }
     }`,
    { accountId, types: types ?? null },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.billingEvents.edges.map((edge: { node: Event }) => edge.node);
}

/** The one event of `type` of an account: fails when there is none or more than one. */
async function onlyEvent(accountId: string, type: string): Promise<Event> {
  const found = await eventsOf(accountId, [type]);
  expect(found.map((event) => event.type)).toEqual([type]);
  const event = found[0]!;
  expect(event.account.id).toBe(accountId);
  return event;
}

const types = async (accountId: string) => (await eventsOf(accountId)).map((event) => event.type);

async function readSubscription(id: string) {
  const result = await api.gql(
    `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} account { id } enterpriseNumber activatedOn openedOn } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

async function readOrder(id: string) {
  const result = await api.gql(
    `query($id: ID!) { order(id: $id) { id kind status seats years periodStart periodEnd paidOn fulfilmentDueOn
       total { amount currency } paid { amount currency } outstanding { amount currency } refunded { amount currency }
       account { id } subscription { id } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.order;
}

/** The fields a subscription's snapshot shares with `Subscription` as the API reads it now. */
function asSnapshot(sub: Record<string, any>) {
  return {
    id: sub.id,
    account: sub.account,
    status: sub.status,
    seats: sub.seats,
    legacySeats: sub.legacySeats,
    product: sub.product,
    plan: sub.plan,
    openedOn: sub.openedOn,
    activatedOn: sub.activatedOn,
    currentPeriodStart: sub.currentPeriodStart,
    currentPeriodEnd: sub.currentPeriodEnd,
    enterpriseNumber: sub.enterpriseNumber,
  };
}

async function mutation(name: string, inputType: string, input: Record<string, unknown>) {
  const result = await api.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { userErrors { code message field } } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data![name].userErrors).toEqual([]);
}

const cancelOrder = (orderId: string) => mutation('cancelOrder', 'CancelOrderInput', { orderId });

const recordViolation = (subscriptionId: string, reason: string) =>
  mutation('recordViolation', 'ViolationInput', {
    subscriptionId,
    reason,
    idempotencyKey: key('violation'),
  });

/** Accounts on one test clock, each with an activated subscription. */
async function activeOnOneClock(
  count: number,
  input: { openOn: string; productCode: string; seats: number },
): Promise<{ clockId: string; subs: Array<{ accountId: string; subscriptionId: string }> }> {
  const clockId = await createClock(api, input.openOn);
  const subs = [];
  for (let i = 0; i < count; i++) {
    const accountId = await createAccount(api, `Bulk ${key()}`, clockId);
    const opened = await openSubscription(api, {
      accountId,
      seats: input.seats,
      productCode: input.productCode,
    });
    expect(opened.userErrors).toEqual([]);
    expect((await payOrder(api, opened.order.id, opened.order.total.amount)).userErrors).toEqual(
      [],
    );
    await verify(api, accountId);
    expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
    subs.push({ accountId, subscriptionId: opened.subscription.id as string });
  }
  return { clockId, subs };
}

describe('order.fulfilled and order.cancelled', () => {
  it('an opening is fulfilled at activation (not when paid): order.fulfilled on the activation date, after subscription.activated', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-03-01');
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    await payOrder(api, opened.order.id, opened.order.total.amount);
    await verify(api, accountId);
    expect(await eventsOf(accountId, ['order.fulfilled'])).toEqual([]);
    await advanceClock(api, clockId, '2024-03-05');
    expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);

    expect(await types(accountId)).toEqual([
      'order.created',
      'order.paid',
      'payment.succeeded',
      'subscription.activated',
      'order.fulfilled',
    ]);
    const fulfilled = await onlyEvent(accountId, 'order.fulfilled');
    const order = await readOrder(opened.order.id);
    expect(order.status).toBe('FULFILLED');
    expect(fulfilled).toMatchObject({
      businessDate: '2024-03-05',
      testMode: true,
      objectType: 'Order',
      objectId: opened.order.id,
      data: {
        ...order,
        periodStart: '2024-03-05',
        periodEnd: '2025-03-05',
      },
    });
  });

  it('a renewal paid: order.fulfilled and subscription.renewed with the new period end, after order.paid and payment.succeeded; renewed in grace it is ACTIVE again', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2024-03-01',
      activateOn: '2024-03-05',
      seats: 3,
      productCode: 'QIDIAN',
    });
    // In grace (the period ended on 2025-03-05).
    await advanceClock(api, clockId, '2025-03-10');
    expect((await readSubscription(subscriptionId)).status).toBe('GRACE');
    const renewal = await renewSubscription(api, subscriptionId, 1);
    expect(renewal.userErrors).toEqual([]);
    expect(renewal.order.status).toBe('AWAITING_PAYMENT');
    expect(await eventsOf(accountId, ['subscription.renewed', 'order.fulfilled'])).toHaveLength(1);
    const paid = await payOrder(api, renewal.order.id, renewal.order.total.amount);
    expect(paid.userErrors).toEqual([]);

    const all = await types(accountId);
    expect(all.slice(-4)).toEqual([
      'order.paid',
      'payment.succeeded',
      'order.fulfilled',
      'subscription.renewed',
    ]);
    // The opening's order.fulfilled (activation) and the renewal's.
    const fulfilled = (await eventsOf(accountId, ['order.fulfilled'])).filter(
      (event) => event.objectId === renewal.order.id,
    );
    expect(fulfilled).toHaveLength(1);
    expect(fulfilled[0]).toMatchObject({
      businessDate: '2025-03-10',
      objectType: 'Order',
      data: await readOrder(renewal.order.id),
    });
    expect(fulfilled[0]!.data.status).toBe('FULFILLED');

    const renewed = await onlyEvent(accountId, 'subscription.renewed');
    const sub = await readSubscription(subscriptionId);
    expect(sub).toMatchObject({ status: 'ACTIVE', currentPeriodEnd: '2026-03-05' });
    expect(renewed).toMatchObject({
      businessDate: '2025-03-10',
      testMode: true,
      objectType: 'Subscription',
      objectId: subscriptionId,
      data: asSnapshot(sub),
    });
  });

  it('a value-added order paid is fulfilled at once', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const bought = await api.gql(
      `mutation($input: BuyValueAddedInput!) { buyValueAdded(input: $input) { order { id total { amount } } userErrors { code message } } }`,
      { input: { accountId, planCode: 'SMS', quantity: 3, idempotencyKey: key('vas') } },
    );
    expect(bought.data!.buyValueAdded.userErrors).toEqual([]);
    const order = bought.data!.buyValueAdded.order;
    await payOrder(api, order.id, order.total.amount);
    expect(await types(accountId)).toEqual([
      'order.created',
      'order.paid',
      'payment.succeeded',
      'order.fulfilled',
    ]);
    const fulfilled = await onlyEvent(accountId, 'order.fulfilled');
    expect(fulfilled).toMatchObject({
      businessDate: '2024-03-01',
      objectId: order.id,
      data: { ...(await readOrder(order.id)), status: 'FULFILLED', subscription: null },
    });
  });

  it('an EQQ → Qidian upgrade (0 CNY) is created paid and fulfilled at once; the seats held do not change', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 3,
    });
    await advanceClock(api, clockId, '2021-11-01');
    const upgraded = await upgradeSubscription(api, subscriptionId);
    expect(upgraded.userErrors).toEqual([]);
    expect((await types(accountId)).slice(-3)).toEqual([
      'order.created',
      'order.paid',
      'order.fulfilled',
    ]);
    const fulfilled = (await eventsOf(accountId, ['order.fulfilled'])).filter(
      (event) => event.objectId === upgraded.order.id,
    );
    expect(fulfilled).toEqual([
      expect.objectContaining({
        businessDate: '2021-11-01',
        data: expect.objectContaining({
          ...(await readOrder(upgraded.order.id)),
          kind: 'UPGRADE',
          status: 'FULFILLED',
        }),
      }),
    ]);
    expect(await eventsOf(accountId, ['subscription.seats_changed'])).toEqual([]);
  });

  it('cancelOrder of an unpaid opening: order.cancelled, and the subscription that never started is subscription.terminated', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-03-01');
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    await advanceClock(api, clockId, '2024-03-04');
    await cancelOrder(opened.order.id);

    expect(await types(accountId)).toEqual([
      'order.created',
      'order.cancelled',
      'subscription.terminated',
    ]);
    const cancelled = await onlyEvent(accountId, 'order.cancelled');
    const order = await readOrder(opened.order.id);
    expect(order.status).toBe('CANCELLED');
    expect(cancelled).toMatchObject({
      businessDate: '2024-03-04',
      objectType: 'Order',
      objectId: opened.order.id,
      data: order,
    });
    const terminated = await onlyEvent(accountId, 'subscription.terminated');
    expect(terminated).toMatchObject({
      businessDate: '2024-03-04',
      objectType: 'Subscription',
      objectId: opened.subscription.id,
      data: {
        ...asSnapshot(await readSubscription(opened.subscription.id)),
        status: 'TERMINATED',
        terminatedOn: '2024-03-04',
        terminationCause: 'AGREEMENT_ENDED',
        activatedOn: null,
      },
    });
  });

  it('cancelOrder of unpaid added seats: order.cancelled only (the subscription runs on, its seats unchanged)', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2024-03-01',
      activateOn: '2024-03-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2024-04-01');
    const added = await addSeats(api, subscriptionId, 2);
    expect(added.userErrors).toEqual([]);
    await cancelOrder(added.order.id);
    expect((await types(accountId)).slice(-2)).toEqual(['order.created', 'order.cancelled']);
    expect(await onlyEvent(accountId, 'order.cancelled')).toMatchObject({
      businessDate: '2024-04-01',
      objectId: added.order.id,
      data: { status: 'CANCELLED', kind: 'ADD_SEATS', seats: 2 },
    });
    expect(await eventsOf(accountId, ['subscription.seats_changed'])).toEqual([]);
  });

  it('a termination notice taking effect cancels the unpaid orders (order.cancelled) and ends the subscription (subscription.terminated), on the effective date', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-06-01');
    const added = await addSeats(api, subscriptionId, 2);
    expect(added.userErrors).toEqual([]);
    await mutation('terminateSubscription', 'TerminateSubscriptionInput', {
      subscriptionId,
      effectiveOn: '2021-06-15',
      reason: 'Product line discontinued',
      idempotencyKey: key('term'),
    });
    expect(await eventsOf(accountId, ['subscription.terminated'])).toEqual([]);
    await advanceClock(api, clockId, '2021-06-20');

    expect((await types(accountId)).slice(-3)).toEqual([
      'refund.approved',
      'order.cancelled',
      'subscription.terminated',
    ]);
    expect(await onlyEvent(accountId, 'order.cancelled')).toMatchObject({
      businessDate: '2021-06-15',
      objectId: added.order.id,
      data: { ...(await readOrder(added.order.id)), status: 'CANCELLED' },
    });
    const sub = await readSubscription(subscriptionId);
    expect(sub.status).toBe('TERMINATED');
    expect(await onlyEvent(accountId, 'subscription.terminated')).toMatchObject({
      businessDate: '2021-06-15',
      objectId: subscriptionId,
      data: {
        ...asSnapshot(sub),
        terminatedOn: '2021-06-15',
        terminationCause: 'AGREEMENT_ENDED',
        // R-NUM-4: the number returns to the pool.
        enterpriseNumber: null,
      },
    });
    // A later run finds nothing more to do.
    await advanceClock(api, clockId, '2021-07-01');
    expect(await eventsOf(accountId, ['order.cancelled', 'subscription.terminated'])).toHaveLength(
      2,
    );
  });
});

describe('seats', () => {
  it('added seats paid: order.fulfilled and subscription.seats_changed with the seats held; removed seats: subscription.seats_changed', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2024-03-01',
      activateOn: '2024-03-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2024-04-01');
    const added = await addSeats(api, subscriptionId, 2);
    expect(added.userErrors).toEqual([]);
    // Not paid yet: the seats do not count.
    expect(await eventsOf(accountId, ['subscription.seats_changed'])).toEqual([]);
    await advanceClock(api, clockId, '2024-04-02');
    await payOrder(api, added.order.id, added.order.total.amount);
    expect((await types(accountId)).slice(-4)).toEqual([
      'order.paid',
      'payment.succeeded',
      'order.fulfilled',
      'subscription.seats_changed',
    ]);
    const grown = await readSubscription(subscriptionId);
    expect(grown.seats).toBe(5);
    expect(await onlyEvent(accountId, 'subscription.seats_changed')).toMatchObject({
      businessDate: '2024-04-02',
      objectType: 'Subscription',
      objectId: subscriptionId,
      data: asSnapshot(grown),
    });
    expect(
      (await eventsOf(accountId, ['order.fulfilled'])).filter(
        (event) => event.objectId === added.order.id,
      ),
    ).toEqual([
      expect.objectContaining({
        businessDate: '2024-04-02',
        data: expect.objectContaining(await readOrder(added.order.id)),
      }),
    ]);

    await advanceClock(api, clockId, '2024-05-01');
    const removed = await removeSeats(api, subscriptionId, 1);
    expect(removed.userErrors).toEqual([]);
    const changes = await eventsOf(accountId, ['subscription.seats_changed']);
    expect(changes.map((event) => [event.businessDate, event.data.seats])).toEqual([
      ['2024-04-02', 5],
      ['2024-05-01', 4],
    ]);
    expect(changes[1]!.data).toMatchObject(asSnapshot(await readSubscription(subscriptionId)));
  });

  it('seats added to a free plan are paid as placed: order.created, order.paid, order.fulfilled, subscription.seats_changed in one request', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-03-01');
    await verify(api, accountId);
    const opened = await openSubscription(api, {
      accountId,
      productCode: 'EXMAIL',
      planCode: 'FREE',
      seats: 5,
    });
    if (opened.order.status === 'AWAITING_PAYMENT')
      await payOrder(api, opened.order.id, opened.order.total.amount);
    expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
    await advanceClock(api, clockId, '2024-04-01');
    const added = await addSeats(api, opened.subscription.id, 3);
    expect(added.userErrors).toEqual([]);
    expect(added.order.status).toBe('FULFILLED');
    expect((await types(accountId)).slice(-4)).toEqual([
      'order.created',
      'order.paid',
      'order.fulfilled',
      'subscription.seats_changed',
    ]);
    const sub = await readSubscription(opened.subscription.id);
    expect(sub.seats).toBe(8);
    expect(await onlyEvent(accountId, 'subscription.seats_changed')).toMatchObject({
      businessDate: '2024-04-01',
      objectId: opened.subscription.id,
      data: asSnapshot(sub),
    });
  });

  it('an opening corrected to fewer seats before activation: subscription.seats_changed; corrected to other years only: none', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5, years: 3 });
    await payOrder(api, opened.order.id, opened.order.total.amount);
    await advanceClock(api, clockId, '2021-04-25');
    await mutation('correctOrder', 'CorrectOrderInput', {
      orderId: opened.order.id,
      seats: 3,
      note: 'The customer meant 3 seats',
      idempotencyKey: key('correct'),
    });
    const sub = await readSubscription(opened.subscription.id);
    expect(sub.seats).toBe(3);
    expect(await onlyEvent(accountId, 'subscription.seats_changed')).toMatchObject({
      businessDate: '2021-04-25',
      objectId: opened.subscription.id,
      data: { ...asSnapshot(sub), status: 'PENDING_ACTIVATION', seats: 3 },
    });

    const other = await accountAt(api, '2021-04-20');
    const second = await openSubscription(api, { accountId: other.accountId, seats: 5, years: 3 });
    await payOrder(api, second.order.id, second.order.total.amount);
    await mutation('correctOrder', 'CorrectOrderInput', {
      orderId: second.order.id,
      years: 1,
      note: 'The customer meant 1 year',
      idempotencyKey: key('correct'),
    });
    expect(await eventsOf(other.accountId, ['subscription.seats_changed'])).toEqual([]);
  });
});

describe('suspension and every way a subscription ends', () => {
  it('violations: a warning is no event; the suspension is subscription.suspended; the ban subscription.terminated (VIOLATION_BAN, number kept)', async () => {
    const { accountId, clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-05-03');
    await recordViolation(subscriptionId, 'first');
    expect(await eventsOf(accountId, ['subscription.suspended'])).toEqual([]);
    await recordViolation(subscriptionId, 'second');
    const suspended = await readSubscription(subscriptionId);
    expect(suspended.status).toBe('SUSPENDED');
    expect(await onlyEvent(accountId, 'subscription.suspended')).toMatchObject({
      businessDate: '2021-05-03',
      objectType: 'Subscription',
      objectId: subscriptionId,
      data: asSnapshot(suspended),
    });

    await advanceClock(api, clockId, '2021-05-04');
    await recordViolation(subscriptionId, 'third');
    const banned = await readSubscription(subscriptionId);
    expect(banned.status).toBe('TERMINATED');
    expect(banned.enterpriseNumber).toMatch(/^(400|800)\d{7}$/);
    expect(await onlyEvent(accountId, 'subscription.terminated')).toMatchObject({
      businessDate: '2021-05-04',
      objectId: subscriptionId,
      data: {
        ...asSnapshot(banned),
        terminatedOn: '2021-05-04',
        terminationCause: 'VIOLATION_BAN',
      },
    });
    expect((await types(accountId)).slice(-2)).toEqual([
      'subscription.suspended',
      'subscription.terminated',
    ]);
  });

  it('a refund of the service ends the subscription: subscription.terminated after refund.approved', async () => {
    const { accountId, clockId, subscriptionId, openingOrderId } = await activeSubscription(api, {
      openOn: '2024-03-01',
      activateOn: '2024-03-01',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2024-03-04');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(requested.refund.decision.endsSubscription).toBe(true);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    expect((await types(accountId)).slice(-2)).toEqual([
      'refund.approved',
      'subscription.terminated',
    ]);
    const sub = await readSubscription(subscriptionId);
    expect(sub.status).toBe('TERMINATED');
    expect(await onlyEvent(accountId, 'subscription.terminated')).toMatchObject({
      businessDate: '2024-03-04',
      objectId: subscriptionId,
      data: { ...asSnapshot(sub), terminatedOn: '2024-03-04', terminationCause: 'AGREEMENT_ENDED' },
    });
  });

  it('leaving a free plan, and a free plan ended by moving to a paid plan: subscription.terminated', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    await verify(api, accountId);
    const openFree = async () => {
      const opened = await openSubscription(api, {
        accountId,
        productCode: 'EXMAIL',
        planCode: 'FREE',
        seats: 5,
      });
      expect(opened.userErrors).toEqual([]);
      expect(opened.order.total.amount).toBe('0.00');
      if (opened.order.status === 'AWAITING_PAYMENT')
        await payOrder(api, opened.order.id, opened.order.total.amount);
      expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
      return opened.subscription.id as string;
    };
    const left = await openFree();
    await advanceClock(api, clockId, '2021-05-10');
    await mutation('leaveFreePlan', 'LeaveFreePlanInput', {
      subscriptionId: left,
      idempotencyKey: key('leave'),
    });
    const first = await onlyEvent(accountId, 'subscription.terminated');
    expect(first).toMatchObject({
      businessDate: '2021-05-10',
      objectId: left,
      data: {
        ...asSnapshot(await readSubscription(left)),
        status: 'TERMINATED',
        terminatedOn: '2021-05-10',
      },
    });

    const moved = await openFree();
    await advanceClock(api, clockId, '2021-06-01');
    const paid = await openSubscription(api, {
      accountId,
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
      seats: 5,
    });
    await payOrder(api, paid.order.id, paid.order.total.amount);
    expect((await activate(api, paid.subscription.id)).userErrors).toEqual([]);
    const ended = (await eventsOf(accountId, ['subscription.terminated'])).filter(
      (event) => event.objectId === moved,
    );
    expect(ended).toEqual([
      expect.objectContaining({
        businessDate: '2021-06-01',
        data: expect.objectContaining({ status: 'TERMINATED', terminatedOn: '2021-06-01' }),
      }),
    ]);
    expect(await eventsOf(accountId, ['subscription.terminated'])).toHaveLength(2);
  });

  it('bulk: a product sunset ends every subscription of the clock once (subscription.terminated, SUNSET, on the sunset day)', async () => {
    const { clockId, subs } = await activeOnOneClock(3, {
      openOn: '2021-05-01',
      productCode: 'EQQ',
      seats: 3,
    });
    await advanceClock(api, clockId, '2022-02-10');
    for (const { accountId, subscriptionId } of subs) {
      const sub = await readSubscription(subscriptionId);
      expect(sub.status).toBe('TERMINATED');
      expect(await onlyEvent(accountId, 'subscription.terminated')).toMatchObject({
        businessDate: '2022-01-31',
        objectId: subscriptionId,
        data: {
          ...asSnapshot(sub),
          terminatedOn: '2022-01-31',
          terminationCause: 'SUNSET',
        },
      });
    }
    await advanceClock(api, clockId, '2022-06-01');
    for (const { accountId } of subs) {
      expect(await eventsOf(accountId, ['subscription.terminated'])).toHaveLength(1);
    }
  });
});

describe('renewal reminders (R-LIFE-4)', () => {
  it('bulk: each subscription of the clock gets renewal.reminder_due once per reminder, on its due date, about the subscription', async () => {
    const { clockId, subs } = await activeOnOneClock(3, {
      openOn: '2024-03-05',
      productCode: 'QIDIAN',
      seats: 3,
    });
    await advanceClock(api, clockId, '2025-02-10');
    await advanceClock(api, clockId, '2025-02-27');
    for (const { accountId, subscriptionId } of subs) {
      const reminders = await eventsOf(accountId, ['renewal.reminder_due']);
      expect(
        reminders.map((event) => [
          event.businessDate,
          event.objectType,
          event.objectId,
          event.data.reminder.kind,
          event.data.reminder.dueOn,
          event.data.reminder.periodEnd,
        ]),
      ).toEqual([
        ['2025-02-05', 'Subscription', subscriptionId, 'WINDOW_OPENS', '2025-02-05', '2025-03-05'],
        [
          '2025-02-26',
          'Subscription',
          subscriptionId,
          'SEVEN_DAYS_BEFORE_END',
          '2025-02-26',
          '2025-03-05',
        ],
      ]);
      const sub = await readSubscription(subscriptionId);
      expect(reminders[0]!.data).toMatchObject(asSnapshot(sub));
      expect(reminders[0]!.account.id).toBe(accountId);
      expect(reminders[0]!.data.reminder.rules).toEqual(
        expect.arrayContaining([{ id: 'R-LIFE-4' }]),
      );
    }
    // Nothing twice: later runs of the clock record no more reminders.
    await advanceClock(api, clockId, '2025-03-01');
    for (const { accountId } of subs) {
      expect(await eventsOf(accountId, ['renewal.reminder_due'])).toHaveLength(2);
    }
  });
});

describe('postpaid bills overdue (R-PAY-5)', () => {
  async function issueBill(accountId: string, amount: string): Promise<string> {
    const result = await api.gql(
      `mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { id } userErrors { code message } } }`,
      {
        input: {
          accountId,
          month: '2024-01',
          lines: [{ description: 'SMS: 1,200 messages', amount }],
          idempotencyKey: key('bill'),
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.issuePostpaidBill.userErrors).toEqual([]);
    return result.data!.issuePostpaidBill.postpaidBill.id;
  }

  const BILL = `id month periodStart periodEnd issuedOn dueOn status amount { amount currency } lateFee { amount currency }
    paid { amount currency } outstanding { amount currency } rules { id } lateFeeAssessedOn daysOverdue suspendsOn closesOn
    paidOn paidAt method account { id }`;

  it('bulk: every bill of the clock becoming overdue is postpaid_bill.overdue once, dated the day after its due date; suspension later adds none', async () => {
    const clockId = await createClock(api, '2024-02-01');
    const bills: Array<{ accountId: string; billId: string }> = [];
    for (const amount of ['1000.00', '250.00', '80.40']) {
      const accountId = await createAccount(api, `Postpaid ${key()}`, clockId);
      bills.push({ accountId, billId: await issueBill(accountId, amount) });
    }
    await advanceClock(api, clockId, '2024-02-15');
    for (const { accountId } of bills) {
      expect(await eventsOf(accountId, ['postpaid_bill.overdue'])).toEqual([]);
    }
    await advanceClock(api, clockId, '2024-02-16');
    for (const { accountId, billId } of bills) {
      const read = await api.gql(`query($id: ID!) { postpaidBill(id: $id) { ${BILL} } }`, {
        id: billId,
      });
      const bill = read.data!.postpaidBill;
      expect(bill).toMatchObject({ status: 'OVERDUE', daysOverdue: 1 });
      expect(await onlyEvent(accountId, 'postpaid_bill.overdue')).toMatchObject({
        businessDate: '2024-02-16',
        testMode: true,
        objectType: 'PostpaidBill',
        objectId: billId,
        data: bill,
      });
    }
    // Suspended at 30 days overdue: still the one event each.
    await advanceClock(api, clockId, '2024-03-20');
    for (const { accountId, billId } of bills) {
      const [row] = await api.db.query(`SELECT status FROM postpaid_bills WHERE id = $1`, [
        localId(billId),
      ]);
      expect(row.status).toBe('SUSPENDED');
      expect(await eventsOf(accountId, ['postpaid_bill.overdue'])).toHaveLength(1);
    }
  });

  it('a bill recorded after its due date is overdue at once: postpaid_bill.overdue dated the day after the due date', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    const billId = await issueBill(accountId, '100.00');
    expect(await onlyEvent(accountId, 'postpaid_bill.overdue')).toMatchObject({
      businessDate: '2024-02-16',
      objectId: billId,
      data: { status: 'OVERDUE', dueOn: '2024-02-15', lateFeeAssessedOn: '2024-03-01' },
    });
  });
});

describe('the real-time scheduler, in small batches', () => {
  it('every due reminder and every recycling is recorded once as a billing event, over many batches and two runs', async () => {
    const today = businessDateAt(Date.now());
    const insert = async (accountId: string, start: string, end: string) => {
      const [row] = await api.db.query(
        `INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, years, opened_on, activated_on, period_start, period_end)
         VALUES ($1, 'QIDIAN', 'SEATS', 3, 'ACTIVE', 1, $2, $2, $2, $3) RETURNING id`,
        [localId(accountId), start, end],
      );
      return row.id as string;
    };
    const accounts: string[] = [];
    const reminded: string[] = [];
    const recycled: string[] = [];
    for (let i = 0; i < 3; i++) {
      const accountId = await createAccount(api);
      accounts.push(accountId);
      const end = addDays(today, 10 + i);
      for (let j = 0; j < 2; j++) reminded.push(await insert(accountId, addMonths(end, -12), end));
      recycled.push(await insert(accountId, '2020-01-01', '2021-01-01'));
    }
    const tick = () =>
      new Scheduler(api.db, new SandboxGateway(), { intervalMs: 0, batchSize: 2 }).tick();
    await tick();
    await tick();

    const rows: Array<{ object_id: string; type: string; business_date: string; n: number }> =
      await api.db.query(
        `SELECT object_id, type, min(business_date)::text AS business_date, count(*)::int AS n FROM billing_events
          WHERE object_id = ANY($1::uuid[]) GROUP BY object_id, type ORDER BY type, object_id`,
        [[...reminded, ...recycled]],
      );
    expect(rows.every((row) => row.n === 1)).toBe(true);
    expect(
      rows.filter((row) => row.type === 'renewal.reminder_due').map((row) => row.object_id),
    ).toEqual([...reminded].sort());
    expect(rows.filter((row) => row.type === 'subscription.grace')).toHaveLength(3);
    expect(
      rows
        .filter((row) => row.type === 'subscription.recycled')
        .map((row) => [row.object_id, row.business_date]),
    ).toEqual([...recycled].sort().map((id) => [id, '2021-02-01']));
    expect(rows).toHaveLength(reminded.length + 2 * recycled.length);
    const live = await api.db.query(
      `SELECT DISTINCT test_mode FROM billing_events WHERE object_id = ANY($1::uuid[])`,
      [[...reminded, ...recycled]],
    );
    expect(live).toEqual([{ test_mode: false }]);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  advanceClock,
  expectBooksBalanced,
  key,
  localId,
  openSubscription,
  payOrder,
  quote,
  renewSubscription,
  ruleIds,
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

const FIELDS = `id status seats openEnded activatedOn currentPeriodStart currentPeriodEnd expiresOn renewalOpensOn graceEndsOn
  history { cause fromStatus toStatus effectiveOn reason rules { id } }`;
const ERRORS = 'userErrors { code message field }';

async function readSubscription(id: string, token?: string) {
  const result = await api.gql(
    `query($id: ID!) { subscription(id: $id) { ${FIELDS} } }`,
    { id },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.subscription;
}

/** An account on a test clock with an activated free plan (Exmail FREE unless told). */
async function freeSubscription(
  on: string,
  plan: { productCode: string; planCode: string } = { productCode: 'EXMAIL', planCode: 'FREE' },
) {
  const { accountId, clockId } = await accountAt(api, on);
  await verify(api, accountId);
  const opened = await openSubscription(api, { accountId, seats: 5, ...plan });
  expect(opened.userErrors).toEqual([]);
  expect(opened.order.total.amount).toBe('0.00');
  if (opened.order.status === 'AWAITING_PAYMENT') {
    const paid = await payOrder(api, opened.order.id, '0.00');
    expect(paid.userErrors).toEqual([]);
  }
  const activated = await activate(api, opened.subscription.id);
  expect(activated.userErrors).toEqual([]);
  return {
    accountId,
    clockId,
    subscriptionId: opened.subscription.id as string,
    orderId: opened.order.id as string,
    activated: activated.subscription,
  };
}

async function leave(subscriptionId: string, token?: string, idempotencyKey = key('leave')) {
  const result = await api.gql(
    `mutation($input: LeaveFreePlanInput!) { leaveFreePlan(input: $input) { subscription { id status openEnded } ${ERRORS} } }`,
    { input: { subscriptionId, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.leaveFreePlan;
}

describe('free plans have no period end (R-CAT-2)', () => {
  it('R-CAT-2 R-OPEN-3 a free plan activates with no period end and is still ACTIVE years later: no grace, no recycling, no reminders', async () => {
    const { subscriptionId, clockId, activated } = await freeSubscription('2021-04-20');
    expect(activated).toMatchObject({
      status: 'ACTIVE',
      activatedOn: '2021-04-20',
      currentPeriodStart: '2021-04-20',
      currentPeriodEnd: null,
      expiresOn: null,
    });
    const [row] = await api.db.query(
      `SELECT period_start, period_end FROM subscriptions WHERE id = $1`,
      [localId(subscriptionId)],
    );
    expect(row).toEqual({ period_start: '2021-04-20', period_end: null });

    // Past a year, past the month of grace a paid plan would get, and years on.
    for (const day of ['2022-04-20', '2022-05-21', '2022-06-01', '2024-12-31']) {
      await advanceClock(api, clockId, day);
      const sub = await readSubscription(subscriptionId);
      expect(sub, day).toMatchObject({
        status: 'ACTIVE',
        openEnded: true,
        currentPeriodEnd: null,
        expiresOn: null,
        renewalOpensOn: null,
        graceEndsOn: null,
      });
      expect(sub.history.map((e: { cause: string }) => e.cause)).toEqual(['OPENED', 'ACTIVATED']);
    }
    const [stored] = await api.db.query(
      `SELECT status, recycled_on, terminated_on FROM subscriptions WHERE id = $1`,
      [localId(subscriptionId)],
    );
    expect(stored).toEqual({ status: 'ACTIVE', recycled_on: null, terminated_on: null });
    const reminders = await api.db.query(
      `SELECT kind FROM renewal_reminders WHERE subscription_id = $1`,
      [localId(subscriptionId)],
    );
    expect(reminders).toEqual([]);
    const history = (await readSubscription(subscriptionId)).history;
    expect(ruleIds(history[1].rules)).toEqual(expect.arrayContaining(['R-OPEN-3', 'R-CAT-2']));
  });

  it('R-CAT-2 Meeting BASIC is free too: open-ended, and a quote of a new free plan shows no period end', async () => {
    const { activated, subscriptionId } = await freeSubscription('2023-03-01', {
      productCode: 'MEETING',
      planCode: 'BASIC',
    });
    expect(activated).toMatchObject({ status: 'ACTIVE', currentPeriodEnd: null });
    expect((await readSubscription(subscriptionId)).openEnded).toBe(true);
    const quoted = await api.gql(
      `query { quote(input: { action: NEW_SUBSCRIPTION, productCode: "EXMAIL", planCode: "FREE", seats: 5, years: 1, asOf: "2023-03-01" }) { total { amount } periodStart periodEnd openEnded ${ERRORS} } }`,
    );
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.quote).toEqual({
      total: { amount: '0.00' },
      periodStart: '2023-03-01',
      periodEnd: null,
      openEnded: true,
      userErrors: [],
    });
    const paid = await api.gql(
      `query { quote(input: { action: NEW_SUBSCRIPTION, productCode: "EXMAIL", planCode: "STANDARD", seats: 5, years: 1, asOf: "2023-03-01" }) { periodEnd openEnded } }`,
    );
    expect(paid.data!.quote).toEqual({ periodEnd: '2024-03-01', openEnded: false });
  });

  it('R-CAT-2 renewing a free plan is refused, in the quote and the mutation, naming the rule and saying to open a paid plan instead', async () => {
    const { subscriptionId, clockId, accountId } = await freeSubscription('2021-04-20');
    await advanceClock(api, clockId, '2022-04-25');
    const quoted = await quote(api, { action: 'RENEWAL', subscriptionId, years: 1 });
    expect(quoted.total).toBeNull();
    expect(quoted.userErrors).toHaveLength(1);
    expect(quoted.userErrors[0].code).toBe('INVALID_STATE');
    expect(quoted.userErrors[0].message).toContain('R-CAT-2');
    expect(quoted.userErrors[0].message).toContain('open a paid plan');
    const admin = await tokenFor(api, accountId);
    const renewed = await renewSubscription(api, subscriptionId, 1, admin);
    expect(renewed.order).toBeNull();
    expect(renewed.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(renewed.userErrors[0].message).toMatch(
      /free plan with no time limit: it has no period end and is never renewed \(R-CAT-2\).*open a paid plan/,
    );
    const orders = await api.db.query(
      `SELECT kind FROM orders WHERE subscription_id = $1 ORDER BY seq`,
      [localId(subscriptionId)],
    );
    expect(orders).toEqual([{ kind: 'NEW_SUBSCRIPTION' }]);
  });

  it('R-CAT-2 R-FM-1 force majeure has no period end to extend on a free plan', async () => {
    const { subscriptionId } = await freeSubscription('2021-04-20');
    const result = await api.gql(
      `mutation($input: RecordForceMajeureInput!) { recordForceMajeure(input: $input) { ${ERRORS} } }`,
      { input: { subscriptionId, days: 10, reason: 'Earthquake', idempotencyKey: key('fm') } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordForceMajeure.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message: expect.stringContaining('free plan with no period end'),
        field: ['subscriptionId'],
      },
    ]);
    expect((await readSubscription(subscriptionId)).currentPeriodEnd).toBeNull();
  });

  it('R-CAT-2 R-LIFE-5 the customer’s admin leaves a free plan: terminated today, audited, idempotent; a member may not, another account gets NOT_FOUND', async () => {
    const { subscriptionId, clockId, accountId } = await freeSubscription('2021-04-20');
    await advanceClock(api, clockId, '2023-06-15');
    const admin = await tokenFor(api, accountId);
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const byMember = await api.gql(
      `mutation($input: LeaveFreePlanInput!) { leaveFreePlan(input: $input) { ${ERRORS} } }`,
      { input: { subscriptionId, idempotencyKey: key() } },
      member,
    );
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await freeSubscription('2021-04-20');
    const otherAdmin = await tokenFor(api, other.accountId);
    expect(await leave(subscriptionId, otherAdmin)).toEqual({
      subscription: null,
      userErrors: [
        {
          code: 'NOT_FOUND',
          message:
            'There is no such subscription you can see: check the id, or look the subscription up again in its list',
          field: ['subscriptionId'],
        },
      ],
    });

    const idempotencyKey = key('leave');
    const left = await leave(subscriptionId, admin, idempotencyKey);
    expect(left).toEqual({
      subscription: { id: subscriptionId, status: 'TERMINATED', openEnded: true },
      userErrors: [],
    });
    // The same request again, and a new request, change nothing more.
    expect(await leave(subscriptionId, admin, idempotencyKey)).toEqual(left);
    expect(await leave(subscriptionId, admin)).toEqual(left);
    const sub = await readSubscription(subscriptionId, admin);
    expect(sub.status).toBe('TERMINATED');
    const leftEvents = sub.history.filter((e: { cause: string }) => e.cause === 'LEFT_FREE_PLAN');
    expect(leftEvents).toHaveLength(1);
    expect(leftEvents[0]).toMatchObject({
      fromStatus: 'ACTIVE',
      toStatus: 'TERMINATED',
      effectiveOn: '2023-06-15',
    });
    expect(ruleIds(leftEvents[0].rules)).toEqual(['R-CAT-2', 'R-LIFE-5']);
    const audit = await api.db.query(
      `SELECT action, actor_role FROM audit_log WHERE object_id = $1 AND action = 'leaveFreePlan'`,
      [localId(subscriptionId)],
    );
    expect(audit).toEqual([{ action: 'leaveFreePlan', actor_role: 'CUSTOMER_ADMIN' }]);
    const [stored] = await api.db.query(
      `SELECT status, terminated_on, termination_cause FROM subscriptions WHERE id = $1`,
      [localId(subscriptionId)],
    );
    expect(stored).toEqual({
      status: 'TERMINATED',
      terminated_on: '2023-06-15',
      termination_cause: 'AGREEMENT_ENDED',
    });
    await advanceClock(api, clockId, '2024-06-15');
    expect((await readSubscription(subscriptionId)).status).toBe('TERMINATED');
  });

  it('R-CAT-2 R-LIFE-5 a paid plan cannot be left: refused with what to do instead, nothing changes', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    await verify(api, accountId);
    const opened = await openSubscription(api, {
      accountId,
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
      seats: 5,
    });
    await payOrder(api, opened.order.id, opened.order.total.amount);
    await activate(api, opened.subscription.id);
    await advanceClock(api, clockId, '2021-06-01');
    const admin = await tokenFor(api, accountId);
    const refused = await leave(opened.subscription.id, admin);
    expect(refused.userErrors).toHaveLength(1);
    expect(refused.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: ['subscriptionId'],
    });
    expect(refused.userErrors[0].message).toMatch(/is a paid plan: it cannot be left here/);
    const sub = await readSubscription(opened.subscription.id);
    expect(sub).toMatchObject({
      status: 'ACTIVE',
      openEnded: false,
      currentPeriodEnd: '2022-04-20',
    });
  });

  it('R-TERM-1 R-CAT-2 an operator terminates a free plan on notice: terminated on the effective day, nothing refunded', async () => {
    const { subscriptionId, clockId } = await freeSubscription('2021-04-20');
    await advanceClock(api, clockId, '2022-09-01');
    const noticed = await api.gql(
      `mutation($input: TerminateSubscriptionInput!) { terminateSubscription(input: $input) { terminationNotice { effectiveOn status } ${ERRORS} } }`,
      {
        input: {
          subscriptionId,
          effectiveOn: '2022-09-20',
          reason: 'Free edition withdrawn for this account',
          idempotencyKey: key('term'),
        },
      },
    );
    expect(noticed.errors).toBeUndefined();
    expect(noticed.data!.terminateSubscription).toMatchObject({
      terminationNotice: { effectiveOn: '2022-09-20', status: 'SCHEDULED' },
      userErrors: [],
    });
    await advanceClock(api, clockId, '2022-09-19');
    expect((await readSubscription(subscriptionId)).status).toBe('ACTIVE');
    await advanceClock(api, clockId, '2022-09-20');
    const sub = await readSubscription(subscriptionId);
    expect(sub.status).toBe('TERMINATED');
    expect(sub.history.at(-1)).toMatchObject({
      cause: 'PROVIDER_TERMINATION',
      fromStatus: 'ACTIVE',
      toStatus: 'TERMINATED',
      effectiveOn: '2022-09-20',
    });
    const refunds = await api.db.query(
      `SELECT r.id FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.subscription_id = $1`,
      [localId(subscriptionId)],
    );
    expect(refunds).toEqual([]);
  });
});

describe('moving to a paid plan (R-CAT-2)', () => {
  it('R-CAT-2 R-LIFE-6 activating a paid plan of the same product ends the free one that day; another product’s free plan runs on', async () => {
    const { accountId, clockId, subscriptionId: freeMail } = await freeSubscription('2021-04-20');
    const meeting = await openSubscription(api, {
      accountId,
      productCode: 'MEETING',
      planCode: 'BASIC',
      seats: 1,
    });
    expect(meeting.userErrors).toEqual([]);
    if (meeting.order.status === 'AWAITING_PAYMENT')
      expect((await payOrder(api, meeting.order.id, '0.00')).userErrors).toEqual([]);
    expect((await activate(api, meeting.subscription.id)).userErrors).toEqual([]);

    await advanceClock(api, clockId, '2021-06-01');
    const paid = await openSubscription(api, {
      accountId,
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
      seats: 5,
    });
    expect(paid.userErrors).toEqual([]);
    // Until the paid plan is active, the free one runs.
    expect((await readSubscription(freeMail)).status).toBe('ACTIVE');
    expect((await payOrder(api, paid.order.id, paid.order.total.amount)).userErrors).toEqual([]);
    const activated = await activate(api, paid.subscription.id);
    expect(activated.userErrors).toEqual([]);
    expect(activated.subscription).toMatchObject({
      status: 'ACTIVE',
      currentPeriodEnd: '2022-06-01',
    });

    const ended = await readSubscription(freeMail);
    expect(ended.status).toBe('TERMINATED');
    const last = ended.history.at(-1);
    expect(last).toMatchObject({
      cause: 'MOVED_TO_PAID_PLAN',
      fromStatus: 'ACTIVE',
      toStatus: 'TERMINATED',
      effectiveOn: '2021-06-01',
    });
    expect(last.reason).toContain('the free plan ends that day (R-CAT-2)');
    expect(ruleIds(last.rules)).toEqual(['R-CAT-2', 'R-LIFE-6']);
    expect((await readSubscription(meeting.subscription.id)).status).toBe('ACTIVE');
  });
});

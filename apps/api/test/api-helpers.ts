import { expect } from 'vitest';
import type { Harness } from './harness.js';

/** The real business date today, in Asia/Shanghai (R-TIME-1). */
export const shanghaiToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** The database id inside a global id. */
export const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

let counter = 0;
/** A fresh idempotency key. */
export const key = (prefix = 'k') =>
  `${prefix}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`;

export async function createAccount(
  api: Harness,
  name = `Account ${key()}`,
  testClockId: string | null = null,
): Promise<string> {
  const result = await api.gql(
    `mutation($name: String!, $clock: ID) { createAccount(input: { name: $name, testClockId: $clock }) { account { id } userErrors { code message } } }`,
    { name, clock: testClockId },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.createAccount.userErrors).toEqual([]);
  return result.data!.createAccount.account.id;
}

/** A test clock frozen at `at` (an ISO instant, or a business date meaning 10:00 in Shanghai). */
export async function createClock(api: Harness, at: string): Promise<string> {
  const frozenAt = at.length === 10 ? `${at}T10:00:00+08:00` : at;
  const result = await api.gql(
    `mutation($at: DateTime!, $name: String!) { createTestClock(input: { name: $name, frozenAt: $at }) { testClock { id } userErrors { code } } }`,
    {
      at: frozenAt,
      name: `clock ${key()}`,
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTestClock.testClock.id;
}

export async function advanceClock(api: Harness, clockId: string, to: string) {
  const at = to.length === 10 ? `${to}T10:00:00+08:00` : to;
  const result = await api.gql(
    `mutation($id: ID!, $to: DateTime!) { advanceTestClock(input: { id: $id, to: $to }) { testClock { id today } userErrors { code message } } }`,
    { id: clockId, to: at },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.advanceTestClock;
}

/** An account living at a test clock frozen on `date`. */
export async function accountAt(
  api: Harness,
  date: string,
): Promise<{ accountId: string; clockId: string }> {
  const clockId = await createClock(api, date);
  return { accountId: await createAccount(api, `Account ${key()}`, clockId), clockId };
}

export async function tokenFor(
  api: Harness,
  accountId: string,
  role: 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER' = 'CUSTOMER_ADMIN',
): Promise<string> {
  const result = await api.gql(
    `mutation($accountId: ID!, $role: Role!) { createApiToken(input: { accountId: $accountId, role: $role }) { token } }`,
    { accountId, role },
  );
  return result.data!.createApiToken.token;
}

/** Submits and approves qualification materials (R-OPEN-2). */
export async function verify(
  api: Harness,
  accountId: string,
  verifiedName = 'Verified Enterprise Co., Ltd.',
): Promise<void> {
  const submitted = await api.gql(
    `mutation($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf", "legal-rep-id.pdf", "contact.txt"] }) { userErrors { code message } } }`,
    { id: accountId, name: verifiedName },
  );
  expect(submitted.data!.submitVerification.userErrors).toEqual([]);
  const approved = await api.gql(
    `mutation($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { code message } } }`,
    { id: accountId },
  );
  expect(approved.data!.approveVerification.userErrors).toEqual([]);
}

export const ORDER_FIELDS = `id kind status total { amount } paid { amount } outstanding { amount } orderDate paidOn fulfilmentDueOn periodStart periodEnd explanation rules { id }
  lines { description quantity months unitPrice { amount } amount { amount } rules { id summary } }`;

export async function openSubscription(
  api: Harness,
  input: {
    accountId: string;
    productCode?: string;
    planCode?: string;
    seats: number;
    years?: number;
  },
  token?: string,
) {
  const result = await api.gql(
    `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { ${ORDER_FIELDS} } subscription { id status seats } userErrors { code message field } } }`,
    {
      input: {
        productCode: 'EQQ',
        planCode: 'SEATS',
        years: 1,
        idempotencyKey: key('open'),
        ...input,
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.openSubscription;
}

export async function payOrder(
  api: Harness,
  orderId: string,
  amount: string,
  method = 'ALIPAY',
  token?: string,
  idempotencyKey = key('pay'),
) {
  const result = await api.gql(
    `mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { id amount { amount } method duplicate excess { amount } providerReference } order { ${ORDER_FIELDS} } userErrors { code message field } } }`,
    { input: { orderId, method, amount, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.payOrder;
}

export async function activate(api: Harness, subscriptionId: string) {
  const result = await api.gql(
    `mutation($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { subscription { id status activatedOn currentPeriodStart currentPeriodEnd expiresOn enterpriseNumber } userErrors { code message } } }`,
    { id: subscriptionId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.activateSubscription;
}

/** The double-entry journal sums to zero, overall and per transaction. */
export async function expectBooksBalanced(api: Harness): Promise<void> {
  const [total] = await api.db.query(
    `SELECT coalesce(sum(amount), 0)::text AS sum FROM journal_entries`,
  );
  expect(total.sum).toBe('0');
  const unbalanced = await api.db.query(
    `SELECT transaction_id FROM journal_entries GROUP BY transaction_id HAVING sum(amount) <> 0`,
  );
  expect(unbalanced).toEqual([]);
}

// --- seat changes, renewals, the Qidian upgrade and quotes (issue 4) ---

export const SUBSCRIPTION_FIELDS = `id status seats legacySeats pendingSeats currentPeriodStart currentPeriodEnd expiresOn renewalOpensOn graceEndsOn
  product { code } plan { code } migration { fromProductCode upgradedOn promotion legacySeats legacyUnitPrice { amount } }`;

/** An account on a test clock with a subscription opened on `openOn`, paid, verified and activated on `activateOn`. */
export async function activeSubscription(
  api: Harness,
  input: {
    openOn: string;
    activateOn: string;
    seats: number;
    productCode?: string;
    planCode?: string;
    years?: number;
  },
) {
  const { accountId, clockId } = await accountAt(api, input.openOn);
  const opened = await openSubscription(api, {
    accountId,
    seats: input.seats,
    ...(input.productCode ? { productCode: input.productCode } : {}),
    ...(input.planCode ? { planCode: input.planCode } : {}),
    ...(input.years ? { years: input.years } : {}),
  });
  expect(opened.userErrors).toEqual([]);
  const paid = await payOrder(api, opened.order.id, opened.order.total.amount);
  expect(paid.userErrors).toEqual([]);
  await verify(api, accountId);
  if (input.activateOn !== input.openOn) await advanceClock(api, clockId, input.activateOn);
  const activated = await activate(api, opened.subscription.id);
  expect(activated.userErrors).toEqual([]);
  return {
    accountId,
    clockId,
    subscriptionId: opened.subscription.id as string,
    openingOrderId: opened.order.id as string,
  };
}

export async function addSeats(
  api: Harness,
  subscriptionId: string,
  seats: number,
  token?: string,
  idempotencyKey = key('add'),
) {
  const result = await api.gql(
    `mutation($input: AddSeatsInput!) { addSeats(input: $input) { order { ${ORDER_FIELDS} seats } subscription { ${SUBSCRIPTION_FIELDS} } userErrors { code message field } } }`,
    { input: { subscriptionId, seats, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.addSeats;
}

export async function removeSeats(
  api: Harness,
  subscriptionId: string,
  seats: number,
  token?: string,
  idempotencyKey = key('remove'),
) {
  const result = await api.gql(
    `mutation($input: RemoveSeatsInput!) { removeSeats(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } userErrors { code message field } } }`,
    { input: { subscriptionId, seats, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.removeSeats;
}

export async function renewSubscription(
  api: Harness,
  subscriptionId: string,
  years = 1,
  token?: string,
  idempotencyKey = key('renew'),
) {
  const result = await api.gql(
    `mutation($input: RenewSubscriptionInput!) { renewSubscription(input: $input) { order { ${ORDER_FIELDS} years seats } subscription { ${SUBSCRIPTION_FIELDS} } userErrors { code message field } } }`,
    { input: { subscriptionId, years, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.renewSubscription;
}

export async function upgradeSubscription(
  api: Harness,
  subscriptionId: string,
  toProductCode = 'QIDIAN',
  token?: string,
  idempotencyKey = key('upgrade'),
) {
  const result = await api.gql(
    `mutation($input: UpgradeSubscriptionInput!) { upgradeSubscription(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } order { ${ORDER_FIELDS} } userErrors { code message field } } }`,
    { input: { subscriptionId, toProductCode, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.upgradeSubscription;
}

export const QUOTE_FIELDS = `action asOf total { amount currency } periodStart periodEnd serviceEndsOn explanation rules { id }
  lines { description quantity months unitPrice { amount } amount { amount } rules { id } } userErrors { code message field }`;

export async function quote(api: Harness, input: Record<string, unknown>, token?: string) {
  const result = await api.gql(
    `query($input: QuoteInput!) { quote(input: $input) { ${QUOTE_FIELDS} } }`,
    { input },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.quote;
}

/** Ids of the rules an amount carries. */
export const ruleIds = (list: Array<{ id: string }>) => list.map((rule) => rule.id);

// --- refunds, invoices and the prepaid balance (issue 4: refunds) ---

export const REFUND_FIELDS = `id status reason amount { amount } fee { amount } payout { amount } method note evidence requestedOn reviewDueOn reviewDueReason
  decidedOn decisionNote payoutDueOn payoutDueReason paidAt order { id status refunded { amount } }
  parts { method amount { amount } payout { amount } reference payment { id method } }
  decision { eligible amount { amount } fee { amount } payout { amount } explanation endsSubscription asOf rules { id }
    considered { rule { id } applied why } lines { description amount { amount } rules { id } } }`;

export const DECISION_FIELDS = `eligible amount { amount } fee { amount } payout { amount } explanation endsSubscription asOf rules { id }
  considered { rule { id } applied why } lines { description amount { amount } rules { id } } userErrors { code message field }`;

export async function refundPreview(api: Harness, input: Record<string, unknown>, token?: string) {
  const result = await api.gql(
    `query($input: RefundPreviewInput!) { refundPreview(input: $input) { ${DECISION_FIELDS} } }`,
    { input },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.refundPreview;
}

export async function requestRefund(api: Harness, input: Record<string, unknown>, token?: string) {
  const result = await api.gql(
    `mutation($input: RequestRefundInput!) { requestRefund(input: $input) { refund { ${REFUND_FIELDS} } userErrors { code message field } } }`,
    { input: { idempotencyKey: key('refund'), ...input } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.requestRefund;
}

export async function approveRefund(api: Harness, refundId: string, note?: string) {
  const result = await api.gql(
    `mutation($input: ApproveRefundInput!) { approveRefund(input: $input) { refund { ${REFUND_FIELDS} } userErrors { code message field } } }`,
    { input: { refundId, ...(note ? { note } : {}) } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.approveRefund;
}

export async function topUpBalance(
  api: Harness,
  accountId: string,
  amount: string,
  method = 'ALIPAY',
  token?: string,
  idempotencyKey = key('top-up'),
) {
  const result = await api.gql(
    `mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { account { id balance { amount } } payment { id method purpose amount { amount } } userErrors { code message field } } }`,
    { input: { accountId, method, amount, idempotencyKey } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.topUpBalance;
}

/** The signed sum of a ledger's journal entries (fen, as text), for one account when given. */
export async function ledgerSum(api: Harness, ledger: string, accountId?: string): Promise<string> {
  const [row] = await api.db.query(
    `SELECT coalesce(sum(amount), 0)::text AS sum FROM journal_entries WHERE ledger = $1 AND ($2::uuid IS NULL OR account_id = $2)`,
    [ledger, accountId ? localId(accountId) : null],
  );
  return row.sum;
}

import { expect } from 'vitest';
import type { Harness } from './harness.js';

/** The database id inside a global id. */
export const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

let counter = 0;
/** A fresh idempotency key. */
export const key = (prefix = 'k') => `${prefix}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`;

export async function createAccount(api: Harness, name = `Account ${key()}`, testClockId: string | null = null): Promise<string> {
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
  const result = await api.gql(`mutation($at: DateTime!, $name: String!) { createTestClock(input: { name: $name, frozenAt: $at }) { testClock { id } userErrors { code } } }`, {
    at: frozenAt,
    name: `clock ${key()}`,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.createTestClock.testClock.id;
}

export async function advanceClock(api: Harness, clockId: string, to: string) {
  const at = to.length === 10 ? `${to}T10:00:00+08:00` : to;
  const result = await api.gql(`mutation($id: ID!, $to: DateTime!) { advanceTestClock(input: { id: $id, to: $to }) { testClock { id today } userErrors { code message } } }`, { id: clockId, to: at });
  expect(result.errors).toBeUndefined();
  return result.data!.advanceTestClock;
}

/** An account living at a test clock frozen on `date`. */
export async function accountAt(api: Harness, date: string): Promise<{ accountId: string; clockId: string }> {
  const clockId = await createClock(api, date);
  return { accountId: await createAccount(api, `Account ${key()}`, clockId), clockId };
}

export async function tokenFor(api: Harness, accountId: string, role: 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER' = 'CUSTOMER_ADMIN'): Promise<string> {
  const result = await api.gql(
    `mutation($accountId: ID!, $role: Role!) { createApiToken(input: { accountId: $accountId, role: $role }) { token } }`,
    { accountId, role },
  );
  return result.data!.createApiToken.token;
}

/** Submits and approves qualification materials (R-OPEN-2). */
export async function verify(api: Harness, accountId: string, verifiedName = 'Verified Enterprise Co., Ltd.'): Promise<void> {
  const submitted = await api.gql(
    `mutation($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["licence.pdf", "legal-rep-id.pdf", "contact.txt"] }) { userErrors { code message } } }`,
    { id: accountId, name: verifiedName },
  );
  expect(submitted.data!.submitVerification.userErrors).toEqual([]);
  const approved = await api.gql(`mutation($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { code message } } }`, { id: accountId });
  expect(approved.data!.approveVerification.userErrors).toEqual([]);
}

export const ORDER_FIELDS = `id kind status total { amount } paid { amount } outstanding { amount } orderDate paidOn fulfilmentDueOn periodStart periodEnd explanation rules { id }
  lines { description quantity months unitPrice { amount } amount { amount } rules { id summary } }`;

export async function openSubscription(
  api: Harness,
  input: { accountId: string; productCode?: string; planCode?: string; seats: number; years?: number },
  token?: string,
) {
  const result = await api.gql(
    `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { ${ORDER_FIELDS} } subscription { id status seats } userErrors { code message field } } }`,
    { input: { productCode: 'EQQ', planCode: 'SEATS', years: 1, idempotencyKey: key('open'), ...input } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.openSubscription;
}

export async function payOrder(api: Harness, orderId: string, amount: string, method = 'ALIPAY', token?: string, idempotencyKey = key('pay')) {
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
  const [total] = await api.db.query(`SELECT coalesce(sum(amount), 0)::text AS sum FROM journal_entries`);
  expect(total.sum).toBe('0');
  const unbalanced = await api.db.query(`SELECT transaction_id FROM journal_entries GROUP BY transaction_id HAVING sum(amount) <> 0`);
  expect(unbalanced).toEqual([]);
}

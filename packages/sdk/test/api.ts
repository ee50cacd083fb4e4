// Helpers for tests against the real API started by global-setup.ts.
import { inject } from 'vitest';
import {
  createBillingClient,
  unwrap,
  type BillingClient,
  type BillingClientOptions,
} from '../src/index.js';

export const apiUrl = () => inject('apiUrl');
export const operatorToken = () => inject('operatorToken');

export function operatorClient(options: Partial<BillingClientOptions> = {}): BillingClient {
  return createBillingClient({ url: apiUrl(), token: operatorToken(), ...options });
}

let counter = 0;
const unique = (prefix: string) => `${prefix} ${process.pid}-${Date.now()}-${++counter}`;

/**
 * An account living at a test clock frozen on `date` (10:00 in Shanghai), with a
 * CUSTOMER_ADMIN token. EQQ can only be bought before 2021-10-28 (R-CAT-4).
 */
export async function customerAt(date: string, options: Partial<BillingClientOptions> = {}) {
  const operator = operatorClient();
  const { testClock } = unwrap(
    await operator.createTestClock({ name: unique('clock'), frozenAt: `${date}T10:00:00+08:00` }),
  );
  const { account } = unwrap(
    await operator.createAccount({ name: unique('Account'), testClockId: testClock!.id }),
  );
  const { token } = unwrap(
    await operator.createApiToken({ accountId: account!.id, role: 'CUSTOMER_ADMIN' }),
  );
  const customer = createBillingClient({ url: apiUrl(), token: token!, ...options });
  return { operator, customer, accountId: account!.id, clockId: testClock!.id, token: token! };
}

/** A 5-seat EQQ subscription opened, paid (5,000.00), verified and activated on `date`. */
export async function activeEqq(date: string) {
  const customer = await customerAt(date);
  const opened = unwrap(
    await customer.customer.openSubscription({
      accountId: customer.accountId,
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
    }),
  );
  unwrap(
    await customer.customer.payOrder({
      orderId: opened.order!.id,
      method: 'ALIPAY',
      amount: opened.order!.total.amount,
    }),
  );
  await verify(customer.customer, customer.operator, customer.accountId);
  unwrap(await customer.operator.activateSubscription({ subscriptionId: opened.subscription!.id }));
  return { ...customer, orderId: opened.order!.id, subscriptionId: opened.subscription!.id };
}

/** Moves the account's test clock to 10:00 in Shanghai on `date`. */
export async function advanceTo(
  operator: BillingClient,
  clockId: string,
  date: string,
): Promise<void> {
  unwrap(await operator.advanceTestClock({ id: clockId, to: `${date}T10:00:00+08:00` }));
}

/** Submits the qualification materials as the customer and approves them as an operator (R-OPEN-2). */
export async function verify(
  customer: BillingClient,
  operator: BillingClient,
  accountId: string,
): Promise<void> {
  unwrap(
    await customer.submitVerification({
      accountId,
      verifiedName: 'Verified Enterprise Co., Ltd.',
      documents: ['licence.pdf', 'legal-rep-id.pdf', 'contact.txt'],
    }),
  );
  unwrap(await operator.approveVerification({ accountId }));
}

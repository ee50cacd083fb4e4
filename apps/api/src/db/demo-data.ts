import { randomBytes } from 'node:crypto';
import { addDays, businessDateAt, startOfBusinessDate, type BusinessDate } from '@billing/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../context.js';
import { selectRows } from './queryable.js';
import { asOfInstant } from '../modules/clock/clock.js';
import { hashToken } from '../modules/auth/auth.js';
import type { PaymentGateway } from '../modules/payments/payment-gateway.js';
import { Scheduler } from '../modules/scheduler/scheduler.js';
import type { BillingServer } from '../server.js';

/** The name of the operator token the demo history is made with (revoked once it is loaded). */
export const DEMO_LOADER_TOKEN = 'Demo data loader';

/** The demo accounts, by the part each plays on the dashboard and in the tour. */
export const DEMO_ACCOUNTS = {
  /** Bought 8 months ago; seats added 5 months ago, that order paid twice (refundable). */
  shenzhen: '深圳示例科技有限公司',
  /** Renewal coming due within the next 30 days; a value-added service. */
  hangzhou: 'Hangzhou Demo Trading Co.',
  /** Its period ended ten days ago, unrenewed: in grace (R-LIFE-2). */
  beijing: '北京演示咨询有限公司',
  /** Bought and refunded within 7 days, refund paid out (R-REF-7DAY). */
  guangzhou: '广州退款演示有限公司',
  /** A postpaid bill for last month, issued and waiting for payment (R-PAY-5). */
  shanghai: 'Shanghai Postpaid Demo Ltd.',
  /** Verification materials waiting for review. */
  chengdu: '成都待审核有限公司',
} as const;

class DemoStepError extends Error {}

/**
 * A demo data set for a fresh installation, made through the product's own GraphQL operations
 * (in-process, as an operator token named "Demo data loader"), so every amount, date and rule id
 * is what the rules decide. Its accounts are live (no test clock); their history of the past
 * year is replayed with live accounts' "now" set to each step's past instant (`asOfInstant`),
 * and the due work of each step's day runs as the real-time scheduler runs it: orders paid over
 * several months, a refund approved and paid out, an account in grace, a renewal coming due, a
 * postpaid bill and verification materials to review.
 *
 * Loaded only into an empty database (no account yet): a restart loads nothing more.
 */
export async function loadDemoData(
  db: DataSource,
  server: BillingServer,
  gateway: PaymentGateway,
): Promise<boolean> {
  const [existing] = await selectRows<{ count: number }>(
    db,
    `SELECT count(*)::int AS count FROM accounts`,
    [],
  );
  if ((existing?.count ?? 0) > 0) return false;

  const [token] = await selectRows<{ id: string }>(
    db,
    `INSERT INTO api_tokens (token_hash, role, name) VALUES ($1, 'OPERATOR', $2) RETURNING id`,
    [hashToken(`bk_${randomBytes(24).toString('base64url')}`), DEMO_LOADER_TOKEN],
  );
  const viewer: Viewer = { role: 'OPERATOR', accountId: null, tokenId: token!.id };
  const today = businessDateAt(Date.now());
  const day = (offset: number): BusinessDate => addDays(today, offset);
  /** 10:00 in Beijing on that business date (08:00 for today, which must not lie ahead). */
  const at = (date: BusinessDate): Date =>
    new Date(startOfBusinessDate(date) + (date === today ? 0 : 10) * 3_600_000);

  async function run(
    date: BusinessDate,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const result = await asOfInstant(at(date), () => server.execute(query, variables, viewer));
    if (result.errors?.length)
      throw new DemoStepError(`${query.slice(0, 60)}…: ${result.errors[0]!.message}`);
    const payload = Object.values(result.data ?? {})[0] as Record<string, unknown>;
    const userErrors = (payload?.userErrors ?? []) as { message: string }[];
    if (userErrors.length > 0)
      throw new DemoStepError(`${query.slice(0, 60)}…: ${userErrors[0]!.message}`);
    return payload;
  }

  /** The due work of that day (transitions, payouts, late fees), as the scheduler runs it. */
  async function dueWork(date: BusinessDate): Promise<void> {
    const instant = at(date);
    await asOfInstant(instant, () =>
      new Scheduler(db, gateway, { intervalMs: 0, now: () => instant }).tick(),
    );
  }

  async function account(date: BusinessDate, name: string, verify: boolean): Promise<string> {
    const created = await run(
      date,
      `mutation($name: String!) { createAccount(input: { name: $name }) { account { id } } }`,
      { name },
    );
    const id = (created.account as { id: string }).id;
    await run(
      date,
      `mutation($id: ID!, $name: String!) { submitVerification(input: { accountId: $id, verifiedName: $name, documents: ["business-licence.pdf", "legal-rep-id.pdf"] }) { userErrors { message } } }`,
      { id, name },
    );
    if (verify)
      await run(
        date,
        `mutation($id: ID!) { approveVerification(input: { accountId: $id }) { userErrors { message } } }`,
        { id },
      );
    return id;
  }

  async function pay(date: BusinessDate, order: { id: string; total: { amount: string } }) {
    await run(
      date,
      `mutation($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }`,
      {
        input: {
          orderId: order.id,
          method: 'ALIPAY',
          amount: order.total.amount,
          idempotencyKey: `demo-pay-${order.id}`,
        },
      },
    );
  }

  /** Opens Qidian with `seats` for a year, pays it and activates it that day. */
  async function subscribe(date: BusinessDate, accountId: string, seats: number) {
    const opened = await run(
      date,
      `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id total { amount } } subscription { id } userErrors { message } } }`,
      {
        input: {
          accountId,
          productCode: 'QIDIAN',
          planCode: 'SEATS',
          seats,
          years: 1,
          idempotencyKey: `demo-open-${accountId}`,
        },
      },
    );
    const order = opened.order as { id: string; total: { amount: string } };
    const subscription = opened.subscription as { id: string };
    await pay(date, order);
    await run(
      date,
      `mutation($id: ID!) { activateSubscription(input: { subscriptionId: $id }) { userErrors { message } } }`,
      { id: subscription.id },
    );
    return { order, subscription };
  }

  try {
    // A year ago: Beijing buys a year; unrenewed, it is in grace today (period end 10 days ago).
    const beijing = await account(day(-375), DEMO_ACCOUNTS.beijing, true);
    await subscribe(day(-375), beijing, 3);
    // Hangzhou's year ends in 15 days: a renewal coming due.
    await dueWork(day(-350));
    const hangzhou = await account(day(-350), DEMO_ACCOUNTS.hangzhou, true);
    await subscribe(day(-350), hangzhou, 4);
    // Shenzhen buys 8 months ago and adds seats 5 months ago.
    await dueWork(day(-250));
    const shenzhen = await account(day(-250), DEMO_ACCOUNTS.shenzhen, true);
    const { subscription } = await subscribe(day(-250), shenzhen, 12);
    await dueWork(day(-150));
    const added = await run(
      day(-150),
      `mutation($input: AddSeatsInput!) { addSeats(input: $input) { order { id total { amount } } userErrors { message } } }`,
      { input: { subscriptionId: subscription.id, seats: 3, idempotencyKey: 'demo-add-seats' } },
    );
    const addedOrder = added.order as { id: string; total: { amount: string } };
    await pay(day(-150), addedOrder);
    // Paid a second time by mistake the next day (R-PAY-3): refundable in full at any time
    // (R-REF-DUPLICATE), the refund of the README's tour.
    await run(
      day(-149),
      `mutation($input: PayOrderInput!) { payOrder(input: $input) { userErrors { message } } }`,
      {
        input: {
          orderId: addedOrder.id,
          method: 'WECHAT_PAY',
          amount: addedOrder.total.amount,
          idempotencyKey: 'demo-pay-twice',
        },
      },
    );
    // Hangzhou buys SMS packs 3 months ago.
    await dueWork(day(-90));
    const sms = await run(
      day(-90),
      `mutation($input: BuyValueAddedInput!) { buyValueAdded(input: $input) { order { id total { amount } } userErrors { message } } }`,
      {
        input: { accountId: hangzhou, planCode: 'SMS', quantity: 3, idempotencyKey: 'demo-sms' },
      },
    );
    await pay(day(-90), sms.order as { id: string; total: { amount: string } });
    // Guangzhou buys two months ago and asks for its money back the next day (R-REF-7DAY):
    // approved that day, paid out on its due date.
    await dueWork(day(-60));
    const guangzhou = await account(day(-60), DEMO_ACCOUNTS.guangzhou, true);
    const bought = await subscribe(day(-60), guangzhou, 5);
    const requested = await run(
      day(-59),
      `mutation($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { message } } }`,
      {
        input: {
          orderId: bought.order.id,
          reason: 'NO_REASON',
          note: 'The team chose another tool.',
          idempotencyKey: 'demo-refund',
        },
      },
    );
    await run(
      day(-59),
      `mutation($id: ID!) { approveRefund(input: { refundId: $id, note: "Within 7 days of activation." }) { userErrors { message } } }`,
      { id: (requested.refund as { id: string }).id },
    );
    await dueWork(day(-40));
    // Shanghai is billed after each month for its usage: last month's bill, waiting to be paid.
    const shanghai = await account(day(-40), DEMO_ACCOUNTS.shanghai, true);
    const lastMonth = addDays(`${today.slice(0, 7)}-01` as BusinessDate, -1);
    await run(
      today,
      `mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { userErrors { message } } }`,
      {
        input: {
          accountId: shanghai,
          month: lastMonth.slice(0, 7),
          lines: [
            { description: 'SMS: 2,400 messages', amount: '120.00' },
            { description: 'Meeting minutes over the plan: 1,500', amount: '375.00' },
          ],
          idempotencyKey: 'demo-postpaid-bill',
        },
      },
    );
    // Today: materials waiting for review; the due work of today (Beijing enters grace).
    await account(today, DEMO_ACCOUNTS.chengdu, false);
    await dueWork(today);
  } finally {
    await db.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [token!.id]);
  }
  return true;
}

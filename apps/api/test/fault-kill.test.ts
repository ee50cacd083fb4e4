import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createTestDatabase } from '@billing/tooling/test-database';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startChild, type ChildServer } from '../src/bench/kit.js';
import { openDatabase } from '../src/db/data-source.js';
import { activeSubscription, key } from './api-helpers.js';
import type { GraphQLResponse, Harness } from './harness.js';

/**
 * A process dies mid-stream: two API processes (the built dist/main.js, as in production) on
 * one database take a stream of idempotent payments, top-ups and refund requests; one is killed
 * with SIGKILL while requests are in flight. Every request not acknowledged is sent again, with
 * the same idempotency key and input, to the survivor. Every acknowledged write then exists
 * exactly once, and the journal balances.
 */
const MAIN = new URL('../dist/main.js', import.meta.url);
const TOKEN = 'fault-kill-operator';
const ACCOUNTS = 6;
const TOP_UPS = 4;

let drop: (() => Promise<void>) | undefined;
let databaseUrl: string;
let survivor: ChildServer | undefined;
let victim: ChildServer | undefined;
let victimKilled = false;
/** A request to the victim went unanswered: from then on everything goes to the survivor. */
let victimGone = false;

beforeAll(async () => {
  if (!existsSync(MAIN))
    throw new Error(
      `${fileURLToPath(MAIN)} is missing: build the API first (pnpm --filter @billing/api build)`,
    );
  const database = await createTestDatabase(inject('databaseUrl'));
  drop = database.drop;
  databaseUrl = database.url;
  await (await openDatabase(databaseUrl)).destroy();
  const env = {
    DATABASE_URL: databaseUrl,
    BILLING_BOOTSTRAP_TOKEN: TOKEN,
    LOG_REQUESTS: '0',
    DEMO_DATA: '0',
    SCHEDULER_INTERVAL_MS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
  };
  [survivor, victim] = await Promise.all([
    startChild(MAIN, env, '/readyz'),
    startChild(MAIN, env, '/readyz'),
  ]);
}, 120_000);

afterAll(async () => {
  if (victim && !victimKilled) await victim.stop();
  await survivor?.stop();
  await drop?.();
});

/** One GraphQL request; throws when no answer comes back (the process died). */
async function send(
  base: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The test helpers' view of a process: GraphQL requests to it. */
const helperApi = (base: string) =>
  ({
    url: base,
    gql: (query: string, variables: Record<string, unknown> = {}) => send(base, query, variables),
  }) as unknown as Harness;

const ADD_SEATS = `mutation($input: AddSeatsInput!) { addSeats(input: $input) { order { id total { amount } } userErrors { code message } } }`;
const PAY = `mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { id } userErrors { code message } } }`;
const TOP_UP = `mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { payment { id } userErrors { code message } } }`;
const REFUND = `mutation($input: RequestRefundInput!) { requestRefund(input: $input) { refund { id } userErrors { code message } } }`;

interface Acknowledged {
  readonly kind: 'addSeats' | 'payOrder' | 'topUpBalance' | 'requestRefund';
  readonly accountId: string;
  readonly key: string;
  readonly id: string;
}

describe('SIGKILL of one API process mid-stream', () => {
  it('every acknowledged write exists exactly once after retrying the rest on the survivor; the journal balances', async () => {
    const a = survivor!;
    const b = victim!;
    // Each account: a Qidian subscription opened, paid, verified and activated (on process A).
    const setups = [];
    for (let i = 0; i < ACCOUNTS; i++)
      setups.push(
        await activeSubscription(helperApi(a.base), {
          openOn: '2024-09-20',
          activateOn: '2024-09-20',
          seats: 3,
          productCode: 'QIDIAN',
        }),
      );

    const acknowledged: Acknowledged[] = [];
    let retried = 0;
    let sentToVictim = 0;
    const killAfter = Math.floor((ACCOUNTS * (TOP_UPS + 3)) / 3);
    let step = 0;

    /**
     * Sends one keyed request, alternating between the processes while both live; once the
     * victim is killed (or the request to it got no answer) it goes to the survivor with the
     * same key and input.
     */
    const call = async (query: string, input: Record<string, unknown>) => {
      const toVictim = !victimGone && step++ % 2 === 1;
      if (toVictim) {
        sentToVictim++;
        // Kill while this request is in flight: it may be committed or not, unacknowledged.
        if (acknowledged.length >= killAfter && !victimKilled) {
          victimKilled = true;
          setTimeout(() => process.kill(b.pid, 'SIGKILL'), Math.floor(Math.random() * 15));
        }
        try {
          return await send(b.base, query, { input });
        } catch {
          victimGone = true;
          retried++;
        }
      }
      return send(a.base, query, { input });
    };

    const field = (result: GraphQLResponse, name: string) => {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const payload = result.data![name];
      expect(payload.userErrors).toEqual([]);
      return payload;
    };

    await Promise.all(
      setups.map(async ({ accountId, subscriptionId, openingOrderId }) => {
        const addKey = key('kill-add');
        const added = field(
          await call(ADD_SEATS, { subscriptionId, seats: 1, idempotencyKey: addKey }),
          'addSeats',
        );
        acknowledged.push({ kind: 'addSeats', accountId, key: addKey, id: added.order.id });
        const payKey = key('kill-pay');
        const paid = field(
          await call(PAY, {
            orderId: added.order.id,
            amount: added.order.total.amount,
            method: 'ALIPAY',
            idempotencyKey: payKey,
          }),
          'payOrder',
        );
        acknowledged.push({ kind: 'payOrder', accountId, key: payKey, id: paid.payment.id });
        for (let i = 0; i < TOP_UPS; i++) {
          const topUpKey = key('kill-top-up');
          const topUp = field(
            await call(TOP_UP, {
              accountId,
              amount: '10.00',
              method: 'WECHAT_PAY',
              idempotencyKey: topUpKey,
            }),
            'topUpBalance',
          );
          acknowledged.push({
            kind: 'topUpBalance',
            accountId,
            key: topUpKey,
            id: topUp.payment.id,
          });
        }
        const refundKey = key('kill-refund');
        const refund = field(
          await call(REFUND, {
            orderId: openingOrderId,
            reason: 'NO_REASON',
            idempotencyKey: refundKey,
          }),
          'requestRefund',
        );
        acknowledged.push({
          kind: 'requestRefund',
          accountId,
          key: refundKey,
          id: refund.refund.id,
        });
      }),
    );

    // The victim was killed mid-stream with requests in flight, which were sent again.
    expect(victimKilled).toBe(true);
    expect(retried).toBeGreaterThanOrEqual(1);
    expect(sentToVictim).toBeGreaterThan(killAfter / 2);
    expect(acknowledged).toHaveLength(ACCOUNTS * (TOP_UPS + 3));
    // The survivor still serves, and the victim is gone.
    expect((await fetch(`${a.base}/readyz`)).status).toBe(200);
    await expect(fetch(`${b.base}/healthz`)).rejects.toThrow();
    console.log(
      `fault-kill: ${acknowledged.length} writes acknowledged, ${sentToVictim} sent to the killed process, ${retried} unanswered and retried`,
    );

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const localId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;
      const accounts = setups.map((setup) => localId(setup.accountId));
      // Each acknowledged id once, and nothing more than was acknowledged: no write of a
      // request the victim committed without answering was done again by its retry.
      const ids = (kind: Acknowledged['kind']) =>
        acknowledged
          .filter((write) => write.kind === kind)
          .map((write) => localId(write.id))
          .sort();
      const { rows: topUps } = await client.query(
        `SELECT id::text FROM payments WHERE purpose = 'TOP_UP' AND account_id = ANY($1) ORDER BY id`,
        [accounts],
      );
      expect(topUps.map((row) => row.id).sort()).toEqual(ids('topUpBalance'));
      const { rows: addSeatsOrders } = await client.query(
        `SELECT id::text FROM orders WHERE kind = 'ADD_SEATS' AND account_id = ANY($1)`,
        [accounts],
      );
      expect(addSeatsOrders.map((row) => row.id).sort()).toEqual(ids('addSeats'));
      const { rows: orderPayments } = await client.query(
        `SELECT p.id::text FROM payments p JOIN orders o ON o.id = p.order_id
         WHERE o.kind = 'ADD_SEATS' AND p.account_id = ANY($1)`,
        [accounts],
      );
      expect(orderPayments.map((row) => row.id).sort()).toEqual(ids('payOrder'));
      const { rows: refunds } = await client.query(
        `SELECT id::text FROM refunds WHERE account_id = ANY($1)`,
        [accounts],
      );
      expect(refunds.map((row) => row.id).sort()).toEqual(ids('requestRefund'));
      // Every key stored once, with its result.
      const { rows: keys } = await client.query(
        `SELECT key, count(*)::int AS n, bool_and(result IS NOT NULL) AS done
         FROM idempotency_keys WHERE key LIKE 'kill-%' GROUP BY key`,
      );
      expect(keys).toHaveLength(acknowledged.length);
      expect(keys.every((row) => row.n === 1 && row.done)).toBe(true);
      // Each account's balance holds its top-ups once.
      const { rows: balances } = await client.query(
        `SELECT balance::text FROM accounts WHERE id = ANY($1)`,
        [accounts],
      );
      expect(balances.map((row) => row.balance)).toEqual(
        accounts.map(() => String(TOP_UPS * 1000)),
      );
      // The journal balances: debits equal credits overall and in every transaction.
      const [{ sum }] = (
        await client.query(`SELECT coalesce(sum(amount), 0)::text AS sum FROM journal_entries`)
      ).rows;
      expect(sum).toBe('0');
      const { rows: unbalanced } = await client.query(
        `SELECT transaction_id FROM journal_entries GROUP BY transaction_id HAVING sum(amount) <> 0`,
      );
      expect(unbalanced).toEqual([]);
    } finally {
      await client.end();
    }
  }, 180_000);
});

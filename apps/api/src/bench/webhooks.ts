/**
 * Webhooks: (1) what having an endpoint adds to `payOrder` — the same payments through the real
 * API with no enabled endpoint, then with one for every account whose sender is delivering
 * meanwhile; (2) events delivered per second to a local receiver by the API's sender (pg-boss,
 * one stream per account, in order, every delivery recorded) against a bare loop POSTing the
 * same signed bodies with as many requests in flight and recording nothing.
 *
 *   BENCH_RUNS (default 5), BENCH_CLIENTS (default 10) × BENCH_PER_CLIENT payments (default 50),
 *   BENCH_EVENTS events per delivery run (default 5000) over BENCH_ACCOUNTS accounts (default 100)
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import pg from 'pg';
import { signatureHeader } from '../modules/webhooks/signature.js';
import { benchDatabase, machineFacts, postGraphql, ratioLine, startApi, summarize } from './kit.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT ?? 50);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100);
const TOKEN = 'bench-operator-token';
const CONCURRENCY = 4;
const ORDER_TOTAL_FEN = 100_000;

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) { payment { id } order { id status } userErrors { code message } }
}`;

/** A receiver that answers 204 at once and counts what it got. */
async function startReceiver(): Promise<{ url: string; count: () => number; server: Server }> {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    count: () => received,
    server,
  };
}

async function seedOrders(client: pg.Client, lanes: number, orders: number): Promise<string[][]> {
  const seeded: string[][] = [];
  for (let i = 0; i < lanes; i++) {
    const { rows } = await client.query<{ id: string }>(
      `WITH a AS (INSERT INTO accounts (name) VALUES ('Bench payer') RETURNING id),
            s AS (INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, opened_on)
                  SELECT a.id, 'QIDIAN', 'SEATS', 5, 'PENDING_ACTIVATION', (now() AT TIME ZONE 'Asia/Shanghai')::date
                    FROM a CROSS JOIN generate_series(1, $1::int)
                  RETURNING id, account_id)
       INSERT INTO orders (account_id, subscription_id, kind, status, total, order_date, years, seats, explanation, rules)
       SELECT s.account_id, s.id, 'NEW_SUBSCRIPTION', 'AWAITING_PAYMENT', $2, (now() AT TIME ZONE 'Asia/Shanghai')::date,
              1, 5, 'Bench opening order', ARRAY['R-OPEN-2']
         FROM s RETURNING id`,
      [orders, ORDER_TOTAL_FEN],
    );
    seeded.push(rows.map((row) => row.id));
  }
  return seeded;
}

const orderGlobalId = (id: string) => Buffer.from(`Order:${id}`).toString('base64url');

async function paymentsPerSecond(base: string, lanes: string[][]): Promise<number> {
  let count = 0;
  const started = performance.now();
  await Promise.all(
    lanes.map(async (orders) => {
      for (const orderId of orders) {
        const body = await postGraphql<{ data?: { payOrder?: { userErrors: unknown[] } } }>(
          base,
          TOKEN,
          PAY,
          {
            input: {
              orderId: orderGlobalId(orderId),
              method: 'ALIPAY',
              amount: (ORDER_TOTAL_FEN / 100).toFixed(2),
              idempotencyKey: `bench-${randomUUID()}`,
            },
          },
        );
        if (body.data?.payOrder?.userErrors.length !== 0)
          throw new Error(`a payment failed: ${JSON.stringify(body)}`);
        count++;
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

async function until(what: string, done: () => Promise<boolean>, ms = 600_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const database = await benchDatabase();
const receiver = await startReceiver();
try {
  console.log('# Webhooks: payOrder with and without an endpoint; events delivered per second');
  console.log(await machineFacts(database.url));
  console.log(
    `load before start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1/5/15 min); ${RUNS} runs`,
  );
  const senderEnv = {
    WEBHOOK_ALLOW_PRIVATE_URLS: '1',
    WEBHOOK_CONCURRENCY: String(CONCURRENCY),
    WEBHOOK_POLL_SECONDS: '1',
    WEBHOOK_DISPATCH_INTERVAL_MS: '200',
  };
  // The API that takes the payments sends no webhooks; a second process does, when it runs.
  const api = await startApi(database.url, TOKEN, { ...senderEnv, WEBHOOK_WORKER: '0' });
  let sender: Awaited<ReturnType<typeof startApi>> | null = null;
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    const created = (await (
      await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          query: `mutation($url: String!) { createWebhookEndpoint(input: { url: $url }) { endpoint { id } signingSecret userErrors { message } } }`,
          variables: { url: receiver.url },
        }),
      })
    ).json()) as {
      data: { createWebhookEndpoint: { signingSecret: string; userErrors: unknown[] } };
    };
    if (created.data.createWebhookEndpoint.userErrors.length > 0)
      throw new Error(JSON.stringify(created));
    const secret = created.data.createWebhookEndpoint.signingSecret;
    const setEndpoint = (status: 'ENABLED' | 'DISABLED') =>
      db.query(`UPDATE webhook_endpoints SET status = $1`, [status]);
    const drained = async () =>
      (
        await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'PENDING'`,
        )
      ).rows[0]!.n === '0';

    // (1) payOrder, 10 clients on distinct accounts: no endpoint enabled; one enabled (the
    // events' deliveries queued in the payment's transaction, sent later); one enabled with
    // a sender process delivering meanwhile on the same two cores.
    await setEndpoint('DISABLED');
    await paymentsPerSecond(api.base, await seedOrders(db, CLIENTS, 10)); // warm-up
    const without: number[] = [];
    const queued: number[] = [];
    const sending: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await setEndpoint('DISABLED');
      without.push(await paymentsPerSecond(api.base, await seedOrders(db, CLIENTS, PER_CLIENT)));
      await setEndpoint('ENABLED');
      queued.push(await paymentsPerSecond(api.base, await seedOrders(db, CLIENTS, PER_CLIENT)));
      sender = await startApi(database.url, TOKEN, senderEnv);
      await until('the queued events delivered', drained);
      sending.push(await paymentsPerSecond(api.base, await seedOrders(db, CLIENTS, PER_CLIENT)));
      await until('the payments’ events delivered', drained);
      await sender.stop();
      sender = null;
    }
    console.log(
      `\n## payOrder, ${CLIENTS} clients × ${PER_CLIENT} payments per run, with an endpoint for every account (4 events per payment) vs none enabled`,
    );
    console.log(
      ratioLine(
        'throughput, deliveries queued with the payment (the cost added to payOrder)',
        summarize(queued),
        summarize(without),
        'payments/s',
        '≥ 0.9× (cost ≤ 10%)',
      ),
    );
    console.log(
      ratioLine(
        'throughput while a second process sends the deliveries on the same 2 cores',
        summarize(sending),
        summarize(without),
        'payments/s',
      ),
    );

    // (2) Delivery throughput: EVENTS events over ACCOUNTS accounts, recorded in one statement.
    await setEndpoint('ENABLED');
    const { rows: accounts } = await db.query<{ id: string }>(
      `INSERT INTO accounts (name) SELECT 'Bench events ' || g FROM generate_series(1, $1::int) g RETURNING id`,
      [ACCOUNTS],
    );
    const ids = accounts.map((a) => a.id);
    const perAccount = Math.ceil(EVENTS / ACCOUNTS);
    const record = async () => {
      await db.query(
        `INSERT INTO billing_events (type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data)
         SELECT 'order.paid', a, now(), current_date, false, 'Order', gen_random_uuid(),
                jsonb_build_object('status', 'PAID', 'total', jsonb_build_object('amount', '1000.00', 'currency', 'CNY'))
           FROM generate_series(1, $2::int) n CROSS JOIN unnest($1::uuid[]) a ORDER BY n`,
        [ids, perAccount],
      );
    };
    const bodies = Array.from({ length: perAccount * ACCOUNTS }, (_, i) =>
      JSON.stringify({
        id: `bench-${i}`,
        type: 'order.paid',
        sequence: i,
        data: { status: 'PAID', total: { amount: '1000.00', currency: 'CNY' } },
      }),
    );
    const bareLoop = async () => {
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < bodies.length) {
            const body = bodies[next++]!;
            const response = await fetch(receiver.url, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'billing-signature': signatureHeader(body, [secret], new Date()),
              },
              body,
              signal: AbortSignal.timeout(10_000),
            });
            await response.arrayBuffer();
          }
        }),
      );
      return bodies.length / ((performance.now() - started) / 1000);
    };
    sender = await startApi(database.url, TOKEN, senderEnv);
    const delivered: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = receiver.count();
      const started = performance.now();
      await record();
      await until(
        'every event delivered',
        async () => (await drained()) && receiver.count() - before >= bodies.length,
      );
      delivered.push(bodies.length / ((performance.now() - started) / 1000));
      bare.push(await bareLoop());
    }
    console.log(
      `\n## delivery: ${bodies.length} events over ${ACCOUNTS} accounts, ${CONCURRENCY} in flight per process; the API's sender (one process, the events recorded in one statement when the clock starts) vs a bare fetch loop`,
    );
    console.log(ratioLine('events delivered', summarize(delivered), summarize(bare), 'events/s'));
  } finally {
    await db.end();
    await sender?.stop();
    await api.stop();
  }
} finally {
  receiver.server.close();
  await database.stop();
}

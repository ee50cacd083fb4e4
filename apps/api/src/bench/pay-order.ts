/**
 * `payOrder` through the real GraphQL API against the same transaction replayed by a bare `pg`
 * loop: the statements the API sent for one payment (captured from its query logger), with the
 * same locks and the same writes, re-run on other orders. Sequential, then concurrent clients
 * on distinct accounts; every payment on a fresh unpaid order with a fresh idempotency key.
 *
 *   BENCH_RUNS (default 5), BENCH_SEQUENTIAL payments per run (default 200),
 *   BENCH_CLIENTS (default 10) × BENCH_PER_CLIENT payments each (default 50),
 *   BENCH_WARMUP payments by each side before any figure (default 3000)
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { createServer } from '../server.js';
import {
  abbreviateSql,
  benchDatabase,
  machineFacts,
  postGraphql,
  ratioLine,
  startApi,
  summarize,
  type Summary,
} from './kit.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 200);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3000);
const TOKEN = 'bench-operator-token';
const ORDER_TOTAL_FEN = 100_000;

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) {
    payment { id amount { amount } duplicate }
    order { id status paid { amount } }
    userErrors { code message }
  }
}`;

/** An account with `orders` unpaid opening orders (each of its own pending subscription). */
interface Lane {
  readonly accountId: string;
  readonly orderIds: string[];
}

async function seedLanes(client: pg.Client, lanes: number, orders: number): Promise<Lane[]> {
  const seeded: Lane[] = [];
  for (let i = 0; i < lanes; i++) {
    const { rows } = await client.query<{ id: string; account_id: string }>(
      `WITH a AS (INSERT INTO accounts (name) VALUES ('Bench payer') RETURNING id),
            s AS (INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, opened_on)
                  SELECT a.id, 'QIDIAN', 'SEATS', 5, 'PENDING_ACTIVATION', (now() AT TIME ZONE 'Asia/Shanghai')::date
                    FROM a CROSS JOIN generate_series(1, $1::int)
                  RETURNING id, account_id)
       INSERT INTO orders (account_id, subscription_id, kind, status, total, order_date, years, seats, explanation, rules)
       SELECT s.account_id, s.id, 'NEW_SUBSCRIPTION', 'AWAITING_PAYMENT', $2, (now() AT TIME ZONE 'Asia/Shanghai')::date,
              1, 5, 'Bench opening order', ARRAY['R-OPEN-2']
         FROM s
       RETURNING id, account_id`,
      [orders, ORDER_TOTAL_FEN],
    );
    seeded.push({ accountId: rows[0]!.account_id, orderIds: rows.map((row) => row.id) });
  }
  return seeded;
}

const orderGlobalId = (id: string) => Buffer.from(`Order:${id}`).toString('base64url');
const amount = (ORDER_TOTAL_FEN / 100).toFixed(2);

interface Captured {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * One payment through an in-process API with a query logger: every statement of the request,
 * and those of its transaction (START TRANSACTION … COMMIT) with their parameters.
 */
async function capture(
  url: string,
  lane: Lane,
): Promise<{ request: Captured[]; transaction: Captured[]; key: string }> {
  let log: Captured[] | null = null;
  const db = await createDataSource(url, {
    logQueries: (sql, params) => log?.push({ sql, params }),
  }).initialize();
  const server = await createServer({
    db,
    config: {
      ...loadConfig({ LOG_REQUESTS: '0', RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_ADDRESS: '0' }),
      bootstrapToken: TOKEN,
    },
  });
  const { url: base, close } = await server.listen(0, '127.0.0.1');
  try {
    const key = `bench-capture-${randomUUID()}`;
    log = [];
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: PAY,
        variables: {
          input: {
            orderId: orderGlobalId(lane.orderIds[0]!),
            method: 'ALIPAY',
            amount,
            idempotencyKey: key,
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { payOrder?: { userErrors: unknown[] } } };
    const request: Captured[] = log;
    log = null;
    if (body.data?.payOrder?.userErrors.length !== 0)
      throw new Error(`the captured payment failed: ${JSON.stringify(body)}`);
    const start = request.findIndex((s) => s.sql === 'START TRANSACTION');
    const end = request.findIndex((s) => s.sql === 'COMMIT');
    return { request, transaction: request.slice(start, end + 1), key };
  } finally {
    await close();
    await server.stop();
    await db.destroy();
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The captured transaction's statements for another order: the captured account, order and
 * idempotency key become the new ones, every other id (payment, journal transaction, provider
 * reference) a fresh one, consistently within the payment.
 */
function replayFor(
  template: { transaction: Captured[]; key: string; accountId: string; orderId: string },
  accountId: string,
  orderId: string,
): Captured[] {
  const ids = new Map<string, string>([
    [template.accountId, accountId],
    [template.orderId, orderId],
  ]);
  const key = `bench-${randomUUID()}`;
  const remap = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value
        .replaceAll(template.key, key)
        .replace(UUID, (id) => ids.get(id) ?? ids.set(id, randomUUID()).get(id)!);
    if (Array.isArray(value)) return value.map(remap);
    return value;
  };
  return template.transaction.map((s) => ({ sql: s.sql, params: s.params.map(remap) }));
}

interface RunFigures {
  readonly paymentsPerSecond: number;
  readonly p99Ms: number;
  readonly failures: number;
}

/** Each lane paid by its own client, one payment after another; all lanes at once. */
async function timed(
  lanes: Lane[],
  pay: (lane: Lane, orderId: string) => Promise<boolean>,
): Promise<RunFigures> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    lanes.map(async (lane) => {
      for (const orderId of lane.orderIds) {
        const t0 = performance.now();
        if (!(await pay(lane, orderId))) failures++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    paymentsPerSecond: latencies.length / seconds,
    p99Ms: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!,
    failures,
  };
}

const database = await benchDatabase();
try {
  console.log('# payOrder: GraphQL API vs the same transaction replayed by a bare pg loop');
  console.log(await machineFacts(database.url));
  console.log(
    `load before start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1/5/15 min); ${RUNS} runs, alternating API and baseline`,
  );

  // The API first: its real-time scheduler runs once at start-up, before the orders exist.
  const api = await startApi(database.url, TOKEN);
  const seeder = new pg.Client({ connectionString: database.url });
  await seeder.connect();
  try {
    const [captureLane] = await seedLanes(seeder, 1, 1);
    const captured = await capture(database.url, captureLane!);
    console.log(
      `\nstatements per payOrder request: ${captured.request.length} ` +
        `(${captured.transaction.length} in its transaction, counting START TRANSACTION and COMMIT; ` +
        `the rest are the resolver's reads before and after it)`,
    );
    for (const s of captured.transaction) console.log(`  ${abbreviateSql(s.sql)}`);
    const template = {
      ...captured,
      accountId: captureLane!.accountId,
      orderId: captureLane!.orderIds[0]!,
    };

    const viaApi = async (_lane: Lane, orderId: string) => {
      const body = await postGraphql<{
        data?: { payOrder?: { userErrors: unknown[]; order: { status: string } | null } };
      }>(api.base, TOKEN, PAY, {
        input: {
          orderId: orderGlobalId(orderId),
          method: 'ALIPAY',
          amount,
          idempotencyKey: `bench-${randomUUID()}`,
        },
      });
      return body.data?.payOrder?.userErrors.length === 0;
    };
    const connections = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        return client;
      }),
    );
    const clientOf = new Map<string, pg.Client>();
    const viaPg = async (lane: Lane, orderId: string) => {
      let client = clientOf.get(lane.accountId);
      if (!client) {
        client = connections[clientOf.size % connections.length]!;
        clientOf.set(lane.accountId, client);
      }
      for (const s of replayFor(template, lane.accountId, orderId))
        await client.query(s.sql, s.params as unknown[]);
      return true;
    };

    const cases = [
      { name: 'sequential: 1 client', lanes: 1, orders: SEQUENTIAL },
      {
        name: `concurrent: ${CLIENTS} clients on distinct accounts`,
        lanes: CLIENTS,
        orders: PER_CLIENT,
      },
    ];
    // Warm-up before any figure: V8 compiles the API's hot paths only after thousands of
    // requests (a payment's CPU in the API falls from 4.5 to 2.1 ms over its first 2,400 here),
    // and a server in production has long been warm. Both sides get the same number of payments.
    await timed(await seedLanes(seeder, 1, WARMUP), viaApi);
    clientOf.clear();
    await timed(await seedLanes(seeder, 1, WARMUP), viaPg);
    for (const c of cases) {
      // Warm-up on lanes of its own: pools and PostgreSQL's caches at this concurrency.
      await timed(await seedLanes(seeder, c.lanes, 10), viaApi);
      clientOf.clear();
      await timed(await seedLanes(seeder, c.lanes, 10), viaPg);
      const project: RunFigures[] = [];
      const plain: RunFigures[] = [];
      for (let i = 0; i < RUNS; i++) {
        project.push(await timed(await seedLanes(seeder, c.lanes, c.orders), viaApi));
        clientOf.clear();
        plain.push(await timed(await seedLanes(seeder, c.lanes, c.orders), viaPg));
      }
      const failed = [...project, ...plain].reduce((sum, r) => sum + r.failures, 0);
      console.log(`\n## ${c.name}, ${c.lanes * c.orders} payments per run`);
      if (failed > 0) console.log(`!!!!!!!! ${failed} payments failed: the figures are not valid`);
      const rate = (runs: RunFigures[]): Summary => summarize(runs.map((r) => r.paymentsPerSecond));
      const apiRate = rate(project);
      const pgRate = rate(plain);
      console.log(ratioLine('throughput', apiRate, pgRate, 'payments/s', '≥ 0.6×'));
      console.log(
        ratioLine(
          'p99 latency',
          summarize(project.map((r) => r.p99Ms)),
          summarize(plain.map((r) => r.p99Ms)),
          'ms',
        ),
      );
    }
    await Promise.all(connections.map((client) => client.end()));
  } finally {
    await seeder.end();
    await api.stop();
  }
} finally {
  await database.stop();
}

/**
 * An account page (the account, its subscriptions, one page of 20 orders with their lines)
 * through the real API, against a plain `node:http` + `pg` server answering the same JSON with
 * the SQL the page needs (`account-page-baseline.ts`), at 10, 1,000 and 10,000 orders. Both
 * run as child processes loaded by autocannon from this one, alternately, run after run.
 *
 *   BENCH_RUNS (default 5), BENCH_SECONDS per run (default 8), BENCH_CONNECTIONS (default 10),
 *   BENCH_ORDERS (default 10,1000,10000), BENCH_WARMUP_SECONDS of load on each server before
 *   each case's runs (default 10), BENCH_PROFILE (a folder for the API's CPU profile)
 */
import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  benchDatabase,
  firstDifference,
  formatRatio,
  postGraphql,
  loadTest,
  machineFacts,
  measureCpu,
  ratioLine,
  startApi,
  startChild,
  summarize,
  type ChildServer,
  type CpuUse,
  type LoadResult,
} from './kit.js';

/**
 * The order of the page: newest first, as the console and the portal show an account's orders
 * (`orderBy: NEWEST_FIRST`; the baseline pages by `(account_id, seq) DESC`). OLDEST_FIRST
 * measures the other direction.
 */
const PAGE_ORDER = 'NEWEST_FIRST' as 'OLDEST_FIRST' | 'NEWEST_FIRST';
const ORDERS_ARGS =
  PAGE_ORDER === 'NEWEST_FIRST' ? 'first: 20, orderBy: NEWEST_FIRST' : 'first: 20';

const QUERY = `query AccountPage($id: ID!) {
  account(id: $id) {
    id name status balance { amount currency }
    subscriptions { id status seats product { code } }
    orders(${ORDERS_ARGS}) {
      edges { cursor node {
        id kind status total { amount currency } createdAt
        lines { description quantity months unitPrice { amount currency } amount { amount currency } rules { id } }
      } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** BENCH_ORDERS=10,1000 measures some of the cases. */
const ORDER_COUNTS = (process.env.BENCH_ORDERS ?? '10,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const TOKEN = 'bench-operator-token';

/** An account with `orders` orders of 1–2 lines and three subscriptions, inserted by SQL. */
async function seedAccount(client: pg.Client, orders: number): Promise<string> {
  const {
    rows: [account],
  } = await client.query<{ id: string }>(
    `INSERT INTO accounts (name, balance) VALUES ($1, 123456) RETURNING id`,
    [`Bench account with ${orders} orders`],
  );
  const id = account!.id;
  await client.query(
    `INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, opened_on)
     SELECT $1, 'QIDIAN', 'SEATS', 4 + g, 'PENDING_ACTIVATION', DATE '2026-01-05' + g
       FROM generate_series(1, 3) g`,
    [id],
  );
  await client.query(
    `INSERT INTO orders (account_id, kind, status, total, paid, order_date, explanation, rules, created_at)
     SELECT $1, 'VALUE_ADDED', 'FULFILLED', 100000 + g, 100000 + g, DATE '2026-01-05',
            'Bench order ' || g, ARRAY['R-PAY-2'], now() - make_interval(mins => $2 - g)
       FROM generate_series(1, $2::int) g`,
    [id, orders],
  );
  await client.query(
    `INSERT INTO order_lines (order_id, position, description, quantity, months, unit_price, amount, rules)
     SELECT o.id, p, 'Bench line ' || p, p, CASE WHEN p = 1 THEN 12 END, 5000, 5000 * p,
            ARRAY['R-SEAT-3', 'R-SEAT-4']
       FROM orders o CROSS JOIN generate_series(1, 1 + (o.seq % 2)::int) p
      WHERE o.account_id = $1`,
    [id],
  );
  return Buffer.from(`Account:${id}`).toString('base64url');
}

function valid(result: LoadResult, who: string): LoadResult {
  if (result.failures > 0) console.log(`  !! ${who}: ${result.failures} failed requests in a run`);
  return result;
}

const database = await benchDatabase();
try {
  console.log('# Account page: GraphQL API vs plain node:http + pg');
  console.log(await machineFacts(database.url));
  console.log(
    `load before start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1/5/15 min); ` +
      `${CONNECTIONS} connections, ${RUNS} runs × ${SECONDS} s per server and case, alternating`,
  );
  console.log(`page order: ${PAGE_ORDER}`);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const accounts = new Map<number, string>();
  for (const count of ORDER_COUNTS) accounts.set(count, await seedAccount(client, count));
  await client.query('ANALYZE');
  await client.end();

  const api = await startApi(database.url, TOKEN);
  const baseline = await startChild(
    new URL('./account-page-baseline.js', import.meta.url),
    { DATABASE_URL: database.url, PAGE_ORDER },
    '/healthz',
  );
  try {
    const ratios = new Map<number, number>();
    for (const count of ORDER_COUNTS) {
      const id = accounts.get(count)!;
      const [fromApi, fromBaseline] = [
        await postGraphql(api.base, TOKEN, QUERY, { id }),
        await postGraphql(baseline.base, TOKEN, QUERY, { id }),
      ];
      // The stack's floor answers the API's own answer from memory.
      const pageJson = path.join(mkdtempSync(path.join(os.tmpdir(), 'page-')), 'page.json');
      writeFileSync(pageJson, JSON.stringify((fromApi as { data: unknown }).data));
      const floor = await startChild(
        new URL('./account-page-floor.js', import.meta.url),
        { PAGE_JSON: pageJson, NODE_ENV: 'production' },
        '/healthz',
      );
      const fromFloor = await postGraphql(floor.base, TOKEN, QUERY, { id });
      const difference =
        firstDifference(fromApi, fromBaseline) ?? firstDifference(fromApi, fromFloor);
      console.log(`\n## ${count.toLocaleString('en')} orders`);
      if (difference) {
        console.log(`!!!!!!!! MISMATCH: the two servers answer different JSON at ${difference}`);
        console.log('!!!!!!!! the figures below compare different work');
      } else {
        console.log('same JSON from both servers: yes');
      }
      const body = JSON.stringify({ query: QUERY, variables: { id } });
      const run = (server: ChildServer) =>
        measureCpu(
          server.pid,
          database.url,
          () =>
            loadTest({
              url: `${server.base}/graphql`,
              body,
              headers: { authorization: `Bearer ${TOKEN}` },
              connections: CONNECTIONS,
              seconds: SECONDS,
            }),
          (result) => result.requests,
        );
      // Warm-up: JIT, connection pools, PostgreSQL's caches. V8 compiles the API's hot paths
      // only after thousands of requests (its throughput here climbs for about 10 s of load).
      await loadTest({
        url: `${api.base}/graphql`,
        body,
        headers: { authorization: `Bearer ${TOKEN}` },
        connections: CONNECTIONS,
        seconds: WARMUP_SECONDS,
      });
      await loadTest({
        url: `${baseline.base}/graphql`,
        body,
        headers: { authorization: `Bearer ${TOKEN}` },
        connections: CONNECTIONS,
        seconds: WARMUP_SECONDS,
      });
      await loadTest({
        url: `${floor.base}/graphql`,
        body,
        headers: { authorization: `Bearer ${TOKEN}` },
        connections: CONNECTIONS,
        seconds: WARMUP_SECONDS,
      });
      const project: LoadResult[] = [];
      const plain: LoadResult[] = [];
      const stack: LoadResult[] = [];
      const projectCpu: CpuUse[] = [];
      const plainCpu: CpuUse[] = [];
      for (let i = 0; i < RUNS; i++) {
        const ofApi = await run(api);
        project.push(valid(ofApi.result, 'API'));
        if (ofApi.cpu) projectCpu.push(ofApi.cpu);
        const ofBaseline = await run(baseline);
        plain.push(valid(ofBaseline.result, 'baseline'));
        if (ofBaseline.cpu) plainCpu.push(ofBaseline.cpu);
        stack.push(valid((await run(floor)).result, 'stack floor'));
      }
      await floor.stop();
      const projectRps = summarize(project.map((r) => r.requestsPerSecond));
      const plainRps = summarize(plain.map((r) => r.requestsPerSecond));
      ratios.set(count, projectRps.median / plainRps.median);
      console.log(ratioLine('throughput', projectRps, plainRps, 'req/s', '≥ 0.5×'));
      console.log(
        ratioLine(
          'throughput of the stack alone (Express + Apollo Server + graphql-js answering this page from memory: no sign-in, no SQL) against the plain server',
          summarize(stack.map((r) => r.requestsPerSecond)),
          plainRps,
          'req/s',
        ),
      );
      console.log(
        ratioLine(
          'p99 latency',
          summarize(project.map((r) => r.p99Ms)),
          summarize(plain.map((r) => r.p99Ms)),
          'ms',
          '≤ 3×',
        ),
      );
      if (projectCpu.length > 0 && plainCpu.length > 0) {
        console.log(
          ratioLine(
            'CPU per request, server process',
            summarize(projectCpu.map((c) => c.serverMsPerRequest)),
            summarize(plainCpu.map((c) => c.serverMsPerRequest)),
            'ms',
          ),
        );
        const postgres = (cpu: CpuUse[]) =>
          cpu.flatMap((c) => (c.postgresMsPerRequest === null ? [] : [c.postgresMsPerRequest]));
        if (postgres(projectCpu).length > 0 && postgres(plainCpu).length > 0)
          console.log(
            ratioLine(
              'CPU per request, PostgreSQL',
              summarize(postgres(projectCpu)),
              summarize(postgres(plainCpu)),
              'ms',
            ),
          );
      }
    }
    const small = ratios.get(ORDER_COUNTS[0]!)!;
    const large = ratios.get(ORDER_COUNTS.at(-1)!)!;
    console.log(
      `\n## Scaling\nthroughput ratio at 10,000 orders / at 10 orders: ${formatRatio(large / small)} (target ≥ 0.9)`,
    );
  } finally {
    await api.stop();
    await baseline.stop();
  }
} finally {
  await database.stop();
}

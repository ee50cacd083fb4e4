/**
 * SQL statements per request of a nested accounts page (subscriptions and a page of orders
 * with their lines under each account) at 10, 50 and 100 accounts, counted by the API's query
 * logger. A page without N+1 takes the same count at any size.
 */
import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { createServer } from '../server.js';
import { abbreviateSql, benchDatabase, machineFacts, postGraphql } from './kit.js';

const TOKEN = 'bench-operator-token';
const SIZES = [10, 50, 100];
const TARGET = 6;

const PAGE = `query Accounts($first: Int!) {
  accounts(first: $first) {
    edges { node {
      id name
      subscriptions { id status }
      orders(first: 5) { edges { node { id lines { amount { amount } } } } }
    } }
  }
}`;

/** 100 accounts of two subscriptions and eight orders of 1–2 lines each, inserted by SQL. */
async function seed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO accounts (name) SELECT 'Bench account ' || g FROM generate_series(1, 100) g`,
    );
    await client.query(
      `INSERT INTO subscriptions (account_id, product_code, plan_code, seats, status, opened_on)
       SELECT a.id, 'QIDIAN', 'SEATS', 5, 'PENDING_ACTIVATION', DATE '2026-01-05'
         FROM accounts a CROSS JOIN generate_series(1, 2)`,
    );
    await client.query(
      `INSERT INTO orders (account_id, kind, status, total, paid, order_date, explanation, rules)
       SELECT a.id, 'VALUE_ADDED', 'FULFILLED', 100000, 100000, DATE '2026-01-05', 'Bench order', ARRAY['R-PAY-2']
         FROM accounts a CROSS JOIN generate_series(1, 8)`,
    );
    await client.query(
      `INSERT INTO order_lines (order_id, position, description, quantity, months, unit_price, amount, rules)
       SELECT o.id, p, 'Bench line ' || p, 1, 12, 50000, 50000, ARRAY['R-SEAT-3']
         FROM orders o CROSS JOIN generate_series(1, 1 + (o.seq % 2)::int) p`,
    );
  } finally {
    await client.end();
  }
}

const database = await benchDatabase();
try {
  console.log('# SQL statements per request: nested accounts page');
  console.log(await machineFacts(database.url));
  await seed(database.url);
  let statements: string[] | null = null;
  const db = await createDataSource(database.url, {
    logQueries: (sql) => statements?.push(sql),
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
    // The per-process catalog cache is read once: warm it so every size counts the same work.
    await postGraphql(base, TOKEN, PAGE, { first: 1 });
    const counts: number[] = [];
    let largest: string[] = [];
    for (const first of SIZES) {
      statements = [];
      const result = (await postGraphql(base, TOKEN, PAGE, { first })) as {
        data?: { accounts: { edges: unknown[] } };
        errors?: unknown[];
      };
      const count = statements.length;
      largest = statements;
      statements = null;
      if (result.errors || result.data?.accounts.edges.length !== first)
        console.log(
          `!!!!!!!! ${first} accounts: the page failed: ${JSON.stringify(result.errors)}`,
        );
      counts.push(count);
      console.log(`${String(first).padStart(3)} accounts: ${count} statements`);
    }
    const constant = counts.every((count) => count === counts[0]);
    console.log(
      `constant across sizes: ${constant ? 'yes' : 'NO'}; most: ${Math.max(...counts)} ` +
        `(target: constant and ≤ ${TARGET})`,
    );
    console.log(`the statements at ${SIZES.at(-1)} accounts:`);
    for (const sql of largest) console.log(`  ${abbreviateSql(sql)}`);
  } finally {
    await close();
    await server.stop();
    await db.destroy();
  }
} finally {
  await database.stop();
}

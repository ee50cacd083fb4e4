import { businessDateAt, startOfBusinessDate } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { inTransaction } from '../src/db/due-scope.js';
import { SandboxGateway } from '../src/modules/payments/payment-gateway.js';
import { runDueWork } from '../src/modules/scheduler/due-work.js';
import { Scheduler } from '../src/modules/scheduler/scheduler.js';
import { accountAt, localId } from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

let api: Harness;
let logged: DataSource;
let statements: Array<{ sql: string; parameters: readonly unknown[] }> = [];
beforeAll(async () => {
  api = await startHarness();
  logged = await createDataSource(inject('databaseUrl'), {
    logQueries: (sql, parameters) => statements.push({ sql, parameters }),
  }).initialize();
});
afterAll(async () => {
  await logged.destroy();
  await api.close();
});

/** The batch claims a run sent: the statements that lock a LIMITed batch of due rows. */
const claims = () =>
  statements.filter(({ sql }) => /\bLIMIT \$2\b/.test(sql) && /\bFOR UPDATE OF\b/.test(sql));

/**
 * The plan of a claim when the planner may neither scan a whole table nor sort: it must read
 * its batch straight off a due index, in the index's order, from the cursor on — so the cost of
 * a batch does not grow with the rows already handled or with the rest of the table. (With
 * enable_* off a plan that needs a sort or a full scan still comes out, just costed high: the
 * plan text shows it.)
 */
async function plan(sql: string, parameters: unknown[]): Promise<string> {
  return logged.transaction(async (tx) => {
    await tx.query(`SET LOCAL enable_seqscan = off`);
    await tx.query(`SET LOCAL enable_sort = off`);
    await tx.query(`SET LOCAL enable_incremental_sort = off`);
    const rows: Array<{ 'QUERY PLAN': string }> = await tx.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

const EXPECTED = [
  'termination_notices_due_seq',
  'subscriptions_due_grace',
  'subscriptions_due_recycle',
  'subscriptions_due_sunset',
  'subscriptions_due_reminder',
  'refunds_due_payout',
  'postpaid_bills_due',
];

async function expectIndexedClaims(): Promise<void> {
  const sent = claims();
  const used: string[] = [];
  for (const { sql, parameters } of sent) {
    const text = await plan(sql, [...parameters]);
    expect(text, text).not.toMatch(
      /\bSort\b|Seq Scan on (subscriptions|refunds|postpaid_bills|termination_notices)\b/,
    );
    const index = EXPECTED.find((name) => text.includes(` using ${name} `));
    expect(index, text).toBeDefined();
    used.push(index!);
  }
  expect(new Set(used)).toEqual(new Set(EXPECTED));
}

describe('due batches find their rows through the due indexes', () => {
  it('the real-time run: every claim reads a due index in order after its cursor, never the whole scope and never a sort', async () => {
    statements = [];
    await new Scheduler(logged, new SandboxGateway(), { intervalMs: 0 }).tick();
    await expectIndexedClaims();
  });

  it('a test-clock advance: the same, scoped by the clock (test_clock_id = $clock), not by a list of accounts', async () => {
    const { clockId } = await accountAt(api, '2021-03-01');
    const clock = localId(clockId);
    const today = businessDateAt(Date.now());
    statements = [];
    await logged.transaction((tx) =>
      runDueWork(
        inTransaction(tx, { testClockId: clock }),
        new SandboxGateway(),
        today,
        new Date(startOfBusinessDate(today)),
      ),
    );
    await expectIndexedClaims();
    for (const { sql, parameters } of claims()) {
      expect(parameters).toContain(clock);
      expect(sql).not.toMatch(/ANY\(/);
    }
  });
});

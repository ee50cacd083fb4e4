import type { DataSource, EntityManager } from 'typeorm';

/**
 * Which rows a run of time-driven work covers:
 * - `realTime`: every account living at the real time (no test clock) — the scheduler's run;
 * - `testClockId`: the accounts of one test clock — its advance, which already holds their locks;
 * - `accountIds`: given accounts (one account's on-demand late-fee assessment, tests).
 */
export type DueScope =
  | { readonly realTime: true }
  | { readonly testClockId: string }
  | { readonly accountIds: readonly string[] };

/**
 * Rows claimed per batch. Big enough that a batch's few statements cost little per row, small
 * enough that a batch transaction holds its locks for well under a second.
 */
export const DUE_BATCH_SIZE = 2_000;

/**
 * Where a step's batches run. The real-time scheduler commits each batch in its own short
 * transaction, so several API processes share one run (SKIP LOCKED) and a process that dies
 * loses at most its uncommitted batch, which the next run does again (a handled row no longer
 * matches its due predicate). A test-clock advance is one mutation that must be atomic: its
 * batches all run inside the advance's transaction.
 */
export interface DueRun {
  readonly scope: DueScope;
  readonly batchSize: number;
  batch<T>(step: string, work: (tx: EntityManager) => Promise<{ rows: number } & T>): Promise<T>;
}

/** Called inside each batch's transaction once its work is done, before it commits. */
export type AfterBatch = (
  tx: EntityManager,
  batch: { step: string; rows: number },
) => Promise<void>;

/** Every batch inside the caller's transaction (a test-clock advance, a single account). */
export function inTransaction(
  tx: EntityManager,
  scope: DueScope,
  batchSize = DUE_BATCH_SIZE,
): DueRun {
  return { scope, batchSize, batch: (_step, work) => work(tx) };
}

/** Each batch in its own transaction (the real-time scheduler). */
export function batchTransactions(
  db: DataSource,
  scope: DueScope,
  options: { batchSize?: number; afterBatch?: AfterBatch } = {},
): DueRun {
  return {
    scope,
    batchSize: options.batchSize ?? DUE_BATCH_SIZE,
    batch: (step, work) =>
      db.transaction(async (tx) => {
        const result = await work(tx);
        if (options.afterBatch && result.rows > 0)
          await options.afterBatch(tx, { step, rows: result.rows });
        return result;
      }),
  };
}

/** A keyset position: the due date and seq of the last row a batch claimed. */
export interface Cursor {
  readonly on: string;
  readonly seq: string;
}
export const START: Cursor = { on: '-infinity', seq: '0' };

/**
 * The SQL pieces that restrict a statement on a table without its own `test_clock_id`
 * (refunds, postpaid bills, termination notices) to a scope, through the joined `accounts`
 * row `accounts`; `param` is the number of the scope's parameter (if it takes one).
 *
 * - Real time: rows of an account a request is working on right now (it holds the account
 *   lock, `withAccountLock`) are skipped and picked up by the next run (`SKIP LOCKED`); two
 *   scheduler processes never take the same rows either.
 * - Test clock and given accounts: the caller already holds the accounts' locks, so rows are
 *   locked and waited for (`FOR UPDATE OF <rows>`).
 */
export function scopeSql(
  scope: DueScope,
  accounts: string,
  param: number,
): { where: string; params: unknown[]; lock: (rows: string) => string } {
  if ('realTime' in scope) {
    return {
      where: `${accounts}.test_clock_id IS NULL`,
      params: [],
      lock: (rows) => `FOR UPDATE OF ${rows}, ${accounts} SKIP LOCKED`,
    };
  }
  if ('testClockId' in scope) {
    return {
      where: `${accounts}.test_clock_id = $${param}::uuid`,
      params: [scope.testClockId],
      lock: (rows) => `FOR UPDATE OF ${rows}`,
    };
  }
  return {
    where: `${accounts}.id = ANY($${param}::uuid[])`,
    params: [[...scope.accountIds]],
    lock: (rows) => `FOR UPDATE OF ${rows}`,
  };
}

/**
 * The same for subscriptions (alias `subs`), which carry their account's clock: the scope is a
 * range of the due indexes (`test_clock_id IS NULL` or `= $clock`), never a join to accounts.
 * The real-time run still joins the account row (`accounts`) to skip the accounts a request is
 * working on; `join` is that join ('' otherwise). It takes the account in KEY SHARE, not FOR
 * UPDATE: that conflicts with the request's FOR UPDATE (so its rows are skipped, and a request
 * starting now waits for the short batch), but not with another scheduler process holding the
 * same account for its own rows. Subscription transitions move no money, and with an
 * exclusive account lock two processes would skip each other's accounts' remaining rows and
 * leave them to the next run.
 */
export function subscriptionScopeSql(
  scope: DueScope,
  subs: string,
  accounts: string,
  param: number,
): { where: string; join: string; params: unknown[]; lock: (rows: string) => string } {
  if ('realTime' in scope) {
    return {
      where: `${subs}.test_clock_id IS NULL`,
      join: `JOIN accounts ${accounts} ON ${accounts}.id = ${subs}.account_id`,
      params: [],
      lock: (rows) => `FOR UPDATE OF ${rows} SKIP LOCKED FOR KEY SHARE OF ${accounts} SKIP LOCKED`,
    };
  }
  if ('testClockId' in scope) {
    return {
      where: `${subs}.test_clock_id = $${param}::uuid`,
      join: '',
      params: [scope.testClockId],
      lock: (rows) => `FOR UPDATE OF ${rows}`,
    };
  }
  return {
    where: `${subs}.account_id = ANY($${param}::uuid[])`,
    join: '',
    params: [[...scope.accountIds]],
    lock: (rows) => `FOR UPDATE OF ${rows}`,
  };
}

/**
 * The rows of an `UPDATE … RETURNING` sent through `EntityManager.query`, which answers
 * UPDATE and DELETE statements with `[rows, rowCount]` (and anything else with the rows).
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}

/**
 * Drives one step's keyset batches: each batch claims due rows after `cursor` (the last row the
 * previous batch claimed), so no batch reads again what an earlier one handled or passed over
 * (rows locked by someone else are left to the next run). Stops at the first short batch.
 * Returns the sum of what the batches counted.
 */
export async function forEachBatch(
  run: DueRun,
  step: string,
  work: (
    tx: EntityManager,
    after: Cursor,
  ) => Promise<{ rows: number; last: Cursor | null; counted: number }>,
): Promise<number> {
  let cursor = START;
  let total = 0;
  for (;;) {
    const { rows, last, counted } = await run.batch(step, (tx) => work(tx, cursor));
    total += counted;
    if (rows < run.batchSize || !last) return total;
    cursor = last;
  }
}

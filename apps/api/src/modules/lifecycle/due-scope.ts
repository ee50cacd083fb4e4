/**
 * Which accounts a run of time-driven work covers: the accounts of one test clock (their
 * rows are already locked by the clock advance), or every account living at the real time.
 */
export type DueScope = { readonly accountIds: readonly string[] } | { readonly realTime: true };

/** Rows handled per statement; a run loops until nothing more is due. */
export const DUE_BATCH_SIZE = 500;

/**
 * The SQL pieces that restrict a statement to a scope. `accounts` is the alias of the joined
 * `accounts` row, `param` the number of the scope's parameter (if it takes one).
 *
 * - Test clock: the advance already holds the accounts' row locks, so rows are locked and
 *   waited for (`FOR UPDATE OF <rows>`).
 * - Real time: rows of an account a request is working on right now (it holds the account
 *   lock, `withAccountLock`) are skipped and picked up by the next run (`SKIP LOCKED`); two
 *   scheduler processes never take the same rows either.
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
  return {
    where: `${accounts}.id = ANY($${param}::uuid[])`,
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

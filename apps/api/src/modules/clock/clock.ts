import { AsyncLocalStorage } from 'node:async_hooks';
import { businessDateAt, type BusinessDate } from '@billing/domain';
import type { Queryable } from '../../db/queryable.js';

/** "Now" for an account: its test clock's frozen time, or the real time. */
export interface Now {
  readonly instant: Date;
  /** The Asia/Shanghai business date of `instant` (R-TIME-1). */
  readonly today: BusinessDate;
  readonly testClockId: string | null;
}

export function nowAt(instant: Date, testClockId: string | null = null): Now {
  return { instant, today: businessDateAt(instant.getTime()), testClockId };
}

/**
 * The instant live accounts are at while `asOfInstant` runs: only the demo data loader
 * (`src/db/demo-data.ts`) sets it, in-process, to replay a history of past months through the
 * product's own operations. No request can set it.
 */
const replayedInstant = new AsyncLocalStorage<Date>();

/** Runs `work` with live accounts' "now" at `instant` (the demo data loader's history). */
export function asOfInstant<T>(instant: Date, work: () => Promise<T>): Promise<T> {
  return replayedInstant.run(instant, work);
}

export function realNow(): Now {
  return nowAt(replayedInstant.getStore() ?? new Date());
}

/** Reads the account's clock (inside the caller's transaction when given one). */
export async function nowForAccount(db: Queryable, accountId: string): Promise<Now> {
  const rows: Array<{ test_clock_id: string | null; frozen_at: Date | null }> = await db.query(
    `SELECT a.test_clock_id, tc.frozen_at
       FROM accounts a LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id
      WHERE a.id = $1`,
    [accountId],
  );
  return nowOfClock(rows[0]?.test_clock_id ?? null, rows[0]?.frozen_at ?? null);
}

/** "Now" given the account's test clock and its frozen time, as read with other rows. */
export function nowOfClock(testClockId: string | null, frozenAt: Date | null): Now {
  if (testClockId && frozenAt) return nowAt(frozenAt, testClockId);
  return realNow();
}

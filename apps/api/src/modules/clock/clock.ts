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

export function realNow(): Now {
  return nowAt(new Date());
}

/** Reads the account's clock (inside the caller's transaction when given one). */
export async function nowForAccount(db: Queryable, accountId: string): Promise<Now> {
  const rows: Array<{ test_clock_id: string | null; frozen_at: Date | null }> = await db.query(
    `SELECT a.test_clock_id, tc.frozen_at
       FROM accounts a LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id
      WHERE a.id = $1`,
    [accountId],
  );
  const row = rows[0];
  if (row?.test_clock_id && row.frozen_at) return nowAt(row.frozen_at, row.test_clock_id);
  return realNow();
}

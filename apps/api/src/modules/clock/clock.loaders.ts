import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/batch.js';
import { nowAt, realNow, type Now } from './clock.js';
import { TestClockEntity } from './test-clock.entity.js';

/** Per-request loaders of the clock module. */
export function clockLoaders(db: DataSource) {
  return {
    /** "Now" of each account: its test clock, or the real time (read once per request). */
    now: new DataLoader<string, Now>(async (ids) => {
      const rows: Array<{ id: string; test_clock_id: string | null; frozen_at: Date | null }> =
        await db.query(
          `SELECT a.id, a.test_clock_id, tc.frozen_at FROM accounts a
           LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id WHERE a.id = ANY($1)`,
          [[...ids]],
        );
      const real = realNow();
      const map = new Map(
        rows.map((r) => [r.id, r.frozen_at ? nowAt(r.frozen_at, r.test_clock_id) : real]),
      );
      return ids.map((id) => map.get(id) ?? real);
    }),
    testClock: byIdLoader(db, TestClockEntity),
  };
}

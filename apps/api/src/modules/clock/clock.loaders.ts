import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/batch.js';
import { nowAt, realNow, type Now } from './clock.js';
import { TestClockEntity } from './test-clock.entity.js';

/** What the clock reads of an account: the test clock it lives at, if any. */
interface AccountOnClock {
  readonly testClockId: string | null;
}

/** Per-request loaders of the clock module; "now" reads through the request's account loader. */
export function clockLoaders(
  db: DataSource,
  account: Pick<DataLoader<string, AccountOnClock | null>, 'loadMany'>,
) {
  const testClock = byIdLoader(db, TestClockEntity);
  return {
    /**
     * "Now" of each account: its test clock's frozen time, or the real time. The account is
     * usually loaded already, so an account living at the real time costs no statement.
     */
    now: new DataLoader<string, Now>(async (ids) => {
      const real = realNow();
      const accounts = await account.loadMany(ids);
      return Promise.all(
        accounts.map(async (found) => {
          if (found instanceof Error) throw found;
          if (!found?.testClockId) return real;
          const clock = await testClock.load(found.testClockId);
          return clock ? nowAt(clock.frozenAt, clock.id) : real;
        }),
      );
    }),
    testClock,
  };
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../graphql/batch.js';
import { remindersOf, type ReminderRow } from './reminders.js';

/** Per-request loaders of the lifecycle module. */
export function lifecycleLoaders(db: DataSource) {
  return {
    remindersBySubscription: new DataLoader<string, ReminderRow[]>(async (ids) =>
      groupBy(await remindersOf(db, ids), ids, (row) => row.subscription_id),
    ),
  };
}

import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/batch.js';
import { AccountEntity } from './account.entity.js';

/** Per-request loaders of the accounts module. */
export function accountLoaders(db: DataSource) {
  return { account: byIdLoader(db, AccountEntity) };
}

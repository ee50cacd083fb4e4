import { DataSource } from 'typeorm';
import { AccountEntity } from '../modules/accounts/account.entity.js';
import { ApiTokenEntity } from '../modules/auth/api-token.entity.js';
import { AccountsAndTokens1700000000001 } from './migrations/1700000000001-accounts-and-tokens.js';

export const ENTITIES = [AccountEntity, ApiTokenEntity];
export const MIGRATIONS = [AccountsAndTokens1700000000001];

/** Schema changes are migrations run at start-up; never `synchronize`. */
export function createDataSource(url: string, options: { logQueries?: (sql: string) => void } = {}): DataSource {
  const { logQueries } = options;
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 10 },
    logging: false,
    ...(logQueries
      ? {
          logger: {
            logQuery: (sql: string) => logQueries(sql),
            logQueryError: () => {},
            logQuerySlow: () => {},
            logSchemaBuild: () => {},
            logMigration: () => {},
            log: () => {},
          },
          logging: ['query'] as const,
        }
      : {}),
  });
}

export async function openDatabase(url: string): Promise<DataSource> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

export interface TestDatabase {
  /** The new database's URL: DATABASE_URL's server, user and password, another database. */
  readonly url: string;
  drop(): Promise<void>;
}
/** Creates `<prefix>_<random>` (`billing_test_…` unless told) on `serverUrl`'s server. */
export function createTestDatabase(serverUrl: string, prefix?: string): Promise<TestDatabase>;

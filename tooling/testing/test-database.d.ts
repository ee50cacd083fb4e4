export interface TestDatabase {
  /** The new database's URL: DATABASE_URL's server, user and password, another database. */
  readonly url: string;
  drop(): Promise<void>;
}
export function createTestDatabase(serverUrl: string): Promise<TestDatabase>;

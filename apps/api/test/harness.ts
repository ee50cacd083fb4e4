import { createTestDatabase } from '@billing/tooling/test-database';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../src/config.js';
import { createDataSource, openDatabase } from '../src/db/data-source.js';
import { createServer, type BillingServer } from '../src/server.js';
import { graphQLErrorsProblems, userErrorsProblems } from './user-message-check.js';

export const OPERATOR_TOKEN = 'test-operator-token';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

export interface Harness {
  url: string;
  db: DataSource;
  /** The API itself (for in-process work such as loading the demo data). */
  server: BillingServer;
  /** Sends a real GraphQL request over HTTP. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Sees every SQL statement the API's data source sends, with its parameters (e.g. to count
   * them per request, or to EXPLAIN them).
   */
  logQueries?: (sql: string, parameters: readonly unknown[]) => void;
  /** Overrides of the configuration (e.g. `requestTimeoutMs`, `logRequests`). */
  config?: Partial<Config>;
  /** A migrated database of its own (default: the test run's shared one). */
  databaseUrl?: string;
}

/** A real API on a random port against the test run's real PostgreSQL. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const db = await createDataSource(options.databaseUrl ?? inject('databaseUrl'), {
    logQueries: options.logQueries,
  }).initialize();
  const config = {
    // Tests send requests as fast as they can: never throttled here (rate-limit.test.ts turns
    // the limits on through `config`).
    ...loadConfig({
      BILLING_BOOTSTRAP_TOKEN: OPERATOR_TOKEN,
      LOG_REQUESTS: '0',
      RATE_LIMIT_PER_TOKEN: '0',
      RATE_LIMIT_PER_ADDRESS: '0',
    }),
    bootstrapToken: OPERATOR_TOKEN,
    ...options.config,
  };
  const server = await createServer({ db, config });
  const { url, close } = await server.listen(0, '127.0.0.1');
  return {
    url,
    db,
    server,
    async gql(query, variables = {}, token = OPERATOR_TOKEN) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      // Every user error (and sign-in or role error) a test sees meets the message standard.
      const problems = [...userErrorsProblems(body.data), ...graphQLErrorsProblems(body.errors)];
      if (problems.length > 0) {
        throw new Error(`User-facing messages fall short:\n${problems.join('\n')}`);
      }
      return { status: response.status, ...body } as GraphQLResponse<any>;
    },
    async close() {
      await close();
      await server.stop();
      await db.destroy();
    },
  };
}

/**
 * A real API on a migrated database of its own, which `close` drops: for a test that seeds many
 * rows, or whose rows must not meet other test files' (the run's shared database is the
 * default).
 */
export async function startHarnessOnOwnDatabase(
  options: Omit<HarnessOptions, 'databaseUrl'> = {},
): Promise<Harness> {
  const database = await createTestDatabase(inject('databaseUrl'));
  await (await openDatabase(database.url)).destroy();
  const harness = await startHarness({ ...options, databaseUrl: database.url });
  return {
    ...harness,
    async close() {
      await harness.close();
      await database.drop();
    },
  };
}

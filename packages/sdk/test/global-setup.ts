// Starts the BUILT API (apps/api/dist/main.js) on a throw-away database, as another
// team's service would run it, and hands its URL and an operator token to the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@billing/tooling/test-database';
import type { TestProject } from 'vitest/node';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const main = path.join(repoRoot, 'apps/api/dist/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url: string, api: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (api.exitCode !== null || Date.now() > deadline)
      throw new Error(`The API did not start:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(main)) {
    throw new Error(
      'apps/api/dist/main.js is missing: run `pnpm --filter @billing/domain build && pnpm --filter @billing/api build`',
    );
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'billing-sdk-test-'));
  const port = await freePort();
  const token = `sdk-test-${process.pid}-${Date.now()}`;
  // A fresh database: on DATABASE_URL's server when it is set, else a throw-away embedded one.
  const { DATABASE_URL: external, ...env } = process.env;
  const database = external ? await createTestDatabase(external) : null;
  const api = spawn(process.execPath, [main], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      ...(database ? { DATABASE_URL: database.url } : {}),
      BILLING_BOOTSTRAP_TOKEN: token,
      LOG_REQUESTS: '0',
      DEMO_DATA: '0',
      // The SDK's tests send requests as fast as they can: never throttled.
      RATE_LIMIT_PER_TOKEN: '0',
      RATE_LIMIT_PER_ADDRESS: '0',
      // Webhook endpoints on 127.0.0.1: the tests' receivers.
      WEBHOOK_ALLOW_PRIVATE_URLS: '1',
    },
  });
  let log = '';
  api.stdout!.on('data', (chunk) => (log += chunk));
  api.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
  try {
    await waitUntilHealthy(url, api, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('apiUrl', `${url}/graphql`);
  project.provide('operatorToken', token);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    operatorToken: string;
  }
}

// Browser tests: start the real API (serving the built web client) on a throw-away embedded
// PostgreSQL, then drive Debian's Chromium with playwright-core through node's test runner.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'billing-e2e-'));
const port = 4300 + Math.floor(Math.random() * 500);
const token = `e2e-${Date.now()}`;
const api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(port + 1000),
    BILLING_BOOTSTRAP_TOKEN: token,
    LOG_REQUESTS: '0',
    DEMO_DATA: '0',
    // The browser tests click as fast as they can: never throttled.
    RATE_LIMIT_PER_TOKEN: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
  },
});
let apiLog = '';
api.stdout.on('data', (chunk) => (apiLog += chunk));

function stop(code) {
  api.kill('SIGTERM');
  api.once('exit', () => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  });
  setTimeout(() => process.exit(code), 10_000).unref();
}

const baseUrl = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 90_000;
for (;;) {
  try {
    const response = await fetch(`${baseUrl}/healthz`);
    if (response.ok) break;
  } catch {
    // not up yet
  }
  if (api.exitCode !== null || Date.now() > deadline) {
    console.error(`The API did not start:\n${apiLog}`);
    stop(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}

// E2E_ONLY=live,roles runs the files whose names contain one of those words (all by default).
const only = (process.env.E2E_ONLY ?? '').split(',').filter(Boolean);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .map((name) => path.join(here, name));
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_TOKEN: token, CHROMIUM_PATH: chromium },
});
tests.on('exit', (code) => stop(code ?? 1));

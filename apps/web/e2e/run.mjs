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

/**
 * Starts the built API on a throw-away data folder. The main one gets a known operator token and
 * no demo data (each test file makes its own); the demo one starts as README.md's "Run it" does
 * (the demo data set, the operator token printed once at the first start), for the files that
 * walk the README on it.
 */
async function startApi({ demo }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), demo ? 'billing-e2e-demo-' : 'billing-e2e-'));
  const port = 4300 + Math.floor(Math.random() * 500) + (demo ? 500 : 0);
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(port + 1000),
    LOG_REQUESTS: '0',
    DEMO_DATA: demo ? '1' : '0',
    // The browser tests click as fast as they can: never throttled.
    RATE_LIMIT_PER_TOKEN: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
    // Webhook endpoints of the tests are receivers the test files start on 127.0.0.1.
    WEBHOOK_ALLOW_PRIVATE_URLS: '1',
  };
  if (demo) delete env.BILLING_BOOTSTRAP_TOKEN;
  else env.BILLING_BOOTSTRAP_TOKEN = token;
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  });
  const api = {
    child,
    dataDir,
    log: '',
    url: `http://127.0.0.1:${port}`,
    token: demo ? '' : token,
  };
  child.stdout.on('data', (chunk) => (api.log += chunk));
  apis.push(api);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      const response = await fetch(`${api.url}/healthz`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      console.error(`The API did not start:\n${api.log}`);
      stop(1);
      return new Promise(() => {}); // never: no test runs without its API
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  if (demo) {
    api.token =
      /Operator token \(shown only now, stored as a hash\): (\S+)/.exec(api.log)?.[1] ?? '';
    if (!api.token) {
      console.error(`The demo API printed no operator token:\n${api.log}`);
      stop(1);
      return new Promise(() => {}); // never: no test runs without its API
    }
  }
  return api;
}

const token = `e2e-${Date.now()}`;
const apis = [];

function stop(code) {
  let running = apis.length;
  const done = () => {
    running -= 1;
    if (running > 0) return;
    for (const api of apis) rmSync(api.dataDir, { recursive: true, force: true });
    process.exit(code);
  };
  for (const api of apis) {
    if (api.child.exitCode !== null) done();
    else {
      api.child.once('exit', done);
      api.child.kill('SIGTERM');
    }
  }
  if (apis.length === 0) process.exit(code);
  setTimeout(() => process.exit(code), 10_000).unref();
}

// E2E_ONLY=live,roles runs the files whose names contain one of those words (all by default).
const only = (process.env.E2E_ONLY ?? '').split(',').filter(Boolean);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)));
// The files that walk README.md on the demo data set, as a new user starts it.
const DEMO_FILES = ['tour.e2e.mjs'];
const main = await startApi({ demo: false });
const demo = files.some((name) => DEMO_FILES.includes(name))
  ? await startApi({ demo: true })
  : null;
const tests = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', ...files.map((name) => path.join(here, name))],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_BASE_URL: main.url,
      E2E_TOKEN: main.token,
      ...(demo ? { E2E_DEMO_URL: demo.url, E2E_DEMO_TOKEN: demo.token } : {}),
      CHROMIUM_PATH: chromium,
    },
  },
);
tests.on('exit', (code) => stop(code ?? 1));

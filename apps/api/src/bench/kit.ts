/**
 * What every API benchmark shares: a throw-away migrated database, the machine facts printed
 * with each figure, and min/median/max over several runs. Benchmarks print figures and ratios
 * against a baseline measured in the same run; nothing here asserts a time.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createTestDatabase } from '@billing/tooling/test-database';
import pg from 'pg';
import { openDatabase } from '../db/data-source.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

export interface BenchDatabase {
  /** A connection string to a fresh, migrated database. */
  readonly url: string;
  /** Drops the database (or stops the embedded server) and removes its files. */
  stop(): Promise<void>;
}

/**
 * A fresh migrated database: on `DATABASE_URL`'s server when it is set (created and dropped
 * here), otherwise on an embedded PostgreSQL in a temporary folder.
 */
export async function benchDatabase(): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  let url: string;
  let stop: () => Promise<void>;
  if (external) {
    const database = await createTestDatabase(external, 'billing_bench');
    url = database.url;
    stop = database.drop;
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'billing-bench-pg-'));
    const port = 50_000 + Math.floor(Math.random() * 5_000);
    const database = `billing_bench_${randomBytes(4).toString('hex')}`;
    const embedded = await startEmbeddedPostgres({ dataDir, port, database });
    url = embedded.url;
    stop = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const db = await openDatabase(url);
  await db.destroy();
  return { url, stop };
}

/** Cores, CPU, Node and PostgreSQL versions: printed before any figure. */
export async function machineFacts(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const cpus = os.cpus();
    return [
      `cores: ${os.availableParallelism()} (${cpus[0]?.model.trim() ?? 'unknown CPU'})`,
      `node: ${process.version}`,
      `postgresql: ${rows[0]?.server_version ?? 'unknown'}`,
      `date: ${new Date().toISOString()}`,
    ].join('\n');
  } finally {
    await client.end();
  }
}

export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

/** Min, median and max of several runs' figures. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)! };
}

const fmt = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** `min / median / max unit` of a summary. */
export function formatSummary(summary: Summary, unit: string): string {
  return `${fmt(summary.min)} / ${fmt(summary.median)} / ${fmt(summary.max)} ${unit}`;
}

/** A ratio to two decimals, or two significant digits below 0.1 (so 0.004 does not read 0.00). */
export function formatRatio(ratio: number): string {
  return ratio >= 0.1 || ratio === 0 ? ratio.toFixed(2) : ratio.toPrecision(2);
}

/**
 * One line of a benchmark: the project's figure, the baseline's, and their ratio (of the
 * medians) with the target it is held against, e.g. `ratio 0.72× (target ≥ 0.5×)`.
 */
export function ratioLine(
  label: string,
  project: Summary,
  baseline: Summary,
  unit: string,
  target?: string,
): string {
  const ratio = project.median / baseline.median;
  return [
    label,
    `  project  (min / median / max): ${formatSummary(project, unit)}`,
    `  baseline (min / median / max): ${formatSummary(baseline, unit)}`,
    `  ratio (medians): ${formatRatio(ratio)}×${target ? ` (target ${target})` : ''}`,
  ].join('\n');
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * A Node script of `dist/` as a child process listening on a free port (given as PORT), ready
 * once `readyPath` answers 200. Servers under load run in their own process, so the load
 * generator in this one never shares their event loop.
 */
export async function startChild(
  script: URL,
  env: Record<string, string>,
  readyPath: string,
  nodeArgs: readonly string[] = [],
): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, script.pathname], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${script.pathname} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script.pathname} did not answer ${readyPath} within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The real API (`dist/main.js`, as `pnpm start` runs it) on the database at `url`, with
 * `token` as its operator token: no demo data, no request log, and the real-time scheduler
 * held off for the length of a benchmark.
 */
export function startApi(
  url: string,
  token: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  return startChild(
    new URL('../main.js', import.meta.url),
    {
      DATABASE_URL: url,
      // As a production installation runs it (graphql-js, Express: no development checks).
      NODE_ENV: 'production',
      BILLING_BOOTSTRAP_TOKEN: token,
      LOG_REQUESTS: '0',
      DEMO_DATA: '0',
      SCHEDULER_INTERVAL_MS: String(24 * 3600 * 1000),
      // A benchmark is a flood from one token and one address: never throttled.
      RATE_LIMIT_PER_TOKEN: '0',
      RATE_LIMIT_PER_ADDRESS: '0',
      ...env,
    },
    '/healthz',
    // BENCH_PROFILE=<dir>: the API writes a V8 CPU profile there when it stops.
    process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
  );
}

/**
 * The clients' connections to the servers under test: kept alive and reused, as a load
 * generator's are. `fetch` costs this process about 0.75 ms more per request than `node:http`
 * on the 2-core machine (a `{ __typename }` round trip: 1.49 against 0.72 ms), CPU taken from
 * the server under test and counted in its latency.
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * Posts a GraphQL request over a kept-alive `node:http` connection and returns the parsed body:
 * how every benchmark talks to a server (the payment benchmarks measure the API with it).
 */
export function postGraphql<T = { data?: unknown; errors?: unknown[] }>(
  base: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = JSON.stringify({ query, variables });
  const url = new URL('/graphql', base);
  return new Promise<T>((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: keepAlive,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  /** Requests answered in the run. */
  readonly requests: number;
  /** Connection errors, timeouts and non-2xx answers: a run with any is not a valid figure. */
  readonly failures: number;
}

/** `connections` clients sending the same POST for `seconds` (autocannon). */
export async function loadTest(options: {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** Where two JSON values first differ (`null` when equal), for a loud mismatch report. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array ≠ object`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const difference = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}.${key}`,
    );
    if (difference) return difference;
  }
  return null;
}

/**
 * A statement on one line, its select list and long IN lists elided: what it reads and how is
 * what matters.
 */
export function abbreviateSql(sql: string, width = 160): string {
  const line = sql
    .replace(/\s+/g, ' ')
    .replace(/^SELECT (?!.* FROM \().*? FROM /, 'SELECT … FROM ')
    .replace(
      /\((\$\d+)(?:, \$\d+)+\)/g,
      (list, first: string) => `(${first}, … ${list.split(',').length} values)`,
    );
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds (user + system) a process has used so far; null where /proc is missing. */
async function cpuMsOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The pids of the PostgreSQL backends connected to the database at `url`, this one excepted. */
async function backendPids(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

/** CPU milliseconds the given processes have used so far; null if any cannot be read here. */
async function cpuMsOfAll(pids: readonly number[]): Promise<number | null> {
  let total = 0;
  for (const pid of pids) {
    const ms = await cpuMsOf(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

export interface CpuUse {
  /** CPU milliseconds of the server process per request. */
  readonly serverMsPerRequest: number;
  /**
   * CPU milliseconds per request of the PostgreSQL backends serving the database (those open
   * at the start or the end of the run; the server's pool keeps them); null when PostgreSQL
   * runs on another machine.
   */
  readonly postgresMsPerRequest: number | null;
}

/**
 * Runs `work` (which answers how many requests it made) and reports the CPU the server process
 * and PostgreSQL spent per request: a figure that holds on a busy machine, where throughput
 * does not. null where /proc is missing.
 */
export async function measureCpu<T>(
  serverPid: number,
  databaseUrl: string,
  work: () => Promise<T>,
  requests: (result: T) => number,
): Promise<{ result: T; cpu: CpuUse | null }> {
  const before = await backendPids(databaseUrl);
  const [server0, postgres0] = [await cpuMsOf(serverPid), await cpuMsOfAll(before)];
  const result = await work();
  const after = (await backendPids(databaseUrl)).filter((pid) => !before.includes(pid));
  const [server1, postgres1, added] = [
    await cpuMsOf(serverPid),
    await cpuMsOfAll(before),
    await cpuMsOfAll(after),
  ];
  const count = requests(result);
  if (server0 === null || server1 === null || !count) return { result, cpu: null };
  const postgres =
    postgres0 === null || postgres1 === null || added === null
      ? null
      : (postgres1 - postgres0 + added) / count;
  return {
    result,
    cpu: { serverMsPerRequest: (server1 - server0) / count, postgresMsPerRequest: postgres },
  };
}

import path from 'node:path';
import { parseMoney } from '@billing/domain';
import { fileURLToPath } from 'node:url';

/** The repository root, two levels above apps/api/{src,dist}. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Config {
  readonly port: number;
  /** An existing PostgreSQL; without it an embedded PostgreSQL is started under dataDir. */
  readonly databaseUrl: string | undefined;
  /** A role that owns the schema, to run the migrations with; the service then needs only row rights. */
  readonly migrationsDatabaseUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  /** A bearer token that acts as an operator (first credentials of a fresh installation). */
  readonly bootstrapToken: string | undefined;
  /** Built web client to serve at `/` (apps/web/dist), when present. */
  readonly webDist: string;
  /** Load the small demo data set at start-up when the database has no accounts. */
  readonly demoData: boolean;
  readonly logRequests: boolean;
  /** Milliseconds a GraphQL request may take before it is cut off. */
  readonly requestTimeoutMs: number;
  /** The largest amount (fen) one request may move: a top-up, a payment, a price, a bill line. */
  readonly maxAmountFen: number;
  /** Send Strict-Transport-Security (only behind TLS). */
  readonly hsts: boolean;
  /** A bearer token for Prometheus to scrape `/metrics` with (operators' tokens work too). */
  readonly metricsToken: string | undefined;
  /** Introspection for everyone (a public playground), not only signed-in operators. */
  readonly publicIntrospection: boolean;
  /** Requests one API token may send per window (0: no limit per token). */
  readonly rateLimitPerToken: number;
  /** Requests one client address may send per window, signed in or not (0: no limit per address). */
  readonly rateLimitPerAddress: number;
  /** The length of a rate-limit window in seconds. */
  readonly rateLimitWindowSeconds: number;
  /**
   * Remember signed-in tokens for up to a minute, forgotten at once when a token changes
   * (announced by PostgreSQL's NOTIFY): one statement less per request. Off with SIGN_IN_CACHE=0,
   * e.g. behind a connection pooler that does not pass LISTEN through.
   */
  readonly signInCache: boolean;
  /**
   * Run queries as code compiled for each one (graphql/compiled-execution.ts) instead of
   * interpreting them field by field; off with COMPILED_QUERIES=0 (graphql-js answers all).
   */
  readonly compiledQueries: boolean;
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client's address
   * (false: the connection's own address).
   */
  readonly trustProxy: boolean | number | string;
  /** Sending billing events to webhook endpoints. */
  readonly webhooks: WebhookSettings;
}

export interface WebhookSettings {
  /**
   * Whether this process sends webhooks (`WEBHOOK_WORKER`, default on). Every process that does
   * shares the work through the job queue in PostgreSQL.
   */
  readonly worker: boolean;
  /**
   * Endpoints may be loopback, link-local or private addresses (`WEBHOOK_ALLOW_PRIVATE_URLS=1`:
   * development, a receiver on the same machine). Off by default.
   */
  readonly allowPrivateUrls: boolean;
  /** How long one request may take before it counts as failed (`WEBHOOK_TIMEOUT_MS`, 10 s). */
  readonly timeoutMs: number;
  /** The first retry's delay, doubled for each further one (`WEBHOOK_RETRY_BASE_SECONDS`, 30). */
  readonly retryBaseSeconds: number;
  /**
   * How long a delivery is retried before it is marked failed (`WEBHOOK_RETRY_HOURS`, 72): the
   * number of retries is the fewest whose doubling delays add up to this.
   */
  readonly retryHours: number;
  /**
   * An endpoint whose deliveries have failed without a success for this long is disabled, and
   * the audit trail says so (`WEBHOOK_DISABLE_AFTER_HOURS`, 72; 0 never disables).
   */
  readonly disableAfterHours: number;
  /** How often new deliveries are handed to the queue (`WEBHOOK_DISPATCH_INTERVAL_MS`, 1000). */
  readonly dispatchIntervalMs: number;
  /** Streams one process sends at once (`WEBHOOK_CONCURRENCY`, 4). */
  readonly concurrency: number;
  /**
   * How often an idle sender looks for due work (`WEBHOOK_POLL_SECONDS`, 2; at least 0.5); new
   * events wake the senders of the process that hands them over at once.
   */
  readonly pollSeconds: number;
  /**
   * After this long a job whose process stopped answering is handed to another
   * (`WEBHOOK_JOB_EXPIRE_SECONDS`, 900): what it was sending is sent again.
   */
  readonly jobExpireSeconds: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

function positiveIntFrom(value: string | undefined, fallback: number, name: string): number {
  const parsed = intFrom(value, fallback, name);
  if (parsed === 0) throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return parsed;
}

function amountFrom(value: string | undefined, fallback: string, name: string): number {
  const text = value === undefined || value === '' ? fallback : value;
  try {
    const fen = parseMoney(text);
    if (fen > 0) return fen;
  } catch {
    // said below
  }
  throw new Error(`${name} must be an amount in yuan above 0 with two decimals, got "${text}"`);
}

function trustProxyFrom(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === 'true') return true;
  // A hop count ("1": the nearest proxy) or Express's list of trusted addresses and subnets.
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 4000, 'PORT'),
    databaseUrl: env.DATABASE_URL || undefined,
    migrationsDatabaseUrl: env.MIGRATIONS_DATABASE_URL || undefined,
    dataDir: path.resolve(REPO_ROOT, env.DATA_DIR || '.data'),
    embeddedPostgresPort: intFrom(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT'),
    bootstrapToken: env.BILLING_BOOTSTRAP_TOKEN || undefined,
    webDist: path.resolve(REPO_ROOT, env.WEB_DIST || 'apps/web/dist'),
    demoData: env.DEMO_DATA === '1' || env.DEMO_DATA === 'true',
    logRequests: env.LOG_REQUESTS !== '0',
    requestTimeoutMs: intFrom(env.REQUEST_TIMEOUT_MS, 15_000, 'REQUEST_TIMEOUT_MS'),
    maxAmountFen: amountFrom(env.MAX_AMOUNT, '10000000.00', 'MAX_AMOUNT'),
    hsts: env.HSTS === '1' || env.HSTS === 'true',
    metricsToken: env.METRICS_TOKEN || undefined,
    publicIntrospection: env.PUBLIC_INTROSPECTION === '1' || env.PUBLIC_INTROSPECTION === 'true',
    rateLimitPerToken: intFrom(env.RATE_LIMIT_PER_TOKEN, 600, 'RATE_LIMIT_PER_TOKEN'),
    rateLimitPerAddress: intFrom(env.RATE_LIMIT_PER_ADDRESS, 1200, 'RATE_LIMIT_PER_ADDRESS'),
    signInCache: env.SIGN_IN_CACHE !== '0' && env.SIGN_IN_CACHE !== 'false',
    compiledQueries: env.COMPILED_QUERIES !== '0' && env.COMPILED_QUERIES !== 'false',
    rateLimitWindowSeconds: positiveIntFrom(
      env.RATE_LIMIT_WINDOW_SECONDS,
      60,
      'RATE_LIMIT_WINDOW_SECONDS',
    ),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    webhooks: {
      worker: env.WEBHOOK_WORKER !== '0' && env.WEBHOOK_WORKER !== 'false',
      allowPrivateUrls:
        env.WEBHOOK_ALLOW_PRIVATE_URLS === '1' || env.WEBHOOK_ALLOW_PRIVATE_URLS === 'true',
      timeoutMs: positiveIntFrom(env.WEBHOOK_TIMEOUT_MS, 10_000, 'WEBHOOK_TIMEOUT_MS'),
      retryBaseSeconds: positiveIntFrom(
        env.WEBHOOK_RETRY_BASE_SECONDS,
        30,
        'WEBHOOK_RETRY_BASE_SECONDS',
      ),
      retryHours: intFrom(env.WEBHOOK_RETRY_HOURS, 72, 'WEBHOOK_RETRY_HOURS'),
      disableAfterHours: intFrom(
        env.WEBHOOK_DISABLE_AFTER_HOURS,
        72,
        'WEBHOOK_DISABLE_AFTER_HOURS',
      ),
      dispatchIntervalMs: positiveIntFrom(
        env.WEBHOOK_DISPATCH_INTERVAL_MS,
        1000,
        'WEBHOOK_DISPATCH_INTERVAL_MS',
      ),
      concurrency: positiveIntFrom(env.WEBHOOK_CONCURRENCY, 4, 'WEBHOOK_CONCURRENCY'),
      pollSeconds: Math.max(
        0.5,
        positiveIntFrom(env.WEBHOOK_POLL_SECONDS, 2, 'WEBHOOK_POLL_SECONDS'),
      ),
      jobExpireSeconds: positiveIntFrom(
        env.WEBHOOK_JOB_EXPIRE_SECONDS,
        900,
        'WEBHOOK_JOB_EXPIRE_SECONDS',
      ),
    },
  };
}

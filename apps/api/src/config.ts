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
   * Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client's address
   * (false: the connection's own address).
   */
  readonly trustProxy: boolean | number | string;
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
    rateLimitWindowSeconds: positiveIntFrom(
      env.RATE_LIMIT_WINDOW_SECONDS,
      60,
      'RATE_LIMIT_WINDOW_SECONDS',
    ),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
  };
}

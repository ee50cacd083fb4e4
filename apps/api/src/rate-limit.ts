import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { localeFrom, msg, renderMessage, type Locale } from '@billing/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { sendJson } from './http-responses.js';
import { logLine } from './logger.js';
import { rateLimited } from './metrics.js';

/** The table of migration 1700000000983, shared by every API process on the database. */
export const RATE_LIMIT_TABLE = 'rate_limits';

export type RateLimitKind = 'token' | 'address';

/**
 * What a client reads when it is over a limit: which one, and when to send again, in `locale`
 * (the request's `Accept-Language`: the limits run before the request's context is set).
 */
export function rateLimitMessage(
  kind: RateLimitKind,
  limit: number,
  windowSeconds: number,
  retryAfterSeconds: number,
  now = Date.now(),
  locale: Locale = 'en',
): string {
  const until = new Date(now + retryAfterSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return renderMessage(
    msg('api.rateLimited', {
      limitedBy: kind,
      limit,
      window: windowSeconds,
      wait: retryAfterSeconds,
      until,
    }),
    locale,
  );
}

/** The bearer token of a request, hashed: the limit's key never holds the secret itself. */
function tokenKey(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
  if (!match?.[1]) return null;
  return createHash('sha256').update(match[1], 'utf8').digest('hex');
}

interface Limiter {
  readonly store: RateLimiterPostgres;
  /** This process's own count, while the database cannot be reached. */
  readonly memory: RateLimiterMemory;
}

function limiter(db: DataSource, kind: RateLimitKind, points: number, duration: number): Limiter {
  // While the database cannot be reached, this process counts alone (in memory), and the
  // request goes on to be answered 503 by the API itself.
  const memory = new RateLimiterMemory({ keyPrefix: kind, points, duration });
  const store = new RateLimiterPostgres({
    storeClient: (db.driver as unknown as { master: unknown }).master,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    // The migration created the table: the service role may not create tables, and never does.
    tableCreated: true,
    keyPrefix: kind,
    points,
    duration,
    insuranceLimiter: memory,
  });
  return { store, memory };
}

/** Over a limit: how long to wait, and the GraphQL-shaped error to answer 429 with. */
export interface RateLimitRefusal {
  readonly retryAfterSeconds: number;
  readonly body: { readonly errors: readonly unknown[] };
}

/** Counts one request against the limits: null when it may go on, or why it may not. */
export type RateLimitCheck = (
  req: IncomingMessage,
  address: string | null,
) => Promise<RateLimitRefusal | null>;

/**
 * Limits requests per API token and per client address over a fixed window, counted in
 * PostgreSQL so that every API process on the database shares the counts. Over a limit the
 * request is answered 429 with `Retry-After` and a GraphQL-shaped error, and nothing runs.
 * `null` when both limits are 0 (off).
 */
export function rateLimitCheck(
  db: DataSource,
  config: Config,
  databaseReachable: () => boolean = () => true,
): RateLimitCheck | null {
  const windowSeconds = config.rateLimitWindowSeconds;
  const perToken =
    config.rateLimitPerToken > 0
      ? limiter(db, 'token', config.rateLimitPerToken, windowSeconds)
      : null;
  const perAddress =
    config.rateLimitPerAddress > 0
      ? limiter(db, 'address', config.rateLimitPerAddress, windowSeconds)
      : null;
  if (!perToken && !perAddress) return null;

  const consume = async (
    kind: RateLimitKind,
    limit: Limiter | null,
    key: string | null,
  ): Promise<{ kind: RateLimitKind; limit: number; refused: RateLimiterRes } | null> => {
    if (!limit || key === null) return null;
    // During a known outage the database is not even tried: no request waits on it here.
    const store = databaseReachable() ? limit.store : limit.memory;
    try {
      await store.consume(key);
      return null;
    } catch (error) {
      if (error instanceof RateLimiterRes) return { kind, limit: store.points, refused: error };
      // Neither the store nor its insurance could count: let the request through.
      logLine({
        level: 'warn',
        message: 'rate limit not counted',
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  };

  return async (req, address) => {
    const [byAddress, byToken] = await Promise.all([
      consume('address', perAddress, address),
      consume('token', perToken, tokenKey(req)),
    ]);
    const over = byToken ?? byAddress;
    if (!over) return null;
    const retryAfterSeconds = Math.max(1, Math.ceil(over.refused.msBeforeNext / 1000));
    rateLimited.inc({ limit: over.kind });
    return {
      retryAfterSeconds,
      body: {
        errors: [
          {
            message: rateLimitMessage(
              over.kind,
              over.limit,
              windowSeconds,
              retryAfterSeconds,
              Date.now(),
              localeFrom(req.headers['accept-language']),
            ),
            extensions: {
              code: 'RATE_LIMITED',
              limit: over.kind === 'token' ? 'TOKEN' : 'ADDRESS',
              retryAfterSeconds,
            },
          },
        ],
      },
    };
  };
}

/** The limits as Express middleware (the invoice documents and the CSV exports). */
export function rateLimitMiddleware(check: RateLimitCheck): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void check(req, req.ip ?? req.socket.remoteAddress ?? null).then((refusal) => {
      if (!refusal) return next();
      sendRateLimited(res, refusal);
    }, next);
  };
}

/** The answer over a limit, the same on every path: 429, `Retry-After` and the error as JSON. */
export function sendRateLimited(res: ServerResponse, refusal: RateLimitRefusal): void {
  res.setHeader('retry-after', String(refusal.retryAfterSeconds));
  sendJson(res, 429, refusal.body);
}

import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { msg, renderMessage } from '@billing/domain';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { requestLocale } from '../locale.js';
import { logLine } from '../logger.js';

/** Seconds a client is asked to wait (`Retry-After`) while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/**
 * Whether an error means the database cannot be reached (as opposed to a query it refused):
 * a refused or broken connection, a server shutting down (57P01–57P03), a connection
 * exception (class 08), or node-postgres giving up on a connection.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; current && depth < 5; depth++) {
    const found = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      errors?: unknown;
      cause?: unknown;
    };
    const code = typeof found.code === 'string' ? found.code : '';
    if (NETWORK_CODES.has(code) || /^57P0[123]$/.test(code) || code.startsWith('08')) return true;
    const message = typeof found.message === 'string' ? found.message : '';
    if (
      /Connection terminated|timeout exceeded when trying to connect|Connection ended/i.test(
        message,
      )
    )
      return true;
    if (Array.isArray(found.errors) && found.errors.some(isDatabaseUnreachable)) return true;
    current = found.driverError ?? found.cause;
  }
  return false;
}

/** The answer to a request that needed the database while it was unreachable, in its language. */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(
    renderMessage(
      msg('api.database.unreachable', { seconds: RETRY_AFTER_SECONDS }),
      requestLocale(),
    ),
    {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        http: {
          status: 503,
          headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]),
        },
      },
    },
  );
}

/**
 * Tracks whether the database is reachable, so the log says once that it went away and once
 * that it came back (not a stack trace per request). While it is away, a light probe checks
 * every second whether it is back.
 */
export class DatabaseHealth {
  private down = false;
  private probe: NodeJS.Timeout | null = null;

  constructor(private readonly db: DataSource) {}

  get reachable(): boolean {
    return !this.down;
  }

  /** A request failed because the database is unreachable. */
  wentAway(error: unknown): void {
    if (this.down) return;
    this.down = true;
    logLine({
      level: 'error',
      message: `database unreachable: requests are answered 503 until it is back (${error instanceof Error ? error.message : String(error)})`,
    });
    this.probe = setInterval(() => void this.check(), 1_000);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      return;
    }
    if (!this.down) return;
    this.down = false;
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    logLine({ level: 'info', message: 'database reachable again: serving requests' });
  }

  stop(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }
}

import pg from 'pg';
import type { Viewer } from '../../context.js';
import { logLine } from '../../logger.js';

/** The channel a change to `api_tokens` is announced on (migration 994's trigger). */
export const TOKEN_CHANGES_CHANNEL = 'billing_api_tokens';

interface Entry {
  readonly viewer: Viewer;
  readonly expiresAt: number | null;
  /** When the token was last read from `api_tokens` (and its `last_used_at` moved). */
  readonly readAt: number;
}

/**
 * Signed-in tokens this process has read from `api_tokens`, so that a client's next requests do
 * not read the token again: one statement less per request. Safe across API processes because
 * every change to a token (revoked, expired, deleted, by the API or by hand in SQL) is announced
 * by a trigger with `pg_notify`, which each process hears on its own listening connection and
 * forgets the token at once. The cache is used only while that connection listens: when it
 * drops, everything is forgotten and every request reads its token until it listens again.
 *
 * An entry lives at most `maxAgeMs` (the `last_used_at` resolution): the next request after
 * that reads the token again, which moves its `last_used_at` as before. Unknown, revoked and
 * expired tokens are never cached; they are refused by the statement, as always.
 */
/** The caches of this process's servers (a test process runs several). */
const live = new Set<SignInCache>();

/**
 * Forgets tokens in this process's caches at once, after the transaction that changed them
 * committed: the change's own announcement reaches every process a moment later, and this
 * process's next request must not be answered from what it remembered.
 */
export function forgetSignIns(tokenHashes: readonly string[]): void {
  for (const cache of live) for (const hash of tokenHashes) cache.forget(hash);
}

export class SignInCache {
  private readonly entries = new Map<string, Entry>();
  /** Moves on every announced change: a read begun before a change must not be cached. */
  private changes = 0;
  private listener: pg.Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Said once per loss, not once per retry. */
  private warned = false;

  constructor(
    private readonly connectionString: string,
    private readonly maxAgeMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  /** Starts listening; resolves once the first LISTEN is in place (or failed, then retries). */
  async start(): Promise<void> {
    if (this.maxAgeMs <= 0) return;
    live.add(this);
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    live.delete(this);
    if (this.retry) clearTimeout(this.retry);
    this.deaf();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
  }

  /** The viewer of a token hash, when it was read recently and nothing changed it since. */
  get(tokenHash: string, now = Date.now()): Viewer | null {
    if (!this.listening) return null;
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (
      now - entry.readAt >= this.maxAgeMs ||
      (entry.expiresAt !== null && entry.expiresAt <= now)
    ) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.viewer;
  }

  /** A mark taken before reading a token: `remember` keeps the read only if nothing changed since. */
  mark(): number {
    return this.changes;
  }

  remember(tokenHash: string, viewer: Viewer, expiresAt: Date | null, mark: number): void {
    if (!this.listening || mark !== this.changes) return;
    if (this.entries.size >= this.maxEntries) {
      // The oldest read goes first (a Map iterates in insertion order).
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, {
      viewer,
      expiresAt: expiresAt ? expiresAt.getTime() : null,
      readAt: Date.now(),
    });
  }

  forget(tokenHash: string): void {
    this.changes++;
    this.entries.delete(tokenHash);
  }

  private forgetAll(): void {
    this.changes++;
    this.entries.clear();
  }

  /** Not listening: nothing is remembered until it listens again. */
  private deaf(): void {
    this.listening = false;
    this.forgetAll();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    const lost = (error?: unknown) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.deaf();
      client.end().catch(() => {});
      if (this.stopped) return;
      if (error && !this.warned) {
        this.warned = true;
        logLine({
          level: 'warn',
          message: `the sign-in cache stopped listening for token changes (${error instanceof Error ? error.message : String(error)}): every request reads its token until it listens again`,
        });
      }
      this.retry = setTimeout(() => void this.listen(), 1_000);
      this.retry.unref();
    };
    this.listener = client;
    client.on('notification', (message) => {
      if (message.channel !== TOKEN_CHANGES_CHANNEL) return;
      if (message.payload) this.forget(message.payload);
      else this.forgetAll();
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${TOKEN_CHANGES_CHANNEL}`);
      if (this.listener === client && !this.stopped) {
        // A read begun before this LISTEN may predate a change it will never hear of.
        this.changes++;
        this.listening = true;
        this.warned = false;
      }
    } catch (error) {
      lost(error);
    }
  }
}

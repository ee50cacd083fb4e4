import { businessDateAt, type BusinessDate } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { logLine } from '../../logger.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { nothingDone, runDueWork, type DueWorkResult } from './due-work.js';

/** The PostgreSQL advisory lock one real-time run holds: two API processes never run at once. */
export const SCHEDULER_LOCK_KEY = 4_711_202_201;

export type TickResult =
  { ran: false } | ({ ran: true; today: BusinessDate; at: Date } & DueWorkResult);

export interface SchedulerOptions {
  /** Milliseconds between runs; 0 disables the loop (tests start runs by hand). */
  readonly intervalMs: number;
  /** The real time; injectable for tests. */
  readonly now?: () => Date;
}

/** `SCHEDULER_INTERVAL_MS` (default one minute; 0 turns the scheduler off). */
export function schedulerIntervalFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.SCHEDULER_INTERVAL_MS;
  if (raw === undefined || raw === '') return 60_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`SCHEDULER_INTERVAL_MS must be a whole number ≥ 0, got "${raw}"`);
  return value;
}

/**
 * The real-time scheduler: once at start-up and then every `intervalMs`, runs the due work
 * (transitions, reminders, refund payouts, late fees) of every account WITHOUT a test clock,
 * in one transaction per run. The run takes a transaction-level advisory lock first and skips
 * when another process holds it; inside, rows of accounts a request is working on are skipped
 * (SKIP LOCKED) and picked up by the next run. Test-clock accounts are run by their clock's
 * advances instead.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly gateway: PaymentGateway,
    private readonly options: SchedulerOptions,
  ) {}

  start(): this {
    if (this.options.intervalMs <= 0 || this.timer) return this;
    this.runInBackground();
    this.timer = setInterval(() => this.runInBackground(), this.options.intervalMs);
    return this;
  }

  /** Stops the loop and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  /** One run, now. */
  async tick(): Promise<TickResult> {
    const at = this.options.now?.() ?? new Date();
    const today = businessDateAt(at.getTime());
    return this.db.transaction(async (tx) => {
      const [lock]: Array<{ locked: boolean }> = await tx.query(
        `SELECT pg_try_advisory_xact_lock($1) AS locked`,
        [SCHEDULER_LOCK_KEY],
      );
      if (!lock?.locked) return { ran: false } as const;
      const result = await runDueWork(tx, this.gateway, { realTime: true }, today, at);
      return { ran: true, today, at, ...result } as const;
    });
  }

  private runInBackground(): void {
    if (this.inFlight) return;
    const started = performance.now();
    this.inFlight = this.tick()
      .then((result) => {
        if (result.ran && !nothingDone(result)) {
          logLine({
            level: 'info',
            message: 'scheduler run',
            today: result.today,
            terminations: result.terminations,
            transitions: result.transitions,
            reminders: result.reminders,
            refundsPaid: result.refundsPaid,
            lateFeeBills: result.lateFees.bills,
            durationMs: Math.round(performance.now() - started),
          });
        }
      })
      .catch((error: unknown) => {
        logLine({
          level: 'error',
          message: `scheduler run failed: ${(error as Error).message}`,
          stack: (error as Error).stack,
        });
      })
      .finally(() => {
        this.inFlight = null;
      });
  }
}

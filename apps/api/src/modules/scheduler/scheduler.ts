import { businessDateAt, type BusinessDate } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { isDatabaseUnreachable } from '../../db/database-health.js';
import { logLine } from '../../logger.js';
import { dueWorkDuration, dueWorkItems, dueWorkRuns, dueWorkSucceeded } from '../../metrics.js';
import { batchTransactions, type AfterBatch } from '../../db/due-scope.js';
import { totalTransitions } from '../lifecycle/transitions.js';
import type { PaymentGateway } from '../payments/payment-gateway.js';
import { nothingDone, runDueWork, type DueWorkResult } from './due-work.js';

export type TickResult = { ran: true; today: BusinessDate; at: Date } & DueWorkResult;

export interface SchedulerOptions {
  /** Milliseconds between runs; 0 disables the loop (tests start runs by hand). */
  readonly intervalMs: number;
  /** The real time; injectable for tests. */
  readonly now?: () => Date;
  /** Rows per batch (default `DUE_BATCH_SIZE`); tests make it small to get many batches. */
  readonly batchSize?: number;
  /** Runs inside each batch's transaction before it commits; tests use it to stop a run midway. */
  readonly afterBatch?: AfterBatch;
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
 * (terminations, transitions, reminders, refund payouts, late fees) of every account WITHOUT a
 * test clock. Each batch is its own short transaction that claims its rows with SKIP LOCKED, so
 * every API process runs the scheduler and they share the work of one run without a global lock;
 * rows of accounts a request is working on are skipped too and picked up by the next run. A
 * process that dies mid-run leaves its uncommitted batch to the next run, and a committed batch
 * is never done again (its rows no longer match their due predicates). Test-clock accounts are
 * run by their clock's advances instead.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  /** The last run failed because the database was unreachable (said once, not every run). */
  private databaseAway = false;

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
    const run = batchTransactions(
      this.db,
      { realTime: true },
      { batchSize: this.options.batchSize, afterBatch: this.options.afterBatch },
    );
    const result = await runDueWork(run, this.gateway, today, at);
    return { ran: true, today, at, ...result };
  }

  private runInBackground(): void {
    if (this.inFlight) return;
    const started = performance.now();
    this.inFlight = this.tick()
      .then((result) => {
        dueWorkRuns.inc({ outcome: 'ok' });
        if (this.databaseAway) {
          this.databaseAway = false;
          logLine({
            level: 'info',
            message: 'scheduler: the database is back, due work runs again',
          });
        }
        dueWorkDuration.observe((performance.now() - started) / 1000);
        dueWorkSucceeded();
        dueWorkItems.inc({ kind: 'terminations' }, result.terminations);
        dueWorkItems.inc({ kind: 'transitions' }, totalTransitions(result.transitions));
        dueWorkItems.inc({ kind: 'reminders' }, result.reminders);
        dueWorkItems.inc({ kind: 'refundsPaid' }, result.refundsPaid);
        dueWorkItems.inc({ kind: 'lateFeeBills' }, result.lateFees.bills);
        if (!nothingDone(result)) {
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
        dueWorkRuns.inc({ outcome: 'failed' });
        if (isDatabaseUnreachable(error)) {
          if (!this.databaseAway)
            logLine({
              level: 'error',
              message: `scheduler: the database is unreachable, due work waits until it is back (${(error as Error).message})`,
            });
          this.databaseAway = true;
          return;
        }
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

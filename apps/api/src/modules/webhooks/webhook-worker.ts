import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { WebhookSettings } from '../../config.js';
import { selectRows, type Queryable } from '../../db/queryable.js';
import { toGlobalId } from '../../graphql/node.js';
import { logLine } from '../../logger.js';
import { auditStatement, SYSTEM_ACTOR } from '../audit/audit.js';
import type { BillingEventRow } from '../events/billing-event.type.js';
import {
  ENDPOINT_COLUMNS,
  liveSecrets,
  retriesWithin,
  retryDelaySeconds,
  type EndpointRow,
} from './endpoint-row.js';
import { eventBody, sendWebhook, type WebhookResult } from './send.js';

/**
 * Sends billing events to webhook endpoints.
 *
 * A trigger writes one `webhook_deliveries` row per event and endpoint with the event itself.
 * Deliveries are sent in streams — one per endpoint and account — one at a time, in the order
 * the events happened: a stream's next event is sent once the one before it was delivered or
 * given up. A failing event holds back the later events of its stream only (other accounts'
 * streams, and other endpoints, go on); it is retried after 30 s, 1 min, 2 min … (doubling)
 * for about three days, then marked FAILED, and the stream moves on. An endpoint that has
 * failed for days without one success is disabled, and the audit trail says so.
 *
 * The work is shared by every API process through pg-boss (a job queue in the same
 * PostgreSQL): each stream with deliveries to send has one job, claimed by one process at a
 * time with SKIP LOCKED. Each process hands new deliveries to their streams in bounded
 * batches (`dispatch`). A process that dies mid-delivery leaves its job active; once the job
 * expires another process takes it and sends that event again — at least once, so receivers
 * drop repeats by the event's id.
 */
export const STREAM_QUEUE = 'webhook-stream';

/** Deliveries handed to streams per dispatch transaction. */
const DISPATCH_BATCH = 500;
/** Deliveries one job sends before it hands its stream to a new job (so streams take turns). */
const PER_JOB = 50;
/** A stream's deliveries read at once, to be sent one after another. */
const READ_AHEAD = 20;

interface StreamJob {
  readonly endpointId: string;
  readonly accountId: string;
}

interface HeadRow extends BillingEventRow {
  delivery_id: string;
  attempts: number;
  next_attempt_at: Date | null;
}

export interface WebhookWorkerOptions {
  /** The real time; injectable for tests. */
  readonly now?: () => Date;
}

/** pg-boss's database interface over a TypeORM transaction: its writes join the transaction. */
function inTransaction(tx: EntityManager) {
  return {
    executeSql: async (text: string, values?: unknown[]) => ({
      rows: await selectRows(tx, text, values ?? []),
    }),
  };
}

export class WebhookWorker {
  private boss: PgBoss | null = null;
  private workerIds: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private dispatching: Promise<unknown> | null = null;
  private readonly retries: number;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly databaseUrl: string,
    private readonly settings: WebhookSettings,
    private readonly options: WebhookWorkerOptions = {},
  ) {
    this.retries = retriesWithin(settings.retryBaseSeconds, settings.retryHours);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async start(): Promise<this> {
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      max: 2 + Math.min(this.settings.concurrency, 4),
      maintenanceIntervalSeconds: Math.max(
        1,
        Math.min(120, Math.floor(this.settings.jobExpireSeconds / 2)),
      ),
    });
    boss.on('error', (error: Error) =>
      logLine({ level: 'error', message: `webhook queue: ${error.message}` }),
    );
    await boss.start();
    await boss.createQueue(STREAM_QUEUE, {
      name: STREAM_QUEUE,
      policy: 'standard',
      // For a process that died mid-job (the job expired): sending failures are retried by
      // the stream itself, on its own schedule, and never fail the job.
      retryLimit: 1000,
      retryDelay: 1,
      expireInSeconds: this.settings.jobExpireSeconds,
      retentionMinutes: 60 * 24,
    });
    this.boss = boss;
    for (let i = 0; i < this.settings.concurrency; i++) {
      this.workerIds.push(
        await boss.work<StreamJob>(
          STREAM_QUEUE,
          { batchSize: 1, pollingIntervalSeconds: this.settings.pollSeconds },
          async ([job]) => {
            if (!job) return;
            await this.runStream(job.id, job.data);
            // pg-boss waits out its polling interval after every job; with more streams to
            // send, the senders of this process look again at once.
            for (const id of this.workerIds) this.boss?.notifyWorker(id);
          },
        ),
      );
    }
    this.timer = setInterval(
      () => void this.dispatchInBackground(),
      this.settings.dispatchIntervalMs,
    );
    void this.dispatchInBackground();
    return this;
  }

  /** Stops taking work; waits for a dispatch in progress and for jobs being sent (pg-boss). */
  async stop(options: { graceful?: boolean } = {}): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.dispatching;
    await this.boss?.stop({ graceful: options.graceful ?? true, wait: true, timeout: 15_000 });
    this.boss = null;
  }

  private async dispatchInBackground(): Promise<void> {
    if (this.dispatching || this.stopped) return;
    this.dispatching = (async () => {
      try {
        while (!this.stopped && (await this.dispatch()) === DISPATCH_BATCH);
      } catch (error) {
        logLine({
          level: 'error',
          message: `webhook dispatch: ${error instanceof Error ? error.message : String(error)}`,
        });
      } finally {
        this.dispatching = null;
      }
    })();
    await this.dispatching;
  }

  /**
   * Hands up to one batch of new deliveries to their streams: a stream without a job gets one.
   * One short transaction; rows another process is handing over are skipped. Returns how many
   * deliveries it took.
   */
  async dispatch(): Promise<number> {
    const boss = this.boss;
    if (!boss) return 0;
    let taken = 0;
    let jobs: Array<{ id: string; data: StreamJob }> = [];
    await this.db.transaction(async (tx) => {
      const streams = await selectRows<{ endpoint_id: string; account_id: string; n: string }>(
        tx,
        `WITH claimed AS (
           SELECT id, endpoint_id, account_id FROM webhook_deliveries
            WHERE NOT dispatched ORDER BY event_seq LIMIT $1 FOR UPDATE SKIP LOCKED
         ), marked AS (
           UPDATE webhook_deliveries d SET dispatched = true FROM claimed c WHERE d.id = c.id
         )
         SELECT endpoint_id, account_id, count(*) AS n FROM claimed GROUP BY endpoint_id, account_id`,
        [DISPATCH_BATCH],
      );
      if (streams.length === 0) return;
      taken = streams.reduce((sum, s) => sum + Number(s.n), 0);
      const endpoints = streams.map((s) => s.endpoint_id);
      const accounts = streams.map((s) => s.account_id);
      await selectRows(
        tx,
        `INSERT INTO webhook_streams (endpoint_id, account_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
        [endpoints, accounts],
      );
      const idle = await selectRows<{ endpoint_id: string; account_id: string }>(
        tx,
        `SELECT s.endpoint_id, s.account_id FROM webhook_streams s
           JOIN unnest($1::uuid[], $2::uuid[]) AS k(endpoint_id, account_id)
             ON s.endpoint_id = k.endpoint_id AND s.account_id = k.account_id
          WHERE s.job_id IS NULL
          ORDER BY s.endpoint_id, s.account_id
          FOR UPDATE OF s`,
        [endpoints, accounts],
      );
      if (idle.length === 0) return;
      jobs = idle.map((s) => ({
        id: randomUUID(),
        data: { endpointId: s.endpoint_id, accountId: s.account_id },
      }));
      await this.enqueue(tx, jobs, null);
    });
    for (const id of this.workerIds) if (jobs.length > 0) this.boss?.notifyWorker(id);
    return taken;
  }

  /** Inserts stream jobs in `tx` and names them on their streams. */
  private async enqueue(
    tx: EntityManager,
    jobs: ReadonlyArray<{ id: string; data: StreamJob }>,
    startAfter: Date | null,
  ): Promise<void> {
    await this.boss!.insert(
      jobs.map((job) => ({
        id: job.id,
        name: STREAM_QUEUE,
        data: job.data,
        expireInSeconds: this.settings.jobExpireSeconds,
        ...(startAfter ? { startAfter: startAfter.toISOString() } : {}),
      })),
      { db: inTransaction(tx) },
    );
    await selectRows(
      tx,
      `UPDATE webhook_streams s SET job_id = j.job_id
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS j(endpoint_id, account_id, job_id)
        WHERE s.endpoint_id = j.endpoint_id AND s.account_id = j.account_id`,
      [
        jobs.map((job) => job.data.endpointId),
        jobs.map((job) => job.data.accountId),
        jobs.map((job) => job.id),
      ],
    );
  }

  /**
   * Sends a stream's deliveries in order until it is empty, waiting for a retry, or has had its
   * turn. Reads the endpoint and the stream's next deliveries a batch at a time (a disabled or
   * deleted endpoint is seen at the next batch); a success is one statement.
   */
  private async runStream(jobId: string, stream: StreamJob): Promise<void> {
    let sent = 0;
    while (sent < PER_JOB && !this.stopped) {
      const [endpoint] = await selectRows<EndpointRow>(
        this.db,
        `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints t WHERE t.id = $1`,
        [stream.endpointId],
      );
      // Deleted (its stream went with it) or disabled (resumed by enabling it): stop here.
      if (!endpoint || endpoint.status !== 'ENABLED') {
        await this.release(jobId, stream, true);
        return;
      }
      const heads = await selectRows<HeadRow>(
        this.db,
        `SELECT d.id AS delivery_id, d.attempts, d.next_attempt_at, e.id, e.seq, e.type, e.account_id,
                e.occurred_at, e.business_date::text AS business_date, e.test_mode, e.object_type, e.object_id, e.data
           FROM webhook_deliveries d JOIN billing_events e ON e.id = d.event_id
          WHERE d.endpoint_id = $1 AND d.account_id = $2 AND d.status = 'PENDING'
          ORDER BY d.event_seq LIMIT $3`,
        [stream.endpointId, stream.accountId, READ_AHEAD],
      );
      if (heads.length === 0) {
        if (await this.release(jobId, stream, false)) return;
        continue;
      }
      for (const head of heads) {
        const now = this.now();
        if (head.next_attempt_at && head.next_attempt_at.getTime() > now.getTime())
          return this.handOver(jobId, stream, head.next_attempt_at);
        const result = await sendWebhook(
          {
            url: endpoint.url,
            body: eventBody(head),
            secrets: liveSecrets(endpoint, now),
            eventId: toGlobalId('BillingEvent', head.id),
            eventType: head.type,
            attempt: head.attempts + 1,
          },
          { timeoutMs: this.settings.timeoutMs, allowPrivate: this.settings.allowPrivateUrls },
        );
        sent++;
        if (result.ok) {
          await this.recordSuccess(head, endpoint, result, now);
          endpoint.failing_since = null;
          continue;
        }
        // A failure: retried later (the stream waits), or given up (the stream goes on).
        const outcome = await this.recordFailure(head, endpoint, result, now);
        if (outcome === 'disabled') {
          await this.release(jobId, stream, true);
          return;
        }
        if (outcome === 'retry') break;
        endpoint.failing_since ??= now;
      }
    }
    if (!this.stopped) await this.handOver(jobId, stream, null);
  }

  /**
   * Ends a stream's job: when nothing is pending (or `force`: the endpoint is gone or disabled)
   * the stream is left without a job, for the dispatcher to give it one when events come.
   * False when a delivery arrived meanwhile (the job goes on).
   */
  private async release(jobId: string, stream: StreamJob, force: boolean): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [own] = await selectRows<{ job_id: string | null }>(
        tx,
        `SELECT job_id FROM webhook_streams WHERE endpoint_id = $1 AND account_id = $2 FOR UPDATE`,
        [stream.endpointId, stream.accountId],
      );
      if (!own || own.job_id !== jobId) return true; // not this job's stream (any more)
      if (!force) {
        const pending = await selectRows(
          tx,
          `SELECT 1 FROM webhook_deliveries
            WHERE endpoint_id = $1 AND account_id = $2 AND status = 'PENDING' LIMIT 1`,
          [stream.endpointId, stream.accountId],
        );
        if (pending.length > 0) return false;
      }
      await selectRows(
        tx,
        `UPDATE webhook_streams SET job_id = NULL WHERE endpoint_id = $1 AND account_id = $2`,
        [stream.endpointId, stream.accountId],
      );
      return true;
    });
  }

  /** Hands the stream to a new job, to start at `at` (a retry's time) or at once (null). */
  private async handOver(jobId: string, stream: StreamJob, at: Date | null): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [own] = await selectRows<{ job_id: string | null }>(
        tx,
        `SELECT job_id FROM webhook_streams WHERE endpoint_id = $1 AND account_id = $2 FOR UPDATE`,
        [stream.endpointId, stream.accountId],
      );
      if (!own || own.job_id !== jobId) return;
      await this.enqueue(tx, [{ id: randomUUID(), data: stream }], at);
    });
  }

  /** A delivered event: the delivery, and the end of the endpoint's failing streak, in one statement. */
  private async recordSuccess(
    head: HeadRow,
    endpoint: EndpointRow,
    result: WebhookResult,
    at: Date,
  ): Promise<void> {
    const update = `UPDATE webhook_deliveries
        SET status = 'SUCCEEDED', attempts = $2, next_attempt_at = NULL, last_attempt_at = $3,
            last_status_code = $4, last_latency_ms = $5, last_error = NULL, response_excerpt = $6,
            delivered_at = $3
      WHERE id = $1`;
    const params = [
      head.delivery_id,
      head.attempts + 1,
      at,
      result.statusCode,
      result.latencyMs,
      result.excerpt,
    ];
    if (endpoint.failing_since === null) await selectRows(this.db, update, params);
    else
      await selectRows(
        this.db,
        `WITH delivered AS (${update})
         UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $7`,
        [...params, endpoint.id],
      );
  }

  /**
   * A failed attempt: retried after the next delay, or — past the last retry — given up
   * (FAILED). The endpoint's failing streak grows; past its limit the endpoint is disabled.
   */
  private async recordFailure(
    head: HeadRow,
    endpoint: EndpointRow,
    result: WebhookResult,
    at: Date,
  ): Promise<'retry' | 'given up' | 'disabled'> {
    const attempts = head.attempts + 1;
    const givenUp = attempts > this.retries;
    const next = givenUp
      ? null
      : new Date(at.getTime() + retryDelaySeconds(this.settings.retryBaseSeconds, attempts) * 1000);
    return this.db.transaction(async (tx) => {
      await selectRows(
        tx,
        `UPDATE webhook_deliveries
            SET status = $2, attempts = $3, next_attempt_at = $4, last_attempt_at = $5,
                last_status_code = $6, last_latency_ms = $7, last_error = $8, response_excerpt = $9
          WHERE id = $1`,
        [
          head.delivery_id,
          givenUp ? 'FAILED' : 'PENDING',
          attempts,
          next,
          at,
          result.statusCode,
          result.latencyMs,
          givenUp
            ? `${result.error ?? 'failed'} (given up after ${attempts} attempts)`
            : result.error,
          result.excerpt,
        ],
      );
      if (await disableIfFailingTooLong(tx, endpoint.id, at, this.settings.disableAfterHours))
        return 'disabled';
      return givenUp ? 'given up' : 'retry';
    });
  }
}

/**
 * Notes a failure on an endpoint's streak; an endpoint failing with no success for
 * `disableAfterHours` is disabled, with an audit entry saying why.
 */
export async function disableIfFailingTooLong(
  tx: Queryable,
  endpointId: string,
  now: Date,
  disableAfterHours: number,
): Promise<boolean> {
  const [streak] = await selectRows<{ failing_since: Date; account_id: string | null }>(
    tx,
    `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2)
      WHERE id = $1 RETURNING failing_since, account_id`,
    [endpointId, now],
  );
  if (
    !streak ||
    disableAfterHours <= 0 ||
    now.getTime() - streak.failing_since.getTime() < disableAfterHours * 3_600_000
  )
    return false;
  const reason = `Every delivery failed for ${disableAfterHours} hours (since ${streak.failing_since.toISOString()}): fix the receiver, then enable the endpoint to send what is waiting`;
  const disabled = await selectRows(
    tx,
    `UPDATE webhook_endpoints SET status = 'DISABLED', disabled_reason = $2, disabled_at = $3, updated_at = $3
      WHERE id = $1 AND status = 'ENABLED' RETURNING id`,
    [endpointId, reason, now],
  );
  if (disabled.length === 0) return false;
  const audit = auditStatement(SYSTEM_ACTOR, {
    action: 'webhook_endpoint.disabled',
    objectType: 'WebhookEndpoint',
    objectId: endpointId,
    accountId: streak.account_id,
    before: { status: 'ENABLED' },
    after: { status: 'DISABLED', reason },
    at: now,
  });
  await selectRows(tx, audit.sql, audit.params);
  return true;
}

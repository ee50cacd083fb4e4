import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of this process (prom-client): GraphQL requests and their latency by root
 * field, errors by code, the database pool, and the due-work runs with their lag. Labels are
 * bounded: root fields come from the schema, never from what a client names its operation.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'billing_' });

export const graphqlRequests = new Counter({
  name: 'billing_graphql_requests_total',
  help: 'GraphQL requests by root field (several for a request with several) and outcome.',
  labelNames: ['field', 'outcome'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'billing_graphql_request_duration_seconds',
  help: 'GraphQL request latency by root field.',
  labelNames: ['field'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'billing_graphql_errors_total',
  help: 'GraphQL errors and user errors (business refusals) by code.',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const graphqlExecutions = new Counter({
  name: 'billing_graphql_executions_total',
  help: 'GraphQL operations by how they ran: compiled (a query) or interpreted by graphql-js (a mutation, introspection, refused variables, compiling off).',
  labelNames: ['execution'] as const,
  registers: [registry],
});

export const rateLimited = new Counter({
  name: 'billing_rate_limited_total',
  help: 'Requests answered 429 by the rate limit that refused them (token or address).',
  labelNames: ['limit'] as const,
  registers: [registry],
});

export const dueWorkRuns = new Counter({
  name: 'billing_due_work_runs_total',
  help: 'Real-time due-work runs of this process by outcome.',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const dueWorkDuration = new Histogram({
  name: 'billing_due_work_run_duration_seconds',
  help: 'How long a due-work run took.',
  buckets: [0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [registry],
});

export const dueWorkItems = new Counter({
  name: 'billing_due_work_items_total',
  help: 'Due work done by kind (transitions, terminations, reminders, refundsPaid, lateFeeBills).',
  labelNames: ['kind'] as const,
  registers: [registry],
});

let lastDueWorkSuccess: number | null = null;
export function dueWorkSucceeded(at = Date.now()): void {
  lastDueWorkSuccess = at;
}

new Gauge({
  name: 'billing_due_work_lag_seconds',
  help: 'Seconds since the last successful due-work run of this process (-1 before the first).',
  registers: [registry],
  collect() {
    this.set(lastDueWorkSuccess === null ? -1 : (Date.now() - lastDueWorkSuccess) / 1000);
  },
});

/** What a database pool reports (node-postgres's Pool). */
export interface PoolFacts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

let pool: PoolFacts | null = null;
/** The pool the gauges read (the API's TypeORM data source's). */
export function watchPool(facts: PoolFacts | null): void {
  pool = facts;
}

new Gauge({
  name: 'billing_db_pool_connections',
  help: 'Database pool connections: total open, idle, and requests waiting for one.',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    if (!pool) return;
    this.set({ state: 'total' }, pool.totalCount);
    this.set({ state: 'idle' }, pool.idleCount);
    this.set({ state: 'waiting' }, pool.waitingCount);
  },
});

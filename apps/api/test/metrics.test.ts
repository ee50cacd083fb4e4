import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxGateway } from '../src/modules/payments/payment-gateway.js';
import { Scheduler } from '../src/modules/scheduler/scheduler.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

const metrics = (token?: string) =>
  fetch(`${api.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

/** The value of one sample line, e.g. `billing_db_pool_connections{state="total"}`. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe('/metrics (Prometheus)', () => {
  it('needs a bearer token: none or a wrong one is 401', async () => {
    expect((await metrics()).status).toBe(401);
    const wrong = await metrics('not-a-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('counts requests and latency by root field, errors and refusals by code, the pool and due-work runs', async () => {
    await api.gql('{ accounts(first: 1) { totalCount } }');
    await api.gql('{ accounts(first: 1) { totalCount } }');
    await api.gql(
      'mutation { createAccount(input: { name: "  " }) { account { id } userErrors { code } } }',
    );
    await api.gql('{ accounts(first: 1000) { totalCount } }');
    const scheduler = new Scheduler(api.db, new SandboxGateway(), {
      intervalMs: 3_600_000,
    }).start();
    await scheduler.stop();

    const response = await metrics(OPERATOR_TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(
      sample(text, 'billing_graphql_requests_total{field="accounts",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(text, 'billing_graphql_requests_total{field="createAccount",outcome="refused"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'billing_graphql_errors_total{code="INVALID_INPUT"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'billing_graphql_errors_total{code="BAD_USER_INPUT"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'billing_graphql_request_duration_seconds_count{field="accounts"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'billing_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'billing_due_work_runs_total{outcome="ok"}')).toBeGreaterThanOrEqual(1);
    const lag = sample(text, 'billing_due_work_lag_seconds');
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(60);
    expect(text).toContain('billing_process_resident_memory_bytes');
  });
});

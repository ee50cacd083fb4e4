import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLogSink } from '../src/logger.js';
import { accountAt, createClock, localId } from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${OPERATOR_TOKEN}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text
      ? (JSON.parse(text) as {
          data?: unknown;
          errors?: Array<{ message: string; extensions?: { code?: string } }>;
        })
      : null,
  };
}

const codes = (body: { errors?: Array<{ extensions?: { code?: string } }> } | null) =>
  body?.errors?.map((e) => e.extensions?.code);

describe('abuse limits', () => {
  it('refuses a query nested deeper than the depth limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `subscriptions { account { ${selection} } }`;
    const deep = await post(api.url, {
      query: `{ accounts(first: 1) { edges { node { ${selection} } } } }`,
    });
    expect(deep.status).toBe(400);
    expect(codes(deep.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(deep.body!.errors![0]!.message).toMatch(/depth/i);
    // The same shape within the limit is served.
    const shallow = await post(api.url, {
      query: `{ accounts(first: 1) { edges { node { subscriptions { account { id } } } } } }`,
    });
    expect(shallow.status).toBe(200);
    expect(shallow.body!.errors).toBeUndefined();
  });

  it('refuses more aliases than the alias limit', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const refused = await post(api.url, { query: `{ ${aliases} }` });
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.body!.errors![0]!.message).toMatch(/alias/i);
    const allowed = await post(api.url, {
      query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`,
    });
    expect(allowed.status).toBe(200);
  });

  it('refuses a document with more tokens than the token limit', async () => {
    // 3,002 tokens: the braces and 3,000 field names.
    const refused = await post(api.url, {
      query: `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }`,
    });
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.body!.errors![0]!.message).toBe('Token limit of 3000 exceeded');
    const allowed = await post(api.url, {
      query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    });
    expect(allowed.status).toBe(200);
  });

  it('refuses a query whose estimated cost is above the cost limit (page sizes multiply)', async () => {
    const refused = await post(api.url, {
      query: `{ accounts(first: 100) { edges { node { orders(first: 100) { edges { node { id lines { description } payments { id } } } } } } } }`,
    });
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.body!.errors![0]!.message).toMatch(/cost/i);
    const cheap = await post(api.url, {
      query: `{ accounts(first: 5) { edges { node { orders(first: 5) { edges { node { id } } } } } } }`,
    });
    expect(cheap.status).toBe(200);
  });

  it('refuses batched requests', async () => {
    const batched = await post(api.url, [
      { query: '{ viewer { role } }' },
      { query: '{ viewer { role } }' },
    ]);
    expect(batched.status).toBe(400);
    expect(batched.body?.data).toBeUndefined();
  });

  it('refuses a request body over the size limit with 413', async () => {
    const big = await post(api.url, { query: `{ viewer { role } } #${'x'.repeat(70_000)}` });
    expect(big.status).toBe(413);
    expect(codes(big.body)).toEqual(['BAD_REQUEST']);
  });
});

describe('request timeout', () => {
  it('a request still running after REQUEST_TIMEOUT_MS answers 503 TIMEOUT, and the server keeps serving', async () => {
    const slow = await startHarness({ config: { requestTimeoutMs: 300 } });
    try {
      const clockId = await createClock(slow, '2021-04-20');
      // Hold the clock's row so the advance waits on it longer than the timeout.
      const blocker = slow.db.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query(`SELECT id FROM test_clocks WHERE id = $1 FOR UPDATE`, [
        localId(clockId),
      ]);
      const started = Date.now();
      const pending = post(slow.url, {
        query: `mutation($id: ID!) { advanceTestClock(input: { id: $id, to: "2021-05-01T10:00:00+08:00" }) { testClock { id } } }`,
        variables: { id: clockId },
      });
      const timedOut = await pending;
      expect(timedOut.status).toBe(503);
      expect(codes(timedOut.body)).toEqual(['TIMEOUT']);
      expect(Date.now() - started).toBeLessThan(5_000);
      await blocker.rollbackTransaction();
      await blocker.release();
      const health = await fetch(`${slow.url}/healthz`);
      expect(health.status).toBe(200);
      const again = await post(slow.url, { query: '{ viewer { role } }' });
      expect(again.body).toEqual({ data: { viewer: { role: 'OPERATOR' } } });
    } finally {
      await slow.close();
    }
  });
});

describe('structured request logs', () => {
  it('writes one JSON line per request with requestId, operation, role and durationMs', async () => {
    const logged = await startHarness({ config: { logRequests: true } });
    const lines: string[] = [];
    const restore = setLogSink((line) => lines.push(line));
    try {
      const { accountId } = await accountAt(logged, '2021-04-20');
      lines.length = 0;
      const first = await post(logged.url, {
        query: 'query WhoAmI { viewer { role } }',
        operationName: 'WhoAmI',
      });
      const second = await post(logged.url, {
        query: 'query Account($id: ID!) { account(id: $id) { name } }',
        variables: { id: accountId },
      });
      const anonymous = await post(
        logged.url,
        { query: '{ viewer { role } }' },
        { authorization: '' },
      );
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(
        true,
      );
      expect(entries).toHaveLength(3);
      expect(entries[0]).toMatchObject({
        level: 'info',
        requestId: first.headers.get('x-request-id'),
        operation: 'WhoAmI',
        role: 'OPERATOR',
        errors: 0,
      });
      expect(entries[1]).toMatchObject({
        requestId: second.headers.get('x-request-id'),
        operation: 'Account',
        role: 'OPERATOR',
      });
      expect(entries[2]).toMatchObject({
        requestId: anonymous.headers.get('x-request-id'),
        operation: null,
        role: 'ANONYMOUS',
      });
      for (const entry of entries) {
        expect(typeof entry.durationMs).toBe('number');
        expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
    } finally {
      restore();
      await logged.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, tokenFor } from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

/**
 * Issue 10 part 5, beside the rate limits (rate-limit.test.ts), the security headers
 * (foundation.test.ts) and introspection (introspection.test.ts): HSTS once configured, field
 * suggestions only for operators unless opened, and the stated body-size limit.
 */
let api: Harness;
let hsts: Harness;
let open: Harness;
beforeAll(async () => {
  api = await startHarness();
  hsts = await startHarness({ config: { hsts: true } });
  open = await startHarness({ config: { publicIntrospection: true } });
});
afterAll(async () => {
  await api?.close();
  await hsts?.close();
  await open?.close();
});

async function post(url: string, body: unknown, token?: string | null) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Array<{ message: string; extensions?: any }> },
  };
}

describe('HSTS', () => {
  it('HSTS=1 sends Strict-Transport-Security for a year with subdomains, on every response', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${hsts.url}${path}`);
      expect(response.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
    }
    const graphql = await fetch(`${hsts.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect((await fetch(`${api.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('field suggestions are for signed-in operators unless PUBLIC_INTROSPECTION=1', () => {
  const MISTYPED = { query: '{ acounts(first: 1) { totalCount } }' };
  const ENUM = {
    query:
      'mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { userErrors { code } } }',
    variables: {
      input: { accountId: 'x', amount: '1.00', method: 'ALIPY', idempotencyKey: 'hardening' },
    },
  };

  it('an operator is told the names meant; anonymous callers and customers are not', async () => {
    const operator = await post(api.url, MISTYPED, OPERATOR_TOKEN);
    expect(operator.status).toBe(400);
    expect(operator.body.errors![0]!.message).toBe(
      'Cannot query field "acounts" on type "Query". Did you mean "accounts" or "account"?',
    );
    const operatorEnum = await post(api.url, ENUM, OPERATOR_TOKEN);
    expect(operatorEnum.body.errors![0]!.message).toContain(
      'Did you mean the enum value "ALIPAY"?',
    );

    const customer = await tokenFor(api, await createAccount(api));
    for (const token of [null, customer]) {
      const mistyped = await post(api.url, MISTYPED, token);
      expect(mistyped.status).toBe(400);
      expect(mistyped.body.errors![0]!.message).toBe(
        'Cannot query field "acounts" on type "Query".',
      );
      expect(mistyped.body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const mistypedEnum = await post(api.url, ENUM, token);
      expect(mistypedEnum.body.errors![0]!.message).toMatch(/"ALIPY"/);
      expect(JSON.stringify(mistypedEnum.body)).not.toContain('Did you mean');
      expect(JSON.stringify(mistypedEnum.body)).not.toContain('ALIPAY');
    }
  });

  it('PUBLIC_INTROSPECTION=1 gives suggestions to everyone', async () => {
    const anonymous = await post(open.url, MISTYPED);
    expect(anonymous.body.errors![0]!.message).toContain('Did you mean "accounts"');
  });
});

describe('the request body limit is 64 KB', () => {
  it('a body under 64 KB is read; over it, 413 with a message saying what to do', async () => {
    const under = await post(api.url, { query: `{ __typename } #${'x'.repeat(60_000)}` });
    expect(under.status).toBe(200);
    const over = await post(api.url, { query: `{ __typename } #${'x'.repeat(66_000)}` });
    expect(over.status).toBe(413);
    expect(over.body.errors).toEqual([
      {
        message:
          'The request body is over the 64 KB limit: send a smaller request (fewer or shorter values)',
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  });
});

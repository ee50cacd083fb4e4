// Every generated document passes the real API's validation and graphql-armor limits (depth,
// tokens, cost), without running a mutation: documents whose variables are required are sent
// without them, so the API validates the document and then refuses the missing variables.
import { describe, expect, it } from 'vitest';
import { operations } from '../src/index.js';
import { activeEqq, apiUrl, operatorToken } from './api.js';

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  token = operatorToken(),
) {
  const response = await fetch(apiUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

describe('generated documents against the real API', () => {
  for (const [name, spec] of Object.entries(operations)) {
    it(`${name}: valid, within the API's limits`, async () => {
      const body = await post(String(spec.document));
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, JSON.stringify(body.errors)).not.toContain('GRAPHQL_VALIDATION_FAILED');
      expect(codes, JSON.stringify(body.errors)).not.toContain('GRAPHQL_PARSE_FAILED');
      if (spec.kind === 'mutation' || body.errors) {
        // Only "variable required" refusals: the document itself was accepted.
        expect(codes.length, JSON.stringify(body.errors)).toBeGreaterThan(0);
        expect(new Set(codes), JSON.stringify(body.errors)).toEqual(new Set(['BAD_USER_INPUT']));
      }
    });
  }

  it('a customer reads its account, subscription, order and viewer without a single FORBIDDEN (operator-only fields are left out)', async () => {
    const { token, accountId, subscriptionId, orderId } = await activeEqq('2021-04-20');
    const reads: Array<[keyof typeof operations, Record<string, unknown>]> = [
      ['viewer', {}],
      ['account', { id: accountId }],
      ['subscription', { id: subscriptionId }],
      ['order', { id: orderId }],
    ];
    for (const [name, variables] of reads) {
      const body = await post(String(operations[name].document), variables, token);
      expect(body.errors, name).toBeUndefined();
      expect(body.data, name).toBeTruthy();
    }
  });
});

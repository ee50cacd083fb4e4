import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

/**
 * `POST /graphql` is served by node:http directly (src/graphql-endpoint.ts); `POST /graphql/` is
 * still Express's, through the same steps as before. Every kind of request, good or bad, gets
 * the same status, headers and body from both: the fast path changes the cost, never the answer.
 */
let api: Harness;
let limited: Harness;
beforeAll(async () => {
  api = await startHarness();
  limited = await startHarness({ config: { rateLimitPerToken: 1, rateLimitPerAddress: 0 } });
});
afterAll(async () => {
  await api?.close();
  await limited?.close();
});

/** Headers that differ from one response to the next whoever answers. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'keep-alive', 'connection']);

async function answer(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  const headers = [...response.headers.entries()].filter(([name]) => !PER_RESPONSE.has(name));
  return { status: response.status, headers, body: await response.text() };
}

const auth = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const json = { 'content-type': 'application/json', ...auth };
const viewer = JSON.stringify({ query: '{ viewer { role } }' });
const CASES: Array<[string, RequestInit]> = [
  ['a query', { headers: json, body: viewer }],
  [
    'a query, charset utf-8',
    { headers: { ...json, 'content-type': 'application/json; charset=utf-8' }, body: viewer },
  ],
  [
    'a charset JSON may not have',
    { headers: { ...json, 'content-type': 'application/json; charset=latin1' }, body: viewer },
  ],
  ['a gzipped body', { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(viewer) }],
  ['JSON cut short', { headers: json, body: '{"query":' }],
  ['a JSON string, not an object', { headers: json, body: '"x"' }],
  ['a batch', { headers: json, body: JSON.stringify([{ query: '{ __typename }' }]) }],
  ['an empty body', { headers: json, body: '' }],
  ['text/plain (CSRF)', { headers: { ...auth, 'content-type': 'text/plain' }, body: viewer }],
  [
    'a body over 64 KB, in Chinese',
    {
      headers: { ...json, 'accept-language': 'zh' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(66_000)}` }),
    },
  ],
  ['no token', { headers: { 'content-type': 'application/json' }, body: viewer }],
  [
    'an unknown token',
    { headers: { 'content-type': 'application/json', authorization: 'Bearer nope' }, body: viewer },
  ],
  [
    'a field that does not exist, in Chinese',
    {
      headers: { ...json, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: '{ acounts { id } }' }),
    },
  ],
  [
    'a variable missing',
    {
      headers: json,
      body: JSON.stringify({ query: 'query($id: ID!) { account(id: $id) { id } }', variables: {} }),
    },
  ],
  [
    'a mutation refused',
    {
      headers: json,
      body: JSON.stringify({
        query: 'mutation { revokeApiToken(id: "nope") { userErrors { code } } }',
      }),
    },
  ],
];

describe('POST /graphql answers exactly as Express does', () => {
  it.each(CASES)('%s', async (_name, init) => {
    const direct = await answer(`${api.url}/graphql`, { method: 'POST', ...init });
    const express = await answer(`${api.url}/graphql/`, { method: 'POST', ...init });
    expect(direct).toEqual(express);
    expect(direct.headers.map(([name]) => name)).toEqual(
      expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'content-type']),
    );
  });

  it('sends a request id and the query string on, like Express', async () => {
    const response = await fetch(`${api.url}/graphql?from=endpoint-test`, {
      method: 'POST',
      headers: json,
      body: viewer,
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ data: { viewer: { role: 'OPERATOR' } } });
  });

  it('counts against the same rate limits: over them, 429 with Retry-After from both', async () => {
    // A token of its own: the counts are kept in the database every test file shares. Unknown,
    // it is counted all the same, then refused sign-in (401) once through the limit.
    const own = {
      'content-type': 'application/json',
      authorization: `Bearer endpoint-test-${randomUUID()}`,
    };
    const first = await answer(`${limited.url}/graphql`, {
      method: 'POST',
      headers: own,
      body: viewer,
    });
    expect(first.status).toBe(401);
    const refusals = [
      await answer(`${limited.url}/graphql`, { method: 'POST', headers: own, body: viewer }),
      await answer(`${limited.url}/graphql/`, { method: 'POST', headers: own, body: viewer }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(429);
      expect(refused.headers.find(([name]) => name === 'retry-after')?.[1]).toMatch(/^\d+$/);
      expect(JSON.parse(refused.body).errors[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'TOKEN',
      });
    }
    const names = (headers: Array<[string, string]>) => headers.map(([name]) => name).sort();
    expect(names(refusals[0]!.headers)).toEqual(names(refusals[1]!.headers));
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { userMessageProblems } from '@billing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { rateLimitMessage } from '../src/rate-limit.js';
import { createAccount, tokenFor } from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';
import { KNOWN_RULES, PUBLIC_NAMES } from './user-message-check.js';

/**
 * Rate limits per API token and per client address, counted in PostgreSQL (rate_limits) so
 * that several API processes share them. Each test sends from its own client address (through
 * X-Forwarded-For, believed from the loopback proxy) and with its own tokens, so the windows
 * of one test never count another's requests, nor those of other test files.
 */
let plain: Harness;
let webDist: string;
const started: Harness[] = [];

beforeAll(async () => {
  plain = await startHarness();
  webDist = await mkdtemp(path.join(os.tmpdir(), 'billing-rate-limit-web-'));
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>web</title>');
  await writeFile(path.join(webDist, 'app.js'), 'console.log("web");');
  await writeFile(
    path.join(webDist, 'playground.html'),
    '<!doctype html><title>playground</title>',
  );
});

afterAll(async () => {
  for (const api of started) await api.close();
  await plain?.close();
  if (webDist) await rm(webDist, { recursive: true, force: true });
});

async function limited(config: Partial<Config>): Promise<Harness> {
  const api = await startHarness({
    config: { trustProxy: 'loopback', webDist, ...config },
  });
  started.push(api);
  return api;
}

/** A client address of its own (TEST-NET-3, never contacted: it only names the client). */
const address = () => `203.0.113.${1 + (randomBytes(1)[0]! % 254)}`;
const usedAddresses = new Set<string>();
function freshAddress(): string {
  for (;;) {
    const candidate = address();
    if (!usedAddresses.has(candidate)) {
      usedAddresses.add(candidate);
      return candidate;
    }
  }
}

async function send(
  api: Harness,
  from: string,
  token: string | null,
  query = '{ __typename }',
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': from,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, any>;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

async function customerToken(): Promise<string> {
  return tokenFor(plain, await createAccount(plain));
}

function expectRefused(
  answer: Awaited<ReturnType<typeof send>>,
  limit: 'TOKEN' | 'ADDRESS',
  windowSeconds: number,
) {
  expect(answer.status).toBe(429);
  const seconds = Number(answer.retryAfter);
  expect(Number.isInteger(seconds)).toBe(true);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(windowSeconds);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  expect(error!.extensions).toEqual({
    code: 'RATE_LIMITED',
    limit,
    retryAfterSeconds: seconds,
  });
  expect(error!.message).toContain(`wait ${seconds} seconds`);
  expect(error!.message).toContain(limit === 'TOKEN' ? 'this API token' : 'your address');
  expect(
    userMessageProblems(error!.message, { publicNames: PUBLIC_NAMES, knownRules: KNOWN_RULES }),
  ).toEqual([]);
}

describe('rate limits', () => {
  it('a token over its limit gets 429 with Retry-After and nothing is done; another token and anonymous requests from the same address go on', async () => {
    const api = await limited({ rateLimitPerToken: 3, rateLimitPerAddress: 100 });
    const from = freshAddress();
    const [first, second] = [await customerToken(), await customerToken()];
    for (let i = 0; i < 3; i++) expect((await send(api, from, first)).status).toBe(200);

    // The fourth request of the token would create an account: refused, and none is written.
    const name = `Throttled ${randomBytes(6).toString('hex')}`;
    const refused = await send(
      api,
      from,
      first,
      `mutation($name: String!) { createAccount(input: { name: $name }) { account { id } } }`,
      { name },
    );
    expectRefused(refused, 'TOKEN', 60);
    const written = await plain.db.query(
      'SELECT count(*)::int AS n FROM accounts WHERE name = $1',
      [name],
    );
    expect(written[0].n).toBe(0);

    // The limit is the token's: another token and anonymous requests from the address go on.
    expect((await send(api, from, second)).status).toBe(200);
    expect((await send(api, from, null)).status).toBe(200);
    // The first token stays refused from any address.
    expectRefused(await send(api, freshAddress(), first), 'TOKEN', 60);
  });

  it('an address over its limit gets 429 whatever the token; another address goes on', async () => {
    const api = await limited({ rateLimitPerToken: 100, rateLimitPerAddress: 4 });
    const from = freshAddress();
    const tokens = [await customerToken(), await customerToken(), null, OPERATOR_TOKEN];
    for (const token of tokens) expect((await send(api, from, token)).status).toBe(200);
    expectRefused(await send(api, from, await customerToken()), 'ADDRESS', 60);
    expectRefused(await send(api, from, null), 'ADDRESS', 60);
    // Those tokens still have room from elsewhere.
    const elsewhere = freshAddress();
    for (const token of tokens) expect((await send(api, elsewhere, token)).status).toBe(200);
  });

  it('two API instances on one database share the count', async () => {
    const config = { rateLimitPerToken: 5, rateLimitPerAddress: 0 };
    const [one, two] = [await limited(config), await limited(config)];
    const token = await customerToken();
    const from = freshAddress();
    const answers = [];
    for (const api of [one, two, one, two, one])
      answers.push((await send(api, from, token)).status);
    expect(answers).toEqual([200, 200, 200, 200, 200]);
    // Five counted across both: the sixth is refused by either instance.
    expectRefused(await send(two, from, token), 'TOKEN', 60);
    expectRefused(await send(one, from, token), 'TOKEN', 60);
    const rows = await plain.db.query(
      `SELECT key, points FROM rate_limits WHERE key LIKE 'token:%' AND points >= 5`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });

  it('the window resets: after Retry-After seconds the token is served again', async () => {
    const api = await limited({
      rateLimitPerToken: 2,
      rateLimitPerAddress: 0,
      rateLimitWindowSeconds: 2,
    });
    const token = await customerToken();
    const from = freshAddress();
    expect((await send(api, from, token)).status).toBe(200);
    expect((await send(api, from, token)).status).toBe(200);
    const refused = await send(api, from, token);
    expectRefused(refused, 'TOKEN', 2);
    await new Promise((resolve) => setTimeout(resolve, Number(refused.retryAfter) * 1000 + 200));
    expect((await send(api, from, token)).status).toBe(200);
    expect((await send(api, from, token)).status).toBe(200);
    expectRefused(await send(api, from, token), 'TOKEN', 2);
  });

  it('probes, /metrics, the playground page and the web client files are never limited', async () => {
    const api = await limited({ rateLimitPerToken: 1, rateLimitPerAddress: 1 });
    const from = freshAddress();
    const headers = { 'x-forwarded-for': from };
    expect((await send(api, from, null)).status).toBe(200);
    expectRefused(await send(api, from, null), 'ADDRESS', 60);
    for (let i = 0; i < 3; i++) {
      expect((await fetch(`${api.url}/healthz`, { headers })).status).toBe(200);
      expect((await fetch(`${api.url}/readyz`, { headers })).status).toBe(200);
      const metrics = await fetch(`${api.url}/metrics`, {
        headers: { ...headers, authorization: `Bearer ${OPERATOR_TOKEN}` },
      });
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/billing_rate_limited_total\{limit="address"\} [1-9]/);
      expect((await fetch(`${api.url}/`, { headers })).status).toBe(200);
      expect((await fetch(`${api.url}/app.js`, { headers })).status).toBe(200);
      const page = await fetch(`${api.url}/graphql`, {
        headers: { ...headers, accept: 'text/html' },
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('playground');
    }
    // The invoice documents are the API's: limited like GraphQL.
    const document = await fetch(`${api.url}/invoices/${randomBytes(4).toString('hex')}.pdf`, {
      headers,
    });
    expect(document.status).toBe(429);
  });

  it('0 turns a limit off; the defaults suit a console user; a bad setting stops start-up with its name', () => {
    const defaults = loadConfig({});
    expect(defaults.rateLimitPerToken).toBe(600);
    expect(defaults.rateLimitPerAddress).toBe(1200);
    expect(defaults.rateLimitWindowSeconds).toBe(60);
    expect(defaults.trustProxy).toBe(false);
    const off = loadConfig({ RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_ADDRESS: '0' });
    expect([off.rateLimitPerToken, off.rateLimitPerAddress]).toEqual([0, 0]);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(() => loadConfig({ RATE_LIMIT_PER_TOKEN: 'many' })).toThrow(
      'RATE_LIMIT_PER_TOKEN must be a whole number, got "many"',
    );
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(
      'RATE_LIMIT_WINDOW_SECONDS must be a whole number above 0',
    );
    expect(rateLimitMessage('address', 1200, 60, 7, Date.UTC(2026, 0, 1, 8, 0, 0))).toBe(
      'Too many requests from your address: at most 1200 requests in 60 seconds are accepted. Nothing was done; wait 7 seconds (until 2026-01-01T08:00:07Z), then send the request again',
    );
  });
});

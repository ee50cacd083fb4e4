// The client against a scripted fetch: shapes of results and errors, retries, idempotency keys.
// The same behaviours against the real API are in test/*.test.ts.
import { describe, expect, it } from 'vitest';
import { createBillingClient, unwrap } from './client.js';
import {
  BillingAuthError,
  BillingError,
  BillingGraphQLError,
  BillingTimeoutError,
  BillingTransportError,
  BillingUserError,
} from './errors.js';
import { ViewerDocument } from './gql/graphql.js';

interface Sent {
  query: string;
  variables: Record<string, any>;
  headers: Record<string, string>;
}

/** A fetch that plays `answers` in order (a Response, a thrown error, or a function of the request). */
function scriptedFetch(...answers: Array<Response | Error | ((sent: Sent) => Response | Error)>) {
  const sent: Sent[] = [];
  const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    const request = {
      ...(JSON.parse(String(init?.body)) as Omit<Sent, 'headers'>),
      headers: init?.headers as Record<string, string>,
    };
    sent.push(request);
    let answer = answers.shift() ?? new Error('no more answers');
    if (typeof answer === 'function') answer = answer(request);
    if (answer instanceof Error) throw answer;
    return answer;
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const client = (
  fetch: typeof globalThis.fetch,
  extra: { retries?: number; timeoutMs?: number } = {},
) =>
  createBillingClient({
    url: 'http://api.test/graphql',
    token: 't-1',
    fetch,
    retryDelayMs: 1,
    ...extra,
  });

const payOrderPayload = {
  payOrder: {
    order: { id: 'o-1', status: 'PAID' },
    payment: { id: 'p-1', amount: { amount: '10450.00', currency: 'CNY' } },
    userErrors: [],
  },
};

describe('createBillingClient', () => {
  it('sends the bearer token and resolves a method with its root field, typed', async () => {
    const { fetch, sent } = scriptedFetch(
      json({ data: { viewer: { role: 'OPERATOR', account: null } } }),
    );
    const viewer = await client(fetch).viewer();
    expect(viewer.role).toBe('OPERATOR');
    expect(sent[0]!.headers.authorization).toBe('Bearer t-1');
    expect(sent[0]!.query).toMatch(/^query Viewer \{/);
  });

  it('request() runs any typed document and resolves with its data', async () => {
    const { fetch } = scriptedFetch(
      json({ data: { viewer: { role: 'CUSTOMER_ADMIN', account: null } } }),
    );
    const data = await client(fetch).request(ViewerDocument);
    expect(data.viewer.role).toBe('CUSTOMER_ADMIN');
  });

  it('returns userErrors as a typed result instead of throwing', async () => {
    const refusal = {
      code: 'SEAT_LIMIT',
      message: 'EQQ takes 3 to 50 seats',
      field: ['input', 'seats'],
    };
    const { fetch } = scriptedFetch(
      json({
        data: { openSubscription: { order: null, subscription: null, userErrors: [refusal] } },
      }),
    );
    const result = await client(fetch).openSubscription({
      accountId: 'a-1',
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 51,
      years: 1,
    });
    expect(result).toEqual({ ok: false, userErrors: [refusal] });
    if (!result.ok) expect(result.userErrors[0].code).toBe('SEAT_LIMIT');
    expect(() => unwrap(result)).toThrow(BillingUserError);
  });

  it('returns the payload without userErrors as data when the call succeeded', async () => {
    const { fetch } = scriptedFetch(json({ data: payOrderPayload }));
    const result = await client(fetch).payOrder({
      orderId: 'o-1',
      method: 'ALIPAY',
      amount: '10450.00',
    });
    expect(result).toEqual({
      ok: true,
      data: { order: payOrderPayload.payOrder.order, payment: payOrderPayload.payOrder.payment },
    });
    // payment and order are guaranteed on success: typed without null, no `?.` needed.
    expect(unwrap(result).payment.amount.amount).toBe('10450.00');
    if (result.ok) expect(result.data.order.status).toBe('PAID');
  });

  it('throws rather than hand over a success missing a field the API guarantees on it', async () => {
    const { fetch } = scriptedFetch(
      json({ data: { payOrder: { ...payOrderPayload.payOrder, order: null } } }),
    );
    const call = client(fetch).payOrder({ orderId: 'o-1', method: 'ALIPAY', amount: '1.00' });
    await expect(call).rejects.toThrow(BillingError);
    await expect(
      client(
        scriptedFetch(json({ data: { payOrder: { ...payOrderPayload.payOrder, order: null } } }))
          .fetch,
      ).payOrder({ orderId: 'o-1', method: 'ALIPAY', amount: '1.00' }),
    ).rejects.toThrow(/payOrder succeeded without order/);
  });

  it('a refusal may leave the guaranteed fields null: they are promised only on success', async () => {
    const refusal = { code: 'NOT_FOUND', message: 'No such order', field: ['orderId'] };
    const { fetch } = scriptedFetch(
      json({ data: { payOrder: { order: null, payment: null, userErrors: [refusal] } } }),
    );
    const result = await client(fetch).payOrder({ orderId: 'o-9', method: 'ALIPAY', amount: '1' });
    expect(result).toEqual({ ok: false, userErrors: [refusal] });
  });

  it('generates an idempotencyKey per call when the input has one, and keeps the caller’s', async () => {
    const { fetch, sent } = scriptedFetch(
      json({ data: payOrderPayload }),
      json({ data: payOrderPayload }),
      json({ data: payOrderPayload }),
    );
    const api = client(fetch);
    await api.payOrder({ orderId: 'o-1', method: 'ALIPAY', amount: '1.00' });
    await api.payOrder({ orderId: 'o-1', method: 'ALIPAY', amount: '1.00' });
    await api.payOrder({
      orderId: 'o-1',
      method: 'ALIPAY',
      amount: '1.00',
      idempotencyKey: 'mine',
    });
    const keys = sent.map((s) => s.variables.input.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe('mine');
  });

  it('retries a network failure with the same idempotencyKey (R-PAY idempotency), then succeeds', async () => {
    const { fetch, sent } = scriptedFetch(
      new TypeError('fetch failed'),
      json({ data: payOrderPayload }, 502),
      json({ data: payOrderPayload }),
    );
    const result = await client(fetch).payOrder({
      orderId: 'o-1',
      method: 'ALIPAY',
      amount: '1.00',
    });
    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.variables.input.idempotencyKey).toBe(sent[0]!.variables.input.idempotencyKey);
  });

  it('retries 5xx answers that are not GraphQL, bounded by `retries`', async () => {
    const html = () => new Response('<html>Bad gateway</html>', { status: 502 });
    const { fetch, sent } = scriptedFetch(html(), html(), html(), html());
    const error = await client(fetch, { retries: 2 })
      .viewer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillingTransportError);
    expect(error).toMatchObject({ status: 502, retryable: true, attempts: 3 });
    expect(sent).toHaveLength(3);
  });

  it('never retries a mutation without an idempotency key (it could run twice)', async () => {
    const { fetch, sent } = scriptedFetch(new TypeError('socket hang up'), json({ data: {} }));
    await expect(client(fetch).createAccount({ name: 'Acme' })).rejects.toMatchObject({
      name: 'BillingTransportError',
      attempts: 1,
    });
    expect(sent).toHaveLength(1);
  });

  it('never retries a GraphQL error, and types auth errors', async () => {
    const { fetch, sent } = scriptedFetch(
      json(
        {
          errors: [
            { message: 'Unknown or revoked token', extensions: { code: 'UNAUTHENTICATED' } },
          ],
        },
        401,
      ),
      json({
        errors: [{ message: 'Only operators may do this', extensions: { code: 'FORBIDDEN' } }],
      }),
      json(
        {
          errors: [
            {
              message: 'Variable "$input" got invalid value',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
        400,
      ),
    );
    const api = client(fetch);
    const unauthenticated = await api.viewer().catch((e: unknown) => e);
    expect(unauthenticated).toBeInstanceOf(BillingAuthError);
    expect(unauthenticated).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    await expect(api.testClocks()).rejects.toMatchObject({
      name: 'BillingAuthError',
      code: 'FORBIDDEN',
    });
    const bad = await api.catalog().catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BillingGraphQLError);
    expect(bad).not.toBeInstanceOf(BillingAuthError);
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(sent).toHaveLength(3);
  });

  it('answers with the data when the API only withheld an operator-only field (FORBIDDEN below the root, field null)', async () => {
    const account = { id: 'a-1', name: 'Acme', auditLog: null };
    const forbidden = (path: string[]) => ({
      message: 'Only operators may do this',
      path,
      extensions: { code: 'FORBIDDEN' },
    });
    const { fetch } = scriptedFetch(
      json({ data: { account }, errors: [forbidden(['account', 'auditLog'])] }),
      json({ data: { account: null }, errors: [forbidden(['account'])] }),
      // A non-null field refused: the null spread to its parent, which is not a withheld field.
      json({ data: { account: null }, errors: [forbidden(['account', 'name'])] }),
    );
    const api = client(fetch);
    expect(await api.account({ id: 'a-1' })).toEqual(account);
    await expect(api.account({ id: 'a-1' })).rejects.toBeInstanceOf(BillingAuthError);
    await expect(api.account({ id: 'a-1' })).rejects.toBeInstanceOf(BillingAuthError);
  });

  it('abandons an attempt after timeoutMs with a BillingTimeoutError', async () => {
    const hang = (async (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as typeof fetch;
    const error = await client(hang, { timeoutMs: 20, retries: 1 })
      .viewer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillingTimeoutError);
    expect(error).toMatchObject({ attempts: 2, retryable: true });
  });

  it('stops at once when the caller aborts', async () => {
    const controller = new AbortController();
    const { fetch, sent } = scriptedFetch(
      () => {
        controller.abort();
        return new TypeError('aborted');
      },
      json({ data: {} }),
    );
    await expect(client(fetch).viewer({ signal: controller.signal })).rejects.toMatchObject({
      retryable: false,
    });
    expect(sent).toHaveLength(1);
  });

  it('refuses nonsense options', () => {
    expect(() => createBillingClient({ url: '', token: 't' })).toThrow(/url/);
    expect(() => createBillingClient({ url: 'http://x', token: 't', retries: -1 })).toThrow(
      /retries/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createBillingClient } from './client.js';
import { BillingGraphQLError, BillingTransportError } from './errors.js';
import { ViewerDocument } from './operations/accounts.js';

function fakeFetch(status: number, body: unknown): typeof fetch {
  return (async (_url: string | URL | Request, init?: RequestInit) => {
    const sent = JSON.parse(String(init?.body)) as { query: string };
    expect(sent.query).toContain('query SdkViewer');
    expect((init?.headers as Record<string, string>).authorization).toBe('Bearer t-1');
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as typeof fetch;
}

describe('createBillingClient', () => {
  it('returns typed data', async () => {
    const client = createBillingClient({
      url: 'http://api.test/graphql',
      token: 't-1',
      fetch: fakeFetch(200, { data: { viewer: { role: 'OPERATOR', account: null } } }),
    });
    const data = await client.request(ViewerDocument, {});
    expect(data.viewer.role).toBe('OPERATOR');
  });

  it('throws a BillingGraphQLError with the error code', async () => {
    const client = createBillingClient({
      url: 'http://api.test/graphql',
      token: 't-1',
      fetch: fakeFetch(200, { errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    await expect(client.request(ViewerDocument, {})).rejects.toMatchObject({
      name: 'BillingGraphQLError',
      code: 'UNAUTHENTICATED',
    });
    await expect(client.request(ViewerDocument, {})).rejects.toBeInstanceOf(BillingGraphQLError);
  });

  it('throws a BillingTransportError when the answer is not GraphQL or the API is unreachable', async () => {
    const html = createBillingClient({ url: 'http://api.test/graphql', token: 't-1', fetch: fakeFetch(502, '<html>') });
    await expect(html.request(ViewerDocument, {})).rejects.toMatchObject({ name: 'BillingTransportError', status: 502 });
    const down = createBillingClient({
      url: 'http://api.test/graphql',
      token: 't-1',
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch,
    });
    await expect(down.request(ViewerDocument, {})).rejects.toBeInstanceOf(BillingTransportError);
  });
});

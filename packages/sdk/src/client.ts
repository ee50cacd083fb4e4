import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { BillingGraphQLError, BillingTransportError } from './errors.js';

export interface BillingClientOptions {
  /** The API's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** A bearer token (see `createApiToken`). */
  token: string;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned (default 15 000). */
  timeoutMs?: number;
}

export interface BillingClient {
  /** Runs any typed document against the API. */
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
}

export function createBillingClient(options: BillingClientOptions): BillingClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    async request(document, variables) {
      let response: Response;
      try {
        response = await doFetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
          body: JSON.stringify({ query: print(document), variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (cause) {
        throw new BillingTransportError(`Cannot reach ${options.url}: ${String(cause)}`, null, { cause });
      }
      let body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      try {
        body = (await response.json()) as typeof body;
      } catch (cause) {
        throw new BillingTransportError(`The API answered ${response.status} without GraphQL`, response.status, { cause });
      }
      if (body.errors?.length) {
        const first = body.errors[0]!;
        throw new BillingGraphQLError(first.message, String(first.extensions?.code ?? 'UNKNOWN'), body.errors);
      }
      if (body.data === undefined || body.data === null) {
        throw new BillingTransportError(`The API answered ${response.status} without data`, response.status);
      }
      return body.data as never;
    },
  };
}

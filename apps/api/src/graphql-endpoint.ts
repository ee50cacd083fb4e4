import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import { localeFrom } from '@billing/domain';
import express from 'express';
import proxyAddress from 'proxy-addr';
import type { Context } from './context.js';
import {
  BODY_LIMIT_KB,
  sendHttpError,
  startRequest,
  type Header,
  type RequestFacts,
} from './http-responses.js';
import { inLocale } from './locale.js';
import { sendRateLimited, type RateLimitCheck } from './rate-limit.js';

/**
 * `POST /graphql`, the API's one hot path, served by node:http directly rather than through
 * Express: Express's router, its request and response wrappers and helmet's dozen middlewares
 * cost about a fifth of a small page's CPU, and GraphQL needs none of them. The request goes
 * through the same steps, in the same order, as every other request of the API:
 *
 *   the security headers, a request id and the timeout (`startRequest`) → the rate limits →
 *   the JSON body, by Express's own parser (its limit, charsets, encodings and errors) → the
 *   caller's language → Apollo Server (`executeHTTPGraphQLRequest`, what its Express
 *   integration calls) → the answer, or the late answer of a timed-out request dropped.
 *
 * Everything else (GET /graphql and the playground, documents, exports, probes, the web client)
 * is Express's, as is a `POST /graphql/` or `/GRAPHQL`, answered the same way there.
 */
export interface GraphqlEndpoint {
  /** Whether this request is the endpoint's (`POST /graphql`, with or without a query string). */
  takes(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export function graphqlEndpoint({
  apollo,
  context,
  headers,
  timeoutMs,
  rateLimit,
  trustProxy,
}: {
  readonly apollo: ApolloServer<Context>;
  /** The request's GraphQL context (sign-in, loaders …); it runs inside Apollo's error handling. */
  readonly context: (req: IncomingMessage, requestId: string) => Promise<Context>;
  readonly headers: readonly Header[];
  readonly timeoutMs: number;
  readonly rateLimit: RateLimitCheck | null;
  /** Which proxies' X-Forwarded-For names the client (Express's compiled `trust proxy`). */
  readonly trustProxy: (address: string, hop: number) => boolean;
}): GraphqlEndpoint {
  const readJson = express.json({ limit: `${BODY_LIMIT_KB}kb` }) as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => void;

  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    request: RequestFacts,
  ): Promise<void> {
    const headerMap = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headerMap.set(name, Array.isArray(value) ? value.join(', ') : value);
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: 'POST',
      headers: headerMap,
      search: query === -1 ? '' : url.slice(query),
      body: (req as { body?: unknown }).body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => context(req, request.requestId),
    });
    if (request.timedOut) return;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (!res.hasHeader('content-type'))
        res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  function afterLimits(req: IncomingMessage, res: ServerResponse, request: RequestFacts): void {
    readJson(req, res, (error) => {
      if (error) return sendHttpError(req, res, error as Error);
      // After the body is read: the body parser's stream events would leave the language's context.
      inLocale(localeFrom(req.headers['accept-language']), () => answer(req, res, request)).catch(
        (failure: unknown) =>
          sendHttpError(req, res, failure instanceof Error ? failure : new Error(String(failure))),
      );
    });
  }

  return {
    takes: (req) =>
      req.method === 'POST' && (req.url === '/graphql' || !!req.url?.startsWith('/graphql?')),
    handle(req, res) {
      const request = startRequest(res, headers, timeoutMs);
      if (!rateLimit) return afterLimits(req, res, request);
      rateLimit(req, proxyAddress(req, trustProxy)).then(
        (refusal) => {
          if (!refusal) return afterLimits(req, res, request);
          sendRateLimited(res, refusal);
        },
        (error: unknown) =>
          sendHttpError(req, res, error instanceof Error ? error : new Error(String(error))),
      );
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { localeFrom, msg, renderMessage } from '@billing/domain';
import helmet from 'helmet';
import type { Config } from './config.js';
import { logLine } from './logger.js';

/**
 * What every HTTP response of the API shares, whichever path answers it: Express (the web
 * client, documents, exports, probes, GET /graphql) or the GraphQL endpoint that node:http
 * serves directly (POST /graphql, `graphql-endpoint.ts`).
 */

/** The largest GraphQL request body; a larger one is answered 413. */
export const BODY_LIMIT_KB = 64;

/** A header to send, lower-case name first. */
export type Header = readonly [name: string, value: string];

/**
 * The security headers of every response, as helmet writes them, worked out once: they depend on
 * the configuration only, never on the request. The CSP admits what the bundled web client and
 * playground load: their own scripts, styles set inline by React and the editor, the editor's
 * workers, data: images and fonts; nothing from elsewhere, and no framing.
 */
export function securityHeaders(config: Config): readonly Header[] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), String(value));
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only where the API is served over TLS (HSTS=1), never on plain local HTTP.
    strictTransportSecurity: config.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  })({} as IncomingMessage as never, recorder as unknown as ServerResponse as never, () => {});
  return [...headers];
}

/** A request's own facts, kept beside its response while it runs. */
export interface RequestFacts {
  readonly requestId: string;
  /** The request ran past the timeout and was answered 503: its late answer is dropped. */
  timedOut: boolean;
}

const facts = new WeakMap<ServerResponse, RequestFacts>();

/** The facts `startRequest` kept for this response (null for a response it never saw). */
export function requestFacts(res: ServerResponse): RequestFacts | null {
  return facts.get(res) ?? null;
}

/**
 * Starts answering a request: the security headers, a request id (`x-request-id`, in the logs),
 * and the timeout. A request still running after `requestTimeoutMs` is answered 503 TIMEOUT; its
 * work may still finish (a mutation retried with its idempotencyKey is then replayed), but its
 * late answer is dropped and the connection is not reused.
 */
export function startRequest(
  res: ServerResponse,
  headers: readonly Header[],
  timeoutMs: number,
): RequestFacts {
  for (const [name, value] of headers) res.setHeader(name, value);
  const started: RequestFacts = { requestId: randomUUID(), timedOut: false };
  facts.set(res, started);
  res.setHeader('x-request-id', started.requestId);
  res.setTimeout(timeoutMs, () => {
    if (res.headersSent) return;
    logLine({
      level: 'warn',
      requestId: started.requestId,
      message: 'request timed out',
      timeoutMs,
    });
    res.setHeader('connection', 'close');
    started.timedOut = true;
    sendJson(res, 503, {
      errors: [{ message: 'Request timed out', extensions: { code: 'TIMEOUT' } }],
    });
  });
  return started;
}

/** Sends `body` as a JSON answer (compact, `application/json; charset=utf-8`). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/**
 * The answer to a request that failed before GraphQL ran (a body too large or not JSON, an
 * unsupported charset, an unexpected error), in the shape of a GraphQL error: 413 says what to
 * do in the caller's language; other client errors keep the body parser's words; a server error
 * is logged with its stack and answered without details.
 */
export function sendHttpError(
  req: IncomingMessage,
  res: ServerResponse,
  error: Error & { status?: number },
): void {
  const request = requestFacts(res);
  // A late answer to a request already answered (it timed out): nothing more to send.
  if (res.headersSent && request?.timedOut) return;
  const status = error.status ?? 500;
  if (status >= 500)
    logLine({
      level: 'error',
      requestId: request?.requestId,
      message: error.message,
      stack: error.stack,
    });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message =
    status === 413
      ? renderMessage(
          msg('api.request.tooLarge', { limit: BODY_LIMIT_KB }),
          // Before the body is read: no request context yet.
          localeFrom(req.headers['accept-language']),
        )
      : status < 500
        ? error.message
        : 'Internal server error';
  sendJson(res, status, {
    errors: [
      { message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } },
    ],
  });
}

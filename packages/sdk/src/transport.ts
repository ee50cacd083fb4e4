import { Kind, parse, print, type DocumentNode } from 'graphql';
import {
  BillingAuthError,
  BillingGraphQLError,
  BillingTimeoutError,
  BillingTransportError,
  type GraphQLErrorEntry,
} from './errors.js';
import type { CallOptions } from './operation-types.js';

/** A document as an AST (`TypedDocumentNode`) or as a string (`TypedDocumentString`). */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- TypedDocumentString extends String
export type AnyDocument = DocumentNode | string | String;

export interface TransportOptions {
  url: string;
  token: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
}

type OperationKind = 'query' | 'mutation' | 'subscription';
const described = new WeakMap<object, { query: string; kind: OperationKind }>();
const kindOfText = new Map<string, OperationKind>();

function operationKind(document: DocumentNode): OperationKind {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation && 'operation' in operation ? (operation.operation as OperationKind) : 'query';
}

/** The query text and operation kind of a document (worked out once per document). */
export function describeDocument(document: AnyDocument): { query: string; kind: OperationKind } {
  if (typeof document === 'string' || document instanceof String) {
    const query = String(document).trim();
    let kind = kindOfText.get(query);
    if (!kind) {
      kind = operationKind(parse(query, { noLocation: true }));
      kindOfText.set(query, kind);
    }
    return { query, kind };
  }
  let found = described.get(document);
  if (!found) {
    found = { query: print(document), kind: operationKind(document) };
    described.set(document, found);
  }
  return found;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Exponential backoff with jitter: ~base, ~2×base, ~4×base… capped at 5 s. */
export const backoff = (attempt: number, baseMs: number) => {
  const ceiling = Math.min(5_000, baseMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
};

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorEntry[];
}

const looksLikeGraphQL = (body: unknown): body is GraphQLBody =>
  typeof body === 'object' &&
  body !== null &&
  ('data' in body || Array.isArray((body as GraphQLBody).errors));

/**
 * The API withholds operator-only fields from customers (e.g. `Account.auditLog`): FORBIDDEN at
 * a nullable field below the root, that field null and everything around it intact. Any other
 * error — or a null that spread beyond the field — fails the call.
 */
function withheld(data: Record<string, unknown>, error: GraphQLErrorEntry): boolean {
  const path = error.path ?? [];
  if (error.extensions?.code !== 'FORBIDDEN' || path.length < 2) return false;
  let parent: unknown = data;
  for (const segment of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  return (
    parent !== null &&
    typeof parent === 'object' &&
    (parent as Record<string | number, unknown>)[path[path.length - 1]!] === null
  );
}

/** One HTTP attempt: resolves with `data` or throws a typed error. */
async function attempt(
  options: TransportOptions,
  payload: string,
  attemptNumber: number,
  call: CallOptions,
): Promise<Record<string, unknown>> {
  const timeoutMs = call.timeoutMs ?? options.timeoutMs;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
  const fail = (message: string, status: number | null, retryable: boolean, cause?: unknown) =>
    new BillingTransportError(message, status, { cause, retryable, attempts: attemptNumber });
  let response: Response;
  let text: string;
  try {
    response = await options.fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${options.token}`,
      },
      body: payload,
      signal,
    });
    text = await response.text();
  } catch (cause) {
    if (call.signal?.aborted)
      throw fail(
        `The call to ${options.url} was aborted`,
        null,
        false,
        call.signal.reason ?? cause,
      );
    if (timeout.aborted) {
      throw new BillingTimeoutError(`No answer from ${options.url} within ${timeoutMs} ms`, null, {
        cause,
        retryable: true,
        attempts: attemptNumber,
      });
    }
    throw fail(
      `Cannot reach ${options.url}: ${cause instanceof Error ? cause.message : String(cause)}`,
      null,
      true,
      cause,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!looksLikeGraphQL(body)) {
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    throw fail(`The API answered ${response.status} without GraphQL`, response.status, retryable);
  }
  const data = body.data;
  if (body.errors?.length && !(data && body.errors.every((error) => withheld(data, error)))) {
    const first = body.errors[0]!;
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    const ErrorClass =
      code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? BillingAuthError : BillingGraphQLError;
    throw new ErrorClass(first.message, code, body.errors, response.status);
  }
  if (!body.data)
    throw fail(`The API answered ${response.status} without data`, response.status, false);
  return body.data;
}

/**
 * Sends a document, retrying transport failures (network errors, timeouts, 5xx/429 answers that
 * are not GraphQL) when `retryable` — only queries and calls that carry an idempotency key are,
 * so a retry can never do the work twice. GraphQL errors are never retried.
 */
export async function execute(
  options: TransportOptions,
  document: AnyDocument,
  variables: Record<string, unknown> | undefined,
  retryable: boolean,
  call: CallOptions = {},
): Promise<Record<string, unknown>> {
  const payload = JSON.stringify({
    query: describeDocument(document).query,
    variables: variables ?? {},
  });
  const retries = retryable ? (call.retries ?? options.retries) : 0;
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(options, payload, attemptNumber, call);
    } catch (error) {
      const again =
        error instanceof BillingTransportError && error.retryable && attemptNumber <= retries;
      if (!again) throw error;
      try {
        await sleep(backoff(attemptNumber, options.retryDelayMs), call.signal);
      } catch (reason) {
        throw new BillingTransportError(`The call to ${options.url} was aborted`, null, {
          cause: reason,
          attempts: attemptNumber,
        });
      }
    }
  }
}

/** Whether `variables` carry an idempotency key (top level or in `input`). */
export function carriesIdempotencyKey(variables: Record<string, unknown> | undefined): boolean {
  const input = variables?.input;
  const nested =
    typeof input === 'object' && input !== null
      ? (input as Record<string, unknown>).idempotencyKey
      : undefined;
  return typeof variables?.idempotencyKey === 'string' || typeof nested === 'string';
}

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import type { BillingOperations } from './operations/generated.js';
import { operations } from './operations/generated.js';
import type {
  BillingResult,
  CallOptions,
  OperationSpec,
  PayloadField,
  SuccessData,
} from './operation-types.js';
import {
  carriesIdempotencyKey,
  describeDocument,
  execute,
  type AnyDocument,
  type TransportOptions,
} from './transport.js';
import { BillingError, BillingUserError } from './errors.js';

export interface BillingClientOptions {
  /** The API's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** A bearer token (see `createApiToken`). */
  token: string;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** Milliseconds before one attempt is abandoned (default 15 000). */
  timeoutMs?: number;
  /**
   * How many times a transport failure (network error, timeout, 5xx or 429 without a GraphQL
   * answer) is retried, with exponential backoff (default 2). Only queries and calls carrying an
   * idempotency key are retried; GraphQL errors never are.
   */
  retries?: number;
  /** The first backoff delay in milliseconds (default 300), doubled on each retry. */
  retryDelayMs?: number;
}

type VariablesArgs<TVariables> = [TVariables] extends [Record<string, never>]
  ? [variables?: TVariables, options?: CallOptions]
  : // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "every key optional"
    {} extends TVariables
    ? [variables?: TVariables, options?: CallOptions]
    : [variables: TVariables, options?: CallOptions];

export interface BillingClient extends BillingOperations {
  /**
   * Runs any typed document — a `TypedDocumentNode` or a `TypedDocumentString` from
   * graphql-codegen, or one of the SDK's own `…Document` exports — and resolves with its
   * `data`. GraphQL errors are thrown; userErrors are left in the data.
   */
  request<TResult, TVariables>(
    // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- TypedDocumentString extends String
    document: DocumentTypeDecoration<TResult, TVariables> & (DocumentNode | string | String),
    ...args: VariablesArgs<TVariables>
  ): Promise<TResult>;
}

const newIdempotencyKey = (): string => globalThis.crypto.randomUUID();

function withIdempotencyKey(value: unknown): Record<string, unknown> {
  const object = (value ?? {}) as Record<string, unknown>;
  return typeof object.idempotencyKey === 'string'
    ? object
    : { ...object, idempotencyKey: newIdempotencyKey() };
}

function toResult(
  payload: { userErrors: unknown[] },
  spec: OperationSpec,
): BillingResult<{ userErrors: unknown[] }> {
  const { userErrors, ...data } = payload;
  if (userErrors.length > 0)
    return { ok: false, userErrors: userErrors as [unknown, ...unknown[]] };
  // The result type promises these fields on success: never hand over a success without them.
  const missing = (spec.guaranteed ?? []).filter(
    (field) => (data as Record<string, unknown>)[field] == null,
  );
  if (missing.length > 0)
    throw new BillingError(
      `${spec.field} succeeded without ${missing.join(', ')}, which the API guarantees on success: report it to the billing API team with the request's x-request-id`,
    );
  return { ok: true, data };
}

function positive(
  name: string,
  value: number | undefined,
  fallback: number,
  { allowZero = false } = {},
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new TypeError(
      `createBillingClient: ${name} must be a whole number${allowZero ? '' : ' above 0'}, got ${value}`,
    );
  }
  return value;
}

/**
 * A client with one typed method per Query and Mutation field of the API, plus `request` for
 * any typed document.
 *
 * - Methods take the operation's `input` (or its arguments) and resolve with the root field.
 * - Mutations resolve to a `BillingResult`: `{ ok: true, data }` or `{ ok: false, userErrors }`.
 *   Business refusals are never thrown.
 * - Transport failures throw `BillingTransportError` (`BillingTimeoutError`), GraphQL errors
 *   `BillingGraphQLError` (`BillingAuthError` for UNAUTHENTICATED/FORBIDDEN).
 * - A missing `idempotencyKey` is generated per call and reused by its automatic retries.
 */
export function createBillingClient(options: BillingClientOptions): BillingClient {
  if (!options?.url) throw new TypeError('createBillingClient: url is required');
  if (!options.token) throw new TypeError('createBillingClient: token is required');
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function')
    throw new TypeError('createBillingClient: no fetch available; pass options.fetch');
  const transport: TransportOptions = {
    url: options.url,
    token: options.token,
    fetch: doFetch,
    timeoutMs: positive('timeoutMs', options.timeoutMs, 15_000),
    retries: positive('retries', options.retries, 2, { allowZero: true }),
    retryDelayMs: positive('retryDelayMs', options.retryDelayMs, 300, { allowZero: true }),
  };

  const client: Record<string, unknown> = {
    request(document: AnyDocument, variables?: Record<string, unknown>, call?: CallOptions) {
      const retryable =
        describeDocument(document).kind === 'query' || carriesIdempotencyKey(variables);
      return execute(transport, document, variables, retryable, call);
    },
  };

  for (const spec of Object.values(operations) as OperationSpec[]) {
    client[spec.field] = async (first?: unknown, second?: CallOptions) => {
      let variables: Record<string, unknown>;
      let call: CallOptions | undefined = second;
      if (spec.args === 'none') {
        variables = {};
        call = first as CallOptions | undefined;
      } else if (spec.args === 'input') {
        variables = { input: spec.idempotencyKey ? withIdempotencyKey(first) : first };
      } else {
        variables = spec.idempotencyKey
          ? withIdempotencyKey(first)
          : ((first ?? {}) as Record<string, unknown>);
      }
      const retryable = spec.kind === 'query' || spec.idempotencyKey;
      const data = await execute(transport, spec.document, variables, retryable, call);
      const value = data[spec.field] as { userErrors: unknown[] } | null;
      return spec.userErrors && value ? toResult(value, spec) : value;
    };
  }
  return client as unknown as BillingClient;
}

/**
 * The data of a successful result, or a thrown `BillingUserError` with its userErrors — for
 * scripts and tests where a refusal is unexpected.
 */
export function unwrap<
  TPayload extends { userErrors: ReadonlyArray<{ code: string; message: string }> },
  TGuaranteed extends PayloadField<TPayload> = never,
>(result: BillingResult<TPayload, TGuaranteed>): SuccessData<TPayload, TGuaranteed> {
  if (result.ok) return result.data;
  throw new BillingUserError(result.userErrors);
}

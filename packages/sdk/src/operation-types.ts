import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** Per-call options, accepted as the last argument of every method and of `request`. */
export interface CallOptions {
  /** Abort the call (and any pending retry). An aborted call is never retried. */
  signal?: AbortSignal;
  /** Milliseconds before one attempt is abandoned; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Automatic retries of transport failures for this call; overrides the client's `retries`. */
  retries?: number;
}

/**
 * An input whose `idempotencyKey` may be left out: the client then generates one for the call
 * and sends the same key on every automatic retry. Pass your own key when you need to retry
 * the same request later yourself (after a crash, from a queue…).
 */
export type WithOptionalIdempotencyKey<T extends { idempotencyKey: string }> = Omit<
  T,
  'idempotencyKey'
> & {
  idempotencyKey?: string;
};

type WithoutUserErrors<T> = { [K in keyof T as K extends 'userErrors' ? never : K]: T[K] };

/** The payload fields other than `userErrors`: those a success may guarantee. */
export type PayloadField<TPayload> = Exclude<keyof TPayload, 'userErrors'>;

/**
 * A successful payload without `userErrors`, with the `TGuaranteed` fields present and non-null:
 * the fields the schema documents as "Always set when `userErrors` is empty".
 */
export type SuccessData<TPayload, TGuaranteed extends PayloadField<TPayload> = never> = [
  TGuaranteed,
] extends [never]
  ? WithoutUserErrors<TPayload>
  : Flatten<
      { [K in keyof TPayload as K extends 'userErrors' | TGuaranteed ? never : K]: TPayload[K] } & {
        [K in keyof TPayload as K extends TGuaranteed ? K : never]-?: NonNullable<TPayload[K]>;
      }
    >;

type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * What a mutation method resolves to: a business refusal is a value to branch on, not an
 * exception. (Queries such as `quote` and `refundPreview` resolve with their answer as it is,
 * `userErrors` included, beside the explanation they come with.)
 *
 * `TGuaranteed` names the payload fields the API always sets when it succeeds (the schema says
 * "Always set when `userErrors` is empty"): in `data` they are typed without `null`. The client
 * checks it: a success missing one is thrown as a `BillingError`, never handed over as data.
 *
 * ```ts
 * const result = await client.openSubscription({ ... });
 * if (!result.ok) return console.log(result.userErrors[0].code); // 'SEAT_LIMIT', typed
 * result.data.order.total.amount; // "10450.00": order is guaranteed on success
 * ```
 */
export type BillingResult<
  TPayload extends { userErrors: ReadonlyArray<unknown> },
  TGuaranteed extends PayloadField<TPayload> = never,
> =
  | { readonly ok: true; readonly data: SuccessData<TPayload, TGuaranteed> }
  | {
      readonly ok: false;
      /** At least one refusal, each with a stable `code`, a `message` and the input `field` concerned. */
      readonly userErrors: readonly [
        TPayload['userErrors'][number],
        ...Array<TPayload['userErrors'][number]>,
      ];
    };

/** A row of the generated operation table (src/operations/generated.ts). */
export interface OperationSpec {
  /** A `TypedDocumentString` (graphql-codegen's string document mode). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-wrapper-object-types -- each row has its own document type
  readonly document: DocumentTypeDecoration<any, any> & String;
  readonly kind: 'query' | 'mutation';
  /** The root field, also the method name. */
  readonly field: string;
  /** `input`: the method takes the `input` object; `variables`: all arguments; `none`: none. */
  readonly args: 'none' | 'input' | 'variables';
  /** The input has an `idempotencyKey` the client fills in when it is missing. */
  readonly idempotencyKey: boolean;
  /** A mutation whose payload carries `userErrors`: the method returns a `BillingResult`. */
  readonly userErrors: boolean;
  /** Payload fields the API always sets when `userErrors` is empty (`BillingResult`'s `TGuaranteed`). */
  readonly guaranteed?: readonly string[];
}

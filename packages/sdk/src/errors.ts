/** Error codes the API may put in `extensions.code`; other codes pass through as strings. */
export type BillingErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** The base of every error the SDK throws. */
export class BillingError extends Error {
  override readonly name: string = 'BillingError';
}

/**
 * The API could not be reached, did not answer in time, or answered with something that is not
 * GraphQL (a proxy's 502 page…). `retryable` failures were retried `attempts - 1` times first.
 */
export class BillingTransportError extends BillingError {
  override readonly name: string = 'BillingTransportError';
  constructor(
    message: string,
    /** The HTTP status, or null when no response arrived. */
    readonly status: number | null,
    options: { cause?: unknown; retryable?: boolean; attempts?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryable = options.retryable ?? false;
    this.attempts = options.attempts ?? 1;
  }
  /** Whether the failure may go away on its own (network error, timeout, 5xx, 429). */
  readonly retryable: boolean;
  /** How many attempts were made. */
  readonly attempts: number;
}

/** An attempt took longer than `timeoutMs`. */
export class BillingTimeoutError extends BillingTransportError {
  override readonly name: string = 'BillingTimeoutError';
}

/**
 * The API answered with GraphQL errors: malformed input (`BAD_USER_INPUT`), an invalid document,
 * an internal error… Never retried. Business refusals are not errors: they come back as
 * `userErrors` in the method's result.
 */
export class BillingGraphQLError extends BillingError {
  override readonly name: string = 'BillingGraphQLError';
  constructor(
    message: string,
    /** `extensions.code` of the first error. */
    readonly code: BillingErrorCode,
    readonly errors: ReadonlyArray<GraphQLErrorEntry>,
    /** The HTTP status of the answer. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** Missing or wrong credentials (`UNAUTHENTICATED`) or a role that may not do it (`FORBIDDEN`). */
export class BillingAuthError extends BillingGraphQLError {
  override readonly name: string = 'BillingAuthError';
  declare readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

/** Thrown by `unwrap` when a result carries userErrors. */
export class BillingUserError<
  TUserError extends { code: string; message: string } = { code: string; message: string },
> extends BillingError {
  override readonly name: string = 'BillingUserError';
  /** The first refusal's code, e.g. `SEAT_LIMIT`. */
  readonly code: TUserError['code'];
  constructor(readonly userErrors: readonly [TUserError, ...TUserError[]]) {
    super(userErrors.map((e) => `${e.code}: ${e.message}`).join('; '));
    this.code = userErrors[0].code;
  }
}

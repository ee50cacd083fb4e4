/** Thrown when the API cannot be reached or answers with something that is not GraphQL. */
export class BillingTransportError extends Error {
  override readonly name = 'BillingTransportError';
  constructor(
    message: string,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Thrown for GraphQL errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, INTERNAL_SERVER_ERROR… */
export class BillingGraphQLError extends Error {
  override readonly name = 'BillingGraphQLError';
  constructor(
    message: string,
    readonly code: string,
    readonly errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>,
  ) {
    super(message);
  }
}

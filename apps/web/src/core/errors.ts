import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What went wrong with a request, in the terms a page reacts to. */
export type RequestProblem =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NETWORK' | 'OTHER';

export function requestProblem(error: unknown): RequestProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT'] as const) {
      if (codes.includes(code)) return code;
    }
    return 'OTHER';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 403) return 'FORBIDDEN';
    return 'OTHER';
  }
  if (error instanceof TypeError) return 'NETWORK'; // fetch() rejects with a TypeError offline
  return 'OTHER';
}

/** The contract's `UserError` as the client reads it. */
export interface UserErrorLike {
  readonly code: string;
  readonly message: string;
  readonly field?: readonly string[] | null;
}

/**
 * Splits a payload's `userErrors` into those about an input field (keyed by the field's last
 * path segment, e.g. `name` for `["name"]` or `["input", "name"]`) and the rest.
 */
export function userErrorsByField(
  errors: readonly UserErrorLike[],
  fields: readonly string[],
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = error.field?.at(-1);
    if (field && fields.includes(field)) {
      byField[field] = byField[field] ? `${byField[field]}; ${error.message}` : error.message;
    } else {
      other.push(error.message);
    }
  }
  return { byField, other };
}

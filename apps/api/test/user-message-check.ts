import { readFileSync } from 'node:fs';
import { RULES, userMessageProblems } from '@billing/domain';
import { publicNamesOf } from '@billing/tooling/user-messages';

/** The names a client may read in a message: everything apps/api/schema.graphql names. */
export const PUBLIC_NAMES = publicNamesOf(
  readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
);

export const KNOWN_RULES = Object.keys(RULES);

/** Codes of bad input: their messages say what is acceptable rather than what to do next. */
const VALIDATION_CODES = new Set(['INVALID_INPUT', 'BAD_USER_INPUT']);

/** What is wrong with a user error's message (see `userMessageProblems`). */
export function userErrorProblems(error: { code?: unknown; message: string }): string[] {
  const kind =
    typeof error.code !== 'string' || VALIDATION_CODES.has(error.code) ? 'validation' : 'refusal';
  return userMessageProblems(error.message, {
    publicNames: PUBLIC_NAMES,
    kind,
    knownRules: KNOWN_RULES,
  });
}

/**
 * Every `userErrors` message anywhere in a response's data, with its problems: the harness
 * fails any test whose response carries a message that does not meet the standard.
 */
export function userErrorsProblems(data: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'userErrors' && Array.isArray(inner)) {
        for (const error of inner as Array<{ code?: unknown; message?: unknown }>) {
          if (error === null || typeof error.message !== 'string') continue;
          const message = error.message;
          for (const problem of userErrorProblems({ code: error.code, message })) {
            found.push(`"${message}" ${problem}`);
          }
        }
      } else {
        visit(inner);
      }
    }
  };
  visit(data);
  return found;
}

/** GraphQL error codes whose messages the API writes itself (graphql-js writes the others). */
const OWN_ERROR_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** The API's own GraphQL errors (sign in, role) in a response, with their problems. */
export function graphQLErrorsProblems(
  errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined,
): string[] {
  const found: string[] = [];
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !OWN_ERROR_CODES.has(code)) continue;
    for (const problem of userErrorProblems({ code, message: error.message })) {
      found.push(`"${error.message}" ${problem}`);
    }
  }
  return found;
}

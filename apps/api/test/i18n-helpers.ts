import { expect } from 'vitest';
import { OPERATOR_TOKEN, type Harness } from './harness.js';

/**
 * A GraphQL request as the operator, in `language` (`Accept-Language`; none: the API's default,
 * English), over HTTP; fails the test on any error and answers `data`.
 */
export async function askIn(
  api: Harness,
  query: string,
  variables: Record<string, unknown>,
  language?: string,
): Promise<Record<string, any>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${OPERATOR_TOKEN}`,
      ...(language === undefined ? {} : { 'accept-language': language }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** Latin words left in a Chinese text, once rule ids, codes, amounts and dates are taken out. */
export function latinWords(text: string): string[] {
  const stripped = text
    .replace(/\bR-[A-Z0-9-]+\b/g, ' ')
    .replace(/\b[A-Z][A-Z0-9]*(?:[-_/][A-Z0-9]+)*\b/g, ' ');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

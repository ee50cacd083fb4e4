import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { requestProblem, userErrorsByField } from './errors.js';

describe('requestProblem', () => {
  it('reads the GraphQL error code', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(requestProblem(error)).toBe('FORBIDDEN');
  });

  it('treats a failed fetch as a network problem', () => {
    expect(requestProblem(new TypeError('Failed to fetch'))).toBe('NETWORK');
    expect(requestProblem(new Error('boom'))).toBe('OTHER');
  });
});

describe('userErrorsByField', () => {
  it('puts field errors next to their field and keeps the rest for the form', () => {
    const { byField, other } = userErrorsByField(
      [
        { code: 'INVALID_INPUT', message: 'The name must be 1–200 characters', field: ['name'] },
        { code: 'INVALID_INPUT', message: 'Too long', field: ['input', 'name'] },
        { code: 'NOT_FOUND', message: 'No such account', field: ['accountId'] },
        { code: 'INVALID_STATE', message: 'Closed', field: null },
      ],
      ['name'],
    );
    expect(byField).toEqual({ name: 'The name must be 1–200 characters; Too long' });
    expect(other).toEqual(['No such account', 'Closed']);
  });
});

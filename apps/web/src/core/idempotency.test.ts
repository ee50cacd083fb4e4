import { describe, expect, it } from 'vitest';
import { attemptFor, newIdempotencyKey, signatureOf } from './idempotency.js';

describe('idempotency keys', () => {
  it('are random per call and carry their prefix', () => {
    const a = newIdempotencyKey('add-seats');
    const b = newIdempotencyKey('add-seats');
    expect(a).toMatch(/^add-seats-[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it('stay the same while the input is unchanged and change with it', () => {
    let n = 0;
    const mint = () => `key-${++n}`;
    const first = attemptFor(null, signatureOf({ seats: 6, id: 's' }), mint);
    // A retry of the same submission, fields in another order: the same key.
    expect(attemptFor(first, signatureOf({ id: 's', seats: 6 }), mint)).toBe(first);
    const changed = attemptFor(first, signatureOf({ id: 's', seats: 7 }), mint);
    expect(changed.key).toBe('key-2');
    // Going back to an earlier input is still a new attempt.
    expect(attemptFor(changed, signatureOf({ id: 's', seats: 6 }), mint).key).toBe('key-3');
  });
});

import { useCallback, useState } from 'react';
import { attemptFor, newIdempotencyKey, signatureOf, type Attempt } from '../core/idempotency.js';

/**
 * The idempotency key of the current attempt at submitting `input`: unchanged while the input
 * is (so retrying a failed submission cannot charge twice), new when the input changes, and new
 * after `succeeded()` (the next submission, even with the same input, is another purchase).
 */
export function useIdempotencyKey(
  prefix: string,
  input: unknown,
): { key: string; succeeded: () => void } {
  const signature = signatureOf(input);
  const mint = useCallback(() => newIdempotencyKey(prefix), [prefix]);
  const [attempt, setAttempt] = useState<Attempt>(() => attemptFor(null, signature, mint));
  let current = attempt;
  if (attempt.signature !== signature) {
    current = attemptFor(attempt, signature, mint);
    setAttempt(current);
  }
  const succeeded = useCallback(
    () => setAttempt((previous) => ({ signature: previous.signature, key: mint() })),
    [mint],
  );
  return { key: current.key, succeeded };
}

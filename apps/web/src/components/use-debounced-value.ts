import { useEffect, useState } from 'react';
import { signatureOf } from '../core/idempotency.js';

/**
 * `value` once it has stopped changing for `delayMs` (compared by content, so a new object with
 * the same fields does not restart the timer). Used to re-run previews as the user types.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const wanted = signatureOf(value);
  const have = signatureOf(settled);
  useEffect(() => {
    if (wanted === have) return;
    const timer = window.setTimeout(() => setSettled(JSON.parse(wanted) as T), delayMs);
    return () => window.clearTimeout(timer);
  }, [wanted, have, delayMs]);
  return settled;
}

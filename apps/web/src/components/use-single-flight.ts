import { useCallback, useRef, useState } from 'react';

/**
 * Wraps an async action so that a second call while the first runs is ignored: the ref guards
 * against double clicks that land before React re-renders the disabled button.
 */
export function useSingleFlight<A extends unknown[]>(
  action: (...args: A) => Promise<unknown> | void,
): [run: (...args: A) => Promise<void>, pending: boolean] {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (...args: A) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setPending(true);
      try {
        await action(...args);
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [action],
  );
  return [run, pending];
}

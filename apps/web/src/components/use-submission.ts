import { useCallback, useState } from 'react';
import { userErrorsByField, type UserErrorLike } from '../core/errors.js';
import { useSingleFlight } from './use-single-flight.js';

interface Payload {
  readonly userErrors: readonly UserErrorLike[];
}

export interface Submission {
  /** Runs the action once at a time (a second press while it runs is ignored). */
  readonly submit: () => Promise<void>;
  readonly pending: boolean;
  /** `userErrors` about an input field, by the field's name. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Other `userErrors` (joined) or a request error: for an ErrorBanner. */
  readonly formError: unknown;
  readonly clear: () => void;
}

/**
 * Runs a mutation from a form: `userErrors` naming one of `fields` go next to that field, the
 * rest and request failures to the form; `onSuccess` runs when the payload has no userErrors.
 */
export function useSubmission<P extends Payload>(
  fields: readonly string[],
  action: () => Promise<P | null | undefined>,
  onSuccess?: (payload: P) => Promise<unknown> | void,
): Submission {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);
  const [submit, pending] = useSingleFlight(async () => {
    clear();
    try {
      const payload = await action();
      if (!payload) return;
      const { byField, other } = userErrorsByField(payload.userErrors, fields);
      setFieldErrors(byField);
      if (other.length) setFormError(other.join('; '));
      if (payload.userErrors.length === 0) await onSuccess?.(payload);
    } catch (error) {
      setFormError(error);
    }
  });
  return { submit, pending, fieldErrors, formError, clear };
}

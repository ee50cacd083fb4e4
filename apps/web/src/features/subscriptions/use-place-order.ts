import { useState } from 'react';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission, type Submission } from '../../components/use-submission.js';
import type { UserErrorLike } from '../../core/errors.js';

/** The order a purchase placed, as `OrderPlacedNotice` shows it. */
export interface PlacedOrder {
  readonly id: string;
  readonly total: { readonly amount: string };
}

interface PlacePayload {
  readonly order?: PlacedOrder | null;
  readonly userErrors: readonly UserErrorLike[];
}

/**
 * Placing an order from a purchase form: the same idempotency key while the customer retries
 * the same input (a retry cannot charge twice) and a new one after a success, `userErrors` by
 * field, and the order placed. `place` runs the mutation with the account, the input and the key.
 */
export function usePlaceOrder<I extends object>(
  prefix: string,
  fields: readonly string[],
  accountId: string,
  input: I | null,
  place: (
    input: I & { accountId: string; idempotencyKey: string },
  ) => Promise<PlacePayload | null | undefined>,
): { submission: Submission; placed: PlacedOrder | null } {
  const attempt = useIdempotencyKey(prefix, { accountId, ...input });
  const [placed, setPlaced] = useState<PlacedOrder | null>(null);
  const submission = useSubmission(
    fields,
    async () => {
      if (!input) return null;
      setPlaced(null);
      return place({ ...input, accountId, idempotencyKey: attempt.key });
    },
    (payload) => {
      attempt.succeeded();
      setPlaced(payload.order ?? null);
    },
  );
  return { submission, placed };
}

// Idempotency keys (docs/api-contract.md, "Conventions"): one key per attempt. Retrying the same
// submission (a timeout, a lost response) reuses the key, so the API returns the first result
// instead of charging twice; changing the input starts a new attempt with a new key.

/** A fresh random key, e.g. `add-seats-3f9c…` (32 hex digits). */
export function newIdempotencyKey(prefix: string): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${hex}`;
}

/** The attempt an input belongs to: what was submitted (as a stable string) and its key. */
export interface Attempt {
  readonly signature: string;
  readonly key: string;
}

/**
 * The attempt for `signature`: the previous one while the input is unchanged (so a retry sends
 * the same key), a new one as soon as the input differs.
 */
export function attemptFor(
  previous: Attempt | null,
  signature: string,
  mint: () => string,
): Attempt {
  return previous && previous.signature === signature ? previous : { signature, key: mint() };
}

/** A stable signature of an input: the same fields in any order give the same string. */
export function signatureOf(input: unknown): string {
  return JSON.stringify(input, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : value,
  );
}

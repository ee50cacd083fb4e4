import { createHash } from 'node:crypto';
import { msg } from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { runTogether, type Statement } from '../../db/statements.js';
import { withAccountLock, type AccountKey, type LockedAccount } from '../../db/transaction.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';

/** What a money-moving mutation stores under its key: the ids it produced and its refusals. */
export interface StoredResult {
  readonly ids: Partial<Record<string, string | null>>;
  readonly userErrors: UserError[];
}

export type IdempotentOutcome =
  | { readonly replayed: false; readonly result: StoredResult }
  | { readonly replayed: true; readonly result: StoredResult };

/** A stable hash of the input (keys sorted), to tell "same request" from "key reused". */
export function requestHash(operation: string, input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value as object)
          .filter(
            (k) => k !== 'idempotencyKey' && (value as Record<string, unknown>)[k] !== undefined,
          )
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify([operation, canonical(input)]))
    .digest('hex');
}

/**
 * Runs `work` at most once per (scope, key), inside the caller's transaction:
 * - a new key runs the work and stores its result with the transaction (so a rolled-back
 *   attempt leaves no key behind);
 * - the same key and input returns the stored result and changes nothing;
 * - the same key with another input is refused with IDEMPOTENCY_KEY_REUSED.
 * A concurrent request with the same key waits on the key's row and then replays.
 * `work` may leave its last writes in `writes` instead of running them: they run after it
 * returns, in one statement with the storing of its result (one round trip fewer; `null`s are
 * skipped).
 */
export async function idempotent(
  tx: EntityManager,
  args: {
    scope: string;
    key: string;
    operation: string;
    input: unknown;
    /** Gets the `RETURNING` rows of the write marked `returnsRows` (not stored with the key). */
    onRows?: (rows: Record<string, unknown>[]) => void;
  },
  work: (writes: Array<Statement | null>) => Promise<StoredResult>,
): Promise<IdempotentOutcome> {
  const hash = requestHash(args.operation, args.input);
  if (args.key.length < 1 || args.key.length > 255) {
    return {
      replayed: false,
      result: {
        ids: {},
        userErrors: [
          userError(UserErrorCode.INVALID_INPUT, msg('api.idempotency.keyLength'), [
            'idempotencyKey',
          ]),
        ],
      },
    };
  }
  const inserted: Array<{ key: string }> = await tx.query(
    `INSERT INTO idempotency_keys (scope, key, operation, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    [args.scope, args.key, args.operation, hash],
  );
  if (inserted.length === 0) {
    const [stored]: Array<{
      operation: string;
      request_hash: string;
      result: StoredResult | null;
    }> = await tx.query(
      `SELECT operation, request_hash, result FROM idempotency_keys WHERE scope = $1 AND key = $2 FOR UPDATE`,
      [args.scope, args.key],
    );
    if (
      !stored ||
      stored.operation !== args.operation ||
      stored.request_hash !== hash ||
      !stored.result
    ) {
      return {
        replayed: true,
        result: {
          ids: {},
          userErrors: [
            userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, msg('api.idempotency.reused'), [
              'idempotencyKey',
            ]),
          ],
        },
      };
    }
    return { replayed: true, result: stored.result };
  }
  const writes: Array<Statement | null> = [];
  const result = await work(writes);
  const rows = await runTogether(tx, [
    ...writes,
    {
      sql: `UPDATE idempotency_keys SET result = $3 WHERE scope = $1 AND key = $2`,
      params: [args.scope, args.key, JSON.stringify(result)],
    },
  ]);
  if (rows.length > 0) args.onRows?.(rows);
  return { replayed: false, result };
}

/**
 * The shape of every money-moving mutation: one transaction holding the account's row lock
 * (`withAccountLock`) in which the work runs at most once per idempotency key. The work gets
 * the locked account row, current for the whole transaction, and may leave its last writes to
 * run with the storing of its result (see `idempotent`).
 */
export function idempotentForAccount(
  db: DataSource,
  key: AccountKey,
  args: {
    key: string;
    operation: string;
    input: unknown;
    onRows?: (rows: Record<string, unknown>[]) => void;
    /**
     * Checks the locked account before the key is used: a refusal returned here (no such
     * account, not the caller's) is answered as it is and stores nothing under the key.
     */
    admit?: (account: LockedAccount | null) => StoredResult | null;
  },
  work: (
    tx: EntityManager,
    account: LockedAccount | null,
    writes: Array<Statement | null>,
  ) => Promise<StoredResult>,
): Promise<StoredResult> {
  const { admit, ...keyed } = args;
  return withAccountLock(db, key, async (tx, account) => {
    const refused = admit?.(account) ?? null;
    if (refused) return refused;
    const accountId = typeof key === 'string' ? key : account?.id;
    if (!accountId) throw new Error(`No account of order ${JSON.stringify(key)}`);
    const { result } = await idempotent(tx, { scope: `account:${accountId}`, ...keyed }, (writes) =>
      work(tx, account, writes),
    );
    return result;
  });
}

import type { BusinessDate, Fen } from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { fenTransformer } from './columns.js';

/** An account's verification (R-OPEN-2), as its `verification_status` column holds it. */
export type VerificationStatus = 'NOT_SUBMITTED' | 'PENDING' | 'APPROVED' | 'REJECTED';

/**
 * The account row as the lock statement returns it. The row is locked, so these columns are
 * current for the whole transaction: work that needs the balance, the verification or the
 * test clock reads them here instead of reading the account again.
 */
export interface LockedAccount {
  readonly id: string;
  readonly balance: Fen;
  readonly verificationStatus: VerificationStatus;
  readonly verifiedOn: BusinessDate | null;
  readonly testClockId: string | null;
}

interface LockedAccountRow {
  id: string;
  balance: string;
  verification_status: VerificationStatus;
  verified_on: BusinessDate | null;
  test_clock_id: string | null;
}

/** The account to lock: by its id, or as the account of an order (null when there is none). */
export type AccountKey = string | { readonly orderId: string };

/**
 * Runs `work` in one transaction holding the account's row lock: every money-moving change of
 * an account is serialised, so two concurrent requests can never both pass a check only one
 * may pass (seat limits, refund caps, balances). `work` gets the locked row (null when there is
 * no such account).
 */
export async function withAccountLock<T>(
  db: DataSource,
  key: AccountKey,
  work: (tx: EntityManager, account: LockedAccount | null) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const [row]: LockedAccountRow[] = await tx.query(
      typeof key === 'string'
        ? `SELECT id, balance, verification_status, verified_on, test_clock_id FROM accounts WHERE id = $1 FOR UPDATE`
        : // An order's account never changes: found and locked in one statement.
          `SELECT id, balance, verification_status, verified_on, test_clock_id FROM accounts
            WHERE id = (SELECT account_id FROM orders WHERE id = $1) FOR UPDATE`,
      [typeof key === 'string' ? key : key.orderId],
    );
    return work(
      tx,
      row
        ? {
            id: row.id,
            balance: fenTransformer.from(row.balance) as Fen,
            verificationStatus: row.verification_status,
            verifiedOn: row.verified_on,
            testClockId: row.test_clock_id,
          }
        : null,
    );
  });
}

import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction holding the account's row lock: every money-moving change of
 * an account is serialised, so two concurrent requests can never both pass a check only one
 * may pass (seat limits, refund caps, balances).
 */
export async function withAccountLock<T>(
  db: DataSource,
  accountId: string,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT id FROM accounts WHERE id = $1 FOR UPDATE`, [accountId]);
    return work(tx);
  });
}

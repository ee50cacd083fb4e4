import type { Fen, Message, RuleId } from '@billing/domain';
import { assertFen } from '@billing/domain';
import type { EntityManager } from 'typeorm';
import { runTogether, type Statement } from '../../db/statements.js';

/**
 * The double-entry journal. Amounts are signed fen: debits positive, credits negative. Each
 * posting's entries sum to zero (checked here and by a deferred constraint trigger at commit).
 *
 * Ledgers:
 *   cash:<METHOD>            money held with a payment provider (asset)
 *   revenue                  earned from orders
 *   customer_credit          duplicate and excess payments owed back to customers (liability)
 *   customer_balance         prepaid balances (liability, R-PAY-4)
 *   refunds_payable          approved refunds not yet paid out (liability)
 *   fee_income               refund handling fees kept (R-REF-FEE)
 *   receivable               postpaid bills and late fees due (asset)
 *   late_fee_income          late fees (R-PAY-5)
 */
export interface JournalLine {
  readonly ledger: string;
  readonly amount: Fen;
  readonly accountId?: string | null;
}

export interface JournalPosting {
  readonly sourceType: string;
  readonly sourceId: string;
  readonly memo: string;
  /** `memo` as a message, written in the reader's language (rows without one show `memo`). */
  readonly memoMessage?: Message | null;
  readonly rules?: readonly RuleId[];
  readonly lines: readonly JournalLine[];
}

export async function postJournal(tx: EntityManager, posting: JournalPosting): Promise<void> {
  await runTogether(tx, [journalStatement(posting)]);
}

/**
 * The INSERT of a posting, checked to balance, to run with other writes (`runTogether`);
 * null when every line is zero.
 */
export function journalStatement(posting: JournalPosting): Statement | null {
  const lines = posting.lines.filter((line) => assertFen(line.amount) !== 0);
  if (lines.length === 0) return null;
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  if (total !== 0)
    throw new Error(
      `journal posting for ${posting.sourceType} ${posting.sourceId} does not balance: ${total}`,
    );
  const values: unknown[] = [];
  const rows = lines.map((line, i) => {
    values.push(line.ledger, line.accountId ?? null, line.amount);
    return `($1, $${i * 3 + 7}, $${i * 3 + 8}, $${i * 3 + 9}, $2, $3, $4, $5, $6)`;
  });
  return {
    sql: `INSERT INTO journal_entries (transaction_id, ledger, account_id, amount, source_type, source_id, memo, rules, memo_message)
     VALUES ${rows.join(', ')}`,
    params: [
      crypto.randomUUID(),
      posting.sourceType,
      posting.sourceId,
      posting.memo,
      posting.rules ?? [],
      posting.memoMessage ?? null,
      ...values,
    ],
  };
}

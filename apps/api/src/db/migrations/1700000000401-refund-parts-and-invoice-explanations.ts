import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refunds: how an approved refund splits over the order's payments (each part goes back to its
 * own payment method, R-REF-PAYOUT), and why the review/payout due dates are what they are (or
 * why there is none: BEYOND_CALENDAR). Invoices: the explanation and rule ids of the invoiced
 * amount (R-INV-1, R-INV-2, R-INV-3) and of the issue due date (R-INV-2).
 */
export class RefundPartsAndInvoiceExplanations1700000000401 implements MigrationInterface {
  name = 'RefundPartsAndInvoiceExplanations1700000000401';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE refunds
        ADD COLUMN parts jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN review_due_reason text,
        ADD COLUMN payout_due_reason text`);
    // The payout run reads approved refunds falling due (R-REF-PAYOUT).
    await db.query(
      `CREATE INDEX refunds_payout_due ON refunds (payout_due_on, account_id) WHERE status = 'APPROVED'`,
    );
    await db.query(`
      ALTER TABLE invoices
        ADD COLUMN explanation text NOT NULL DEFAULT '',
        ADD COLUMN rules text[] NOT NULL DEFAULT '{}',
        ADD COLUMN due_reason text NOT NULL DEFAULT ''`);
    await db.query(`CREATE INDEX invoices_account ON invoices (account_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX invoices_account`);
    await db.query(
      `ALTER TABLE invoices DROP COLUMN explanation, DROP COLUMN rules, DROP COLUMN due_reason`,
    );
    await db.query(`DROP INDEX refunds_payout_due`);
    await db.query(
      `ALTER TABLE refunds DROP COLUMN parts, DROP COLUMN review_due_reason, DROP COLUMN payout_due_reason`,
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time-driven work: renewal reminders sent (R-LIFE-4) and what a postpaid bill needs to be
 * issued, paid and charged late fees (R-PAY-5). A reminder is stored once per subscription,
 * kind and period (a UNIQUE key, so two schedulers can never send it twice).
 */
export class RemindersAndPostpaid1700000000005 implements MigrationInterface {
  name = 'RemindersAndPostpaid1700000000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE renewal_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        subscription_id uuid NOT NULL REFERENCES subscriptions (id),
        kind text NOT NULL CHECK (kind IN ('WINDOW_OPENS', 'SEVEN_DAYS_BEFORE_END')),
        due_on date NOT NULL,
        period_end date NOT NULL,
        sent_at timestamptz NOT NULL,
        message text NOT NULL,
        rules text[] NOT NULL,
        CONSTRAINT one_reminder_per_period UNIQUE (subscription_id, kind, period_end)
      )`);
    await db.query(`CREATE INDEX renewal_reminders_account ON renewal_reminders (account_id, seq)`);

    await db.query(`
      ALTER TABLE postpaid_bills
        ADD COLUMN explanation text NOT NULL DEFAULT '',
        ADD COLUMN rules text[] NOT NULL DEFAULT '{}',
        ADD COLUMN late_fee_assessment jsonb,
        ADD COLUMN late_fee_assessed_on date,
        ADD COLUMN paid_at timestamptz,
        ADD COLUMN paid_on date,
        ADD COLUMN payment_method text CHECK (payment_method IN ('BANK_CARD', 'ALIPAY', 'WECHAT_PAY', 'TENCENT_WALLET', 'BALANCE')),
        ADD COLUMN provider_reference text,
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT postpaid_status CHECK (status IN ('ISSUED', 'OVERDUE', 'SUSPENDED', 'CLOSED', 'PAID')),
        ADD CONSTRAINT postpaid_paid_within_due CHECK (paid <= amount + late_fee),
        ADD CONSTRAINT postpaid_paid_in_full CHECK ((status = 'PAID') = (paid_at IS NOT NULL))`);
    await db.query(`CREATE INDEX postpaid_bills_account ON postpaid_bills (account_id, seq)`);
    await db.query(
      `CREATE INDEX postpaid_bills_unpaid ON postpaid_bills (due_on) WHERE status <> 'PAID'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX postpaid_bills_unpaid`);
    await db.query(`DROP INDEX postpaid_bills_account`);
    await db.query(`
      ALTER TABLE postpaid_bills
        DROP CONSTRAINT postpaid_paid_in_full,
        DROP CONSTRAINT postpaid_paid_within_due,
        DROP CONSTRAINT postpaid_status,
        DROP COLUMN created_at,
        DROP COLUMN provider_reference,
        DROP COLUMN payment_method,
        DROP COLUMN paid_on,
        DROP COLUMN paid_at,
        DROP COLUMN late_fee_assessed_on,
        DROP COLUMN late_fee_assessment,
        DROP COLUMN rules,
        DROP COLUMN explanation`);
    await db.query(`DROP TABLE renewal_reminders`);
  }
}

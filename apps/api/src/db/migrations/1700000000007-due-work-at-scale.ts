import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Due work that scales: every batch of the scheduler and of a test-clock advance finds its due
 * rows through a partial index on the due predicate, ordered by the due date and seq, so a batch
 * starts where the previous one stopped instead of re-reading the scope.
 *
 * - `subscriptions.test_clock_id`: the account's clock, copied onto its subscriptions (set on
 *   insert by a trigger) so the real-time run (`test_clock_id IS NULL`) and a clock's advance
 *   (`test_clock_id = $clock`) are one index range each, with no join to accounts that would
 *   read the other clocks' rows again and again. An account never changes clock (created with
 *   it, nothing moves it); a trigger makes that a rule rather than a habit, so the copy can
 *   never go stale.
 * - `subscriptions.reminders_for` / `next_reminder_on`: after a run has recorded the renewal
 *   reminders of a period, the next one still to come (NULL: none left). A subscription whose
 *   reminders are all recorded leaves the reminder index until it is renewed (a new
 *   `period_end` no longer equals `reminders_for`), so runs never walk past it again.
 *
 * The index expressions are repeated verbatim by the queries (lifecycle/transitions.ts,
 * lifecycle/reminders.ts): PostgreSQL only uses an expression index for the very same
 * expression, which test/due-indexes.test.ts checks.
 */
export class DueWorkAtScale1700000000007 implements MigrationInterface {
  name = 'DueWorkAtScale1700000000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE subscriptions
        ADD COLUMN test_clock_id uuid REFERENCES test_clocks (id),
        ADD COLUMN reminders_for date,
        ADD COLUMN next_reminder_on date`);
    await db.query(`
      UPDATE subscriptions s SET test_clock_id = a.test_clock_id
        FROM accounts a WHERE a.id = s.account_id AND a.test_clock_id IS NOT NULL`);
    await db.query(`
      CREATE FUNCTION subscription_test_clock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.test_clock_id := (SELECT test_clock_id FROM accounts WHERE id = NEW.account_id);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER subscription_test_clock BEFORE INSERT OR UPDATE OF account_id, test_clock_id ON subscriptions
        FOR EACH ROW EXECUTE FUNCTION subscription_test_clock()`);
    await db.query(`
      CREATE FUNCTION account_test_clock_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.test_clock_id IS DISTINCT FROM OLD.test_clock_id THEN
          RAISE EXCEPTION 'account % cannot change its test clock', OLD.id;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER account_test_clock_fixed BEFORE UPDATE OF test_clock_id ON accounts
        FOR EACH ROW EXECUTE FUNCTION account_test_clock_fixed()`);

    // R-LIFE-2: ACTIVE → GRACE on the period end.
    await db.query(`
      CREATE INDEX subscriptions_due_grace ON subscriptions (test_clock_id, period_end, seq)
        WHERE status = 'ACTIVE' AND activated_on IS NOT NULL`);
    // R-LIFE-3: GRACE/SUSPENDED → RECYCLED one month after the period end.
    await db.query(`
      CREATE INDEX subscriptions_due_recycle ON subscriptions (test_clock_id, ((period_end + interval '1 month')::date), seq)
        WHERE status IN ('GRACE', 'SUSPENDED') AND activated_on IS NOT NULL AND period_end IS NOT NULL`);
    // R-CAT-4: every living subscription of a sunset product.
    await db.query(`
      CREATE INDEX subscriptions_due_sunset ON subscriptions (product_code, test_clock_id, seq)
        WHERE status IN ('PENDING_ACTIVATION', 'ACTIVE', 'GRACE', 'SUSPENDED')`);
    // R-LIFE-4: the day the next renewal reminder of the current period falls due.
    await db.query(`
      CREATE INDEX subscriptions_due_reminder ON subscriptions (test_clock_id,
        (CASE WHEN reminders_for = period_end THEN next_reminder_on
              ELSE least(greatest(period_start, (period_end - interval '1 month')::date), period_end - 7) END), seq)
        WHERE status = 'ACTIVE' AND period_end IS NOT NULL
          AND (reminders_for IS DISTINCT FROM period_end OR next_reminder_on IS NOT NULL)`);
    // R-REF-PAYOUT and R-PAY-5: keyset order of the payout and late-fee batches.
    await db.query(
      `CREATE INDEX refunds_due_payout ON refunds (payout_due_on, seq) WHERE status = 'APPROVED'`,
    );
    await db.query(`
      CREATE INDEX postpaid_bills_due ON postpaid_bills (due_on, seq)
        WHERE status IN ('ISSUED', 'OVERDUE', 'SUSPENDED')`);
    await db.query(`
      CREATE INDEX termination_notices_due_seq ON termination_notices (effective_on, seq)
        WHERE status = 'SCHEDULED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX termination_notices_due_seq`);
    await db.query(`DROP INDEX postpaid_bills_due`);
    await db.query(`DROP INDEX refunds_due_payout`);
    await db.query(`DROP INDEX subscriptions_due_reminder`);
    await db.query(`DROP INDEX subscriptions_due_sunset`);
    await db.query(`DROP INDEX subscriptions_due_recycle`);
    await db.query(`DROP INDEX subscriptions_due_grace`);
    await db.query(`DROP TRIGGER account_test_clock_fixed ON accounts`);
    await db.query(`DROP FUNCTION account_test_clock_fixed()`);
    await db.query(`DROP TRIGGER subscription_test_clock ON subscriptions`);
    await db.query(`DROP FUNCTION subscription_test_clock()`);
    await db.query(`
      ALTER TABLE subscriptions DROP COLUMN next_reminder_on, DROP COLUMN reminders_for, DROP COLUMN test_clock_id`);
  }
}

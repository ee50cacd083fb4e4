import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-CAT-2: a free plan (its price book in force at activation is `FREE`: Exmail FREE, Meeting
 * BASIC) has no time limit, so no period end. A free subscription used to get a one-year period,
 * then grace, then recycling. Now:
 * - `subscriptions.period_end` may be NULL once activated (the period start stays): the check
 *   "period start and end both set or both unset" becomes "an end needs a start";
 * - every activated free subscription still ACTIVE, in GRACE or SUSPENDED gets `period_end`
 *   NULL (no grace, recycling, reminders or renewal from now on), its reminder marks cleared,
 *   and its opening order's period end cleared;
 * - one in GRACE was there only because of the free period: it is ACTIVE again, and its history
 *   says so (on its clock's today). Recycled or terminated free subscriptions stay as they are
 *   (their service data is gone; they ended).
 */
export class FreePlansNoPeriodEnd1700000000980 implements MigrationInterface {
  name = 'FreePlansNoPeriodEnd1700000000980';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$
      DECLARE c text;
      BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'subscriptions'::regclass AND contype = 'c'
                    AND pg_get_constraintdef(oid) LIKE '%(period_start IS NULL) = (period_end IS NULL)%'
        LOOP
          EXECUTE format('ALTER TABLE subscriptions DROP CONSTRAINT %I', c);
        END LOOP;
      END $$`);
    await db.query(
      `ALTER TABLE subscriptions DROP CONSTRAINT IF EXISTS subscriptions_period_end_needs_start`,
    );
    await db.query(`
      ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_period_end_needs_start
        CHECK (period_end IS NULL OR period_start IS NOT NULL)`);
    await db.query(`
      CREATE TEMPORARY TABLE free_plan_fix ON COMMIT DROP AS
      SELECT s.id, s.status, s.period_end,
             (coalesce(tc.frozen_at, now()) AT TIME ZONE 'Asia/Shanghai')::date AS today
        FROM subscriptions s
        JOIN accounts a ON a.id = s.account_id
        LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id
       WHERE s.activated_on IS NOT NULL AND s.period_start IS NOT NULL AND s.period_end IS NOT NULL
         AND s.status IN ('ACTIVE', 'GRACE', 'SUSPENDED')
         AND (SELECT b.model FROM price_books b
               WHERE b.product_code = s.product_code AND b.plan_code = s.plan_code
                 AND b.effective_from <= s.activated_on
               ORDER BY b.effective_from DESC LIMIT 1) = 'FREE'`);
    await db.query(`
      INSERT INTO subscription_events (subscription_id, occurred_at, effective_on, from_status, to_status, cause, rules, reason)
      SELECT f.id, now(), greatest(f.today, f.period_end), 'GRACE', 'ACTIVE', 'FREE_PLAN_NO_PERIOD_END',
             ARRAY['R-CAT-2', 'R-LIFE-1'],
             'A free plan has no time limit (R-CAT-2): the period end ' || f.period_end ||
             ' no longer applies, so it leaves grace and is active again with no period end (R-LIFE-1)'
        FROM free_plan_fix f WHERE f.status = 'GRACE'`);
    await db.query(`
      UPDATE subscriptions s
         SET period_end = NULL,
             status = CASE WHEN s.status = 'GRACE' THEN 'ACTIVE' ELSE s.status END,
             reminders_for = NULL,
             next_reminder_on = NULL
        FROM free_plan_fix f WHERE s.id = f.id`);
    await db.query(`
      UPDATE orders o SET period_end = NULL
        FROM free_plan_fix f
       WHERE o.subscription_id = f.id AND o.kind = 'NEW_SUBSCRIPTION' AND o.total = 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Open-ended subscriptions get back the one-year period they had before.
    await db.query(`
      UPDATE orders o SET period_end = (o.period_start + interval '1 year')::date
        FROM subscriptions s
       WHERE o.subscription_id = s.id AND o.kind = 'NEW_SUBSCRIPTION' AND o.total = 0
         AND o.period_start IS NOT NULL AND o.period_end IS NULL
         AND s.activated_on IS NOT NULL AND s.period_end IS NULL`);
    await db.query(`
      UPDATE subscriptions SET period_end = (period_start + interval '1 year')::date
       WHERE period_start IS NOT NULL AND period_end IS NULL`);
    await db.query(
      `ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_period_end_needs_start`,
    );
    await db.query(
      `ALTER TABLE subscriptions ADD CHECK ((period_start IS NULL) = (period_end IS NULL))`,
    );
  }
}

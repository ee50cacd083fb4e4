import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-RENEW-2: `subscriptions.period_start` is the start of the current paid period. A renewal
 * moved only the period end before; a renewed subscription's period now starts at the start of
 * its latest fulfilled renewal (the previous period end). The first period's start is
 * `activated_on`, which no renewal changes.
 */
export class CurrentPeriodStart1700000000971 implements MigrationInterface {
  name = 'CurrentPeriodStart1700000000971';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE subscriptions s SET period_start = r.period_start
        FROM (SELECT DISTINCT ON (subscription_id) subscription_id, period_start
                FROM orders
               WHERE kind = 'RENEWAL' AND fulfilled_on IS NOT NULL AND period_start IS NOT NULL
               ORDER BY subscription_id, period_start DESC) r
       WHERE s.id = r.subscription_id AND s.period_start < r.period_start AND r.period_start < s.period_end`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE subscriptions SET period_start = activated_on
       WHERE activated_on IS NOT NULL AND period_start IS NOT NULL AND activated_on < period_start`);
  }
}

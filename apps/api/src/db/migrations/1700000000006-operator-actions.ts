import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the operator actions of issue 4 store:
 * - a wrong order's correction (R-REF-DUPLICATE): the corrected total next to the original, and
 *   the corrected lines and explanation (the original lines stay in order_lines);
 * - the hotline-contract number asked for at opening (R-NUM-2), and which numbers of
 *   enterprise_numbers are held by contract (never handed out from the pool);
 * - the violation history (R-VIO-1), force-majeure extensions (R-FM-1) and termination notices
 *   (R-TERM-1) of a subscription, each step with its date, reason and rule ids.
 */
export class OperatorActions1700000000006 implements MigrationInterface {
  name = 'OperatorActions1700000000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE orders
        ADD COLUMN corrected_total bigint CONSTRAINT corrected_total_within_total CHECK (corrected_total >= 0 AND corrected_total <= total),
        ADD COLUMN correction jsonb,
        ADD CONSTRAINT correction_complete CHECK ((corrected_total IS NULL) = (correction IS NULL))`);

    await db.query(`
      ALTER TABLE subscriptions
        ADD COLUMN requested_number text CONSTRAINT requested_number_format CHECK (requested_number ~ '^(400|800)[0-9]{7}$')`);
    await db.query(
      `ALTER TABLE enterprise_numbers ADD COLUMN hotline_contract boolean NOT NULL DEFAULT false`,
    );

    await db.query(`
      CREATE TABLE subscription_violations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        subscription_id uuid NOT NULL REFERENCES subscriptions (id),
        kind text NOT NULL CHECK (kind IN ('ESCALATION', 'APPEAL_UPHELD')),
        recorded_on date NOT NULL,
        from_level text NOT NULL CHECK (from_level IN ('NONE', 'WARNING', 'SUSPENDED', 'BANNED')),
        to_level text NOT NULL CHECK (to_level IN ('NONE', 'WARNING', 'SUSPENDED', 'BANNED')),
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
        rules text[] NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX subscription_violations_subscription ON subscription_violations (subscription_id, seq)`,
    );

    await db.query(`
      CREATE TABLE force_majeure_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        subscription_id uuid NOT NULL REFERENCES subscriptions (id),
        days int NOT NULL CHECK (days >= 1),
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
        recorded_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        period_end_before date NOT NULL,
        period_end_after date NOT NULL CHECK (period_end_after > period_end_before),
        explanation text NOT NULL,
        rules text[] NOT NULL
      )`);
    await db.query(
      `CREATE INDEX force_majeure_events_subscription ON force_majeure_events (subscription_id, seq)`,
    );

    await db.query(`
      CREATE TABLE termination_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        subscription_id uuid NOT NULL REFERENCES subscriptions (id),
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
        noticed_on date NOT NULL,
        noticed_at timestamptz NOT NULL,
        effective_on date NOT NULL CHECK (effective_on > noticed_on),
        status text NOT NULL CHECK (status IN ('SCHEDULED', 'EFFECTIVE', 'LAPSED')),
        effected_at timestamptz,
        outcome text,
        rules text[] NOT NULL DEFAULT '{}',
        refund_ids uuid[] NOT NULL DEFAULT '{}',
        CHECK ((status = 'SCHEDULED') = (effected_at IS NULL))
      )`);
    // One notice in force per subscription; the due-work step finds them by date.
    await db.query(
      `CREATE UNIQUE INDEX termination_notices_one_scheduled ON termination_notices (subscription_id) WHERE status = 'SCHEDULED'`,
    );
    await db.query(
      `CREATE INDEX termination_notices_due ON termination_notices (effective_on, account_id) WHERE status = 'SCHEDULED'`,
    );
    await db.query(
      `CREATE INDEX termination_notices_subscription ON termination_notices (subscription_id, seq)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE termination_notices`);
    await db.query(`DROP TABLE force_majeure_events`);
    await db.query(`DROP TABLE subscription_violations`);
    await db.query(`ALTER TABLE enterprise_numbers DROP COLUMN hotline_contract`);
    await db.query(`ALTER TABLE subscriptions DROP COLUMN requested_number`);
    await db.query(
      `ALTER TABLE orders DROP CONSTRAINT correction_complete, DROP COLUMN correction, DROP COLUMN corrected_total`,
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-LIFE-3, R-NUM-4: who lost which enterprise number. A recycled account's number returns to the
 * pool, but the customer must buy anew with a new number: a released number never goes back to
 * the account that held it. Every release (recycling, a refund or a termination that ends the
 * subscription) sets `enterprise_numbers.subscription_id` from a value to NULL; a trigger records
 * it here with the account that held the number, whatever code ran the release. The pool hands a
 * released number to any other account at once (no cooling-off: R-NUM-4 returns it to the pool),
 * in the pool's usual order.
 *
 * Releases recorded before this migration are read back from the audit log (a subscription
 * whose `enterpriseNumber` went from a number to null).
 */
export class NumberReleases1700000000970 implements MigrationInterface {
  name = 'NumberReleases1700000000970';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE number_releases (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        number text NOT NULL REFERENCES enterprise_numbers (number),
        account_id uuid NOT NULL REFERENCES accounts (id),
        subscription_id uuid REFERENCES subscriptions (id),
        released_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX number_releases_account ON number_releases (account_id, number)`);
    await db.query(`
      CREATE FUNCTION record_number_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO number_releases (number, account_id, subscription_id, released_at)
        SELECT NEW.number, s.account_id, s.id, coalesce(NEW.released_at, now())
          FROM subscriptions s WHERE s.id = OLD.subscription_id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER enterprise_number_released
        AFTER UPDATE OF subscription_id ON enterprise_numbers
        FOR EACH ROW
        WHEN (OLD.subscription_id IS NOT NULL AND NEW.subscription_id IS NULL)
        EXECUTE FUNCTION record_number_release()`);
    await db.query(`
      INSERT INTO number_releases (number, account_id, subscription_id, released_at)
      SELECT a.before->>'enterpriseNumber', s.account_id, s.id, a.occurred_at
        FROM audit_log a
        JOIN subscriptions s ON s.id = a.object_id
        JOIN enterprise_numbers e ON e.number = a.before->>'enterpriseNumber'
       WHERE a.before->>'enterpriseNumber' IS NOT NULL
         AND a.after ? 'enterpriseNumber' AND a.after->>'enterpriseNumber' IS NULL
       ORDER BY a.seq`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER enterprise_number_released ON enterprise_numbers`);
    await db.query(`DROP FUNCTION record_number_release()`);
    await db.query(`DROP TABLE number_releases`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The billing events outbox: one row per thing other systems must learn of (an order created or
 * paid, a payment, a refund's steps), written in the transaction of the change itself. `seq` is
 * the order events happened in (per account too) and the keyset of the list; `business_date`
 * is the account's clock's date (a test-clock account's own), `occurred_at` real time; `data`
 * is a snapshot of the object in the shape of its GraphQL type. Additive: a new table.
 */
export class BillingEvents1700000000998 implements MigrationInterface {
  name = 'BillingEvents1700000000998';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        type text NOT NULL,
        account_id uuid NOT NULL REFERENCES accounts (id),
        occurred_at timestamptz NOT NULL,
        business_date date NOT NULL,
        test_mode boolean NOT NULL,
        object_type text NOT NULL,
        object_id uuid NOT NULL,
        data jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX billing_events_account ON billing_events (account_id, seq)`);
    await db.query(`CREATE INDEX billing_events_type ON billing_events (type, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing_events`);
  }
}

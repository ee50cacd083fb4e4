import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-CAT-2 `CUSTOM`: an account's contract price per plan, dated like a price book. A row with
 * no unit price ends the contract price from its date; rows are never deleted, so every past
 * price stays readable (the audit log has who changed what).
 */
export class ContractPrices1700000000960 implements MigrationInterface {
  name = 'ContractPrices1700000000960';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE contract_prices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts (id),
        product_code text NOT NULL,
        plan_code text NOT NULL,
        effective_from date NOT NULL,
        unit_price bigint CHECK (unit_price > 0),
        recorded_at timestamptz NOT NULL,
        UNIQUE (account_id, product_code, plan_code, effective_from)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE contract_prices`);
  }
}

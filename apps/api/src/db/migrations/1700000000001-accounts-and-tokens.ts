import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndTokens1700000000001 implements MigrationInterface {
  name = 'AccountsAndTokens1700000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        verified_name text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
        verification_status text NOT NULL DEFAULT 'NOT_SUBMITTED'
          CHECK (verification_status IN ('NOT_SUBMITTED', 'PENDING', 'APPROVED', 'REJECTED')),
        balance bigint NOT NULL DEFAULT 0 CONSTRAINT balance_never_negative CHECK (balance >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('OPERATOR', 'CUSTOMER_ADMIN', 'CUSTOMER_MEMBER')),
        account_id uuid REFERENCES accounts (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK ((role = 'OPERATOR') = (account_id IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE api_tokens`);
    await db.query(`DROP TABLE accounts`);
  }
}

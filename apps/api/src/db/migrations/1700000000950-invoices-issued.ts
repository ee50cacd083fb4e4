import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices issued (R-INV-2, R-INV-3): the fapiao number and issue date of an issued invoice and
 * the amount it was issued for; the date of the latest red-letter credit; every voided fapiao kept with its reason; the requested
 * invoices read in order for the operators' overdue list.
 */
export class InvoicesIssued1700000000950 implements MigrationInterface {
  name = 'InvoicesIssued1700000000950';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE invoices
        ADD COLUMN number text CHECK (number ~ '^([0-9]{8}|[0-9]{20})$'),
        ADD COLUMN issued_on date,
        ADD COLUMN issued_amount bigint CHECK (issued_amount > 0),
        ADD COLUMN credited_on date,
        ADD CONSTRAINT invoices_issued_complete CHECK (
          (number IS NULL) = (issued_on IS NULL) AND (number IS NULL) = (issued_amount IS NULL))`);
    await db.query(`CREATE UNIQUE INDEX invoices_number ON invoices (number)`);
    await db.query(`CREATE INDEX invoices_requested ON invoices (seq) WHERE status = 'REQUESTED'`);
    await db.query(`
      CREATE TABLE invoice_voids (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        invoice_id uuid NOT NULL REFERENCES invoices (id),
        number text NOT NULL UNIQUE,
        issued_on date NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        voided_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX invoice_voids_invoice ON invoice_voids (invoice_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE invoice_voids`);
    await db.query(`DROP INDEX invoices_requested`);
    await db.query(`DROP INDEX invoices_number`);
    await db.query(`
      ALTER TABLE invoices DROP CONSTRAINT invoices_issued_complete,
        DROP COLUMN number, DROP COLUMN issued_on, DROP COLUMN issued_amount, DROP COLUMN credited_on`);
  }
}

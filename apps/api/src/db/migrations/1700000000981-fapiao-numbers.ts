import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R-INV-3: a fapiao number is used once, voided or not. Every number ever printed is claimed in
 * `fapiao_numbers` (unique) by the transaction that issues it, so two operators issuing the same
 * number at the same time for different invoices cannot both succeed: the second claim waits for
 * the first and finds the number taken. Numbers already on invoices or voided fapiaos are
 * claimed for the invoice that used them (the earliest use wins).
 */
export class FapiaoNumbers1700000000981 implements MigrationInterface {
  name = 'FapiaoNumbers1700000000981';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE fapiao_numbers (
        number text PRIMARY KEY CHECK (number ~ '^([0-9]{8}|[0-9]{20})$'),
        invoice_id uuid NOT NULL REFERENCES invoices (id),
        claimed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX fapiao_numbers_invoice ON fapiao_numbers (invoice_id)`);
    await db.query(`
      INSERT INTO fapiao_numbers (number, invoice_id, claimed_at)
      SELECT number, invoice_id, claimed_at FROM (
        SELECT v.number, v.invoice_id, v.voided_at AS claimed_at FROM invoice_voids v
        UNION ALL
        SELECT i.number, i.id, coalesce(i.issued_at, i.created_at) FROM invoices i WHERE i.number IS NOT NULL
      ) used
      ORDER BY claimed_at
      ON CONFLICT (number) DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE fapiao_numbers`);
  }
}

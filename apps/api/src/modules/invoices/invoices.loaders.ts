import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byIdLoader, childList, smallListLoader } from '../../graphql/batch.js';
import { InvoiceEntity, InvoiceVoidEntity } from './invoice.entity.js';

/** Per-request loaders of the invoices module. */
export function invoiceLoaders(db: DataSource) {
  const invoice = byIdLoader(db, InvoiceEntity);
  return {
    invoice,
    invoiceByPayment: new DataLoader<string, InvoiceEntity | null>(async (ids) => {
      const rows = await db.getRepository(InvoiceEntity).findBy({ paymentId: In([...ids]) });
      const map = new Map(rows.map((row) => [row.paymentId, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** `Account.invoices`: keyset pages by `(account_id, seq)`. */
    accountInvoices: childList(db, InvoiceEntity, 'account_id', invoice),
    /** An invoice's voided fapiaos: a handful at most, oldest first. */
    invoiceVoids: smallListLoader(db, InvoiceVoidEntity, 'invoice_id'),
  };
}

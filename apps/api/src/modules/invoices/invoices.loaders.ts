import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { childList } from '../../graphql/batch.js';
import { InvoiceEntity } from './invoice.entity.js';

/** Per-request loaders of the invoices module. */
export function invoiceLoaders(db: DataSource) {
  return {
    invoiceByPayment: new DataLoader<string, InvoiceEntity | null>(async (ids) => {
      const rows = await db.getRepository(InvoiceEntity).findBy({ paymentId: In([...ids]) });
      const map = new Map(rows.map((row) => [row.paymentId, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** `Account.invoices`: keyset pages by `(account_id, seq)`. */
    accountInvoices: childList(db, InvoiceEntity, 'account_id'),
  };
}

import type { DataSource } from 'typeorm';
import {
  connectionOf,
  keysetPage,
  ListOrder,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/connection.js';
import {
  countRows,
  entitySource,
  onClockSide,
  readPage,
  type ListFilter,
} from '../../graphql/keyset.js';
import { searchPattern } from '../../graphql/list-sort.js';
import { InvoiceSort } from '../../graphql/list-sorts.js';
import { InvoiceEntity, type InvoiceStatus } from './invoice.entity.js';
import type { Invoice } from './invoice.type.js';
import { toInvoice } from './invoices.mapper.js';

/**
 * The operators' list of every invoice (`invoices`), newest first by default, read a page at a
 * time by keyset: on `seq` (unique) by creation, on `(requested_at, seq)` by request time and
 * on `(amount, seq)` by amount (`invoices_requested_at`, `invoices_amount_sort`).
 */
export async function invoicesPage(
  db: DataSource,
  args: PageArgs & {
    status?: InvoiceStatus | null;
    sort?: InvoiceSort | null;
    testMode?: boolean | null;
    search?: string | null;
  },
): Promise<ConnectionShape<Invoice>> {
  const sorted = InvoiceSort.resolve(args, args.sort);
  const page = keysetPage(sorted.args, ListOrder.NEWEST_FIRST, sorted.sort);
  const source = entitySource(db, InvoiceEntity);
  const where: string[] = [];
  const params: unknown[] = [];
  if (args.status) where.push(`t.status = $${params.push(args.status)}`);
  if (args.testMode != null) where.push(onClockSide(`$${params.push(args.testMode)}`));
  const pattern = searchPattern(args.search);
  if (pattern) {
    const ref = `$${params.push(pattern)}`;
    // The accounts matching by name are looked up once (trigram indexes, migration 999).
    where.push(
      `(t.title ILIKE ${ref} OR t.number ILIKE ${ref} OR t.id::text ILIKE ${ref}
        OR t.account_id IN (SELECT a.id FROM accounts a WHERE a.name ILIKE ${ref}))`,
    );
  }
  const filter: ListFilter = { where, params };
  return connectionOf(await readPage(db, source, filter, page), page, toInvoice, () =>
    countRows(db, source.table, filter),
  );
}

import type { DataSource } from 'typeorm';
import {
  connectionOf,
  keysetPage,
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
import { InvoiceEntity } from './invoice.entity.js';
import type { Invoice } from './invoice.type.js';
import { toInvoice } from './invoices.mapper.js';

/**
 * R-INV-2: requested invoices past their due date on their account's business date (its test
 * clock's, if any): issuing on the due date keeps the promise, the day after it does not.
 * The partial index `invoices_requested` keeps the scan to the invoices not yet issued.
 */
const OVERDUE: ListFilter = {
  where: [
    `t.status = 'REQUESTED'`,
    `t.due_on < (SELECT (coalesce(tc.frozen_at, now()) AT TIME ZONE 'Asia/Shanghai')::date
                   FROM accounts a LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id
                  WHERE a.id = t.account_id)`,
  ],
  params: [],
};

/** The operators' overdue invoices, oldest request first by default, by keyset on `seq`. */
export async function overdueInvoicesPage(
  db: DataSource,
  args: PageArgs & { testMode?: boolean | null },
): Promise<ConnectionShape<Invoice>> {
  const page = keysetPage(args);
  const source = entitySource(db, InvoiceEntity);
  const filter: ListFilter =
    args.testMode == null
      ? OVERDUE
      : { where: [...OVERDUE.where, onClockSide('$1')], params: [args.testMode] };
  return connectionOf(await readPage(db, source, filter, page), page, toInvoice, () =>
    countRows(db, source.table, filter),
  );
}

import type { DataSource } from 'typeorm';
import {
  connectionOf,
  keysetPage,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/connection.js';
import { RefundSort } from '../../graphql/list-sorts.js';
import { searchPattern } from '../../graphql/list-sort.js';
import {
  countRows,
  entitySource,
  onClockSide,
  readPage,
  type ListFilter,
} from '../../graphql/keyset.js';
import type { Refund } from './refund.type.js';
import { RefundEntity } from './refund.entity.js';
import { toRefund } from './refunds.mapper.js';

/** The operators' review queue (R-REF-REVIEW): refunds oldest first by default, by keyset on `seq`. */
export async function refundQueuePage(
  db: DataSource,
  args: PageArgs & {
    status?: RefundEntity['status'] | null;
    sort?: RefundSort | null;
    testMode?: boolean | null;
    search?: string | null;
  },
): Promise<ConnectionShape<Refund>> {
  const sorted = RefundSort.resolve(args, args.sort);
  const page = keysetPage(sorted.args, undefined, sorted.sort);
  const source = entitySource(db, RefundEntity);
  const where: string[] = [];
  const params: unknown[] = [];
  if (args.status) where.push(`t.status = $${params.push(args.status)}`);
  if (args.testMode != null) where.push(onClockSide(`$${params.push(args.testMode)}`));
  const pattern = searchPattern(args.search);
  if (pattern) {
    const ref = `$${params.push(pattern)}`;
    where.push(
      `(t.note ILIKE ${ref} OR t.decision_note ILIKE ${ref} OR t.account_id IN (SELECT a.id FROM accounts a WHERE a.name ILIKE ${ref}))`,
    );
  }
  const filter: ListFilter = { where, params };
  return connectionOf(await readPage(db, source, filter, page), page, toRefund, () =>
    countRows(db, source.table, filter),
  );
}

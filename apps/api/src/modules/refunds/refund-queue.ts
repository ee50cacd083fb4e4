import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type ConnectionShape,
} from '../../graphql/connection.js';
import type { Refund } from './refund.type.js';
import { RefundEntity } from './refund.entity.js';
import { toRefund } from './refunds.mapper.js';

/** The operators' review queue (R-REF-REVIEW): refunds oldest first, by keyset on `seq`. */
export async function refundQueuePage(
  db: DataSource,
  args: { first?: number | null; after?: string | null; status?: RefundEntity['status'] | null },
): Promise<ConnectionShape<Refund>> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const query = db.getRepository(RefundEntity).createQueryBuilder('r');
  if (args.status) query.andWhere('r.status = :status', { status: args.status });
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const cursor = decodeCursor(args.after);
    if (!cursor)
      throw new GraphQLError('after is not a cursor of this list', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    query.andWhere('r.seq > :seq', { seq: cursor });
  }
  const rows = await query
    .orderBy('r.seq', 'ASC')
    .take(first + 1)
    .getMany();
  const edges = rows
    .slice(0, first)
    .map((row) => ({ node: toRefund(row), cursor: encodeCursor(row.seq) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

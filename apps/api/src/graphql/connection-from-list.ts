import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor, type ConnectionShape } from './connection.js';

/** A Relay page over rows already loaded in `seq` order (through a per-request loader). */
export function connectionFromList<Row extends { seq: string }, NodeT>(
  rows: readonly Row[],
  args: { first?: number | null; after?: string | null },
  toNode: (row: Row) => NodeT,
): ConnectionShape<NodeT> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  let start = 0;
  if (args.after) {
    const seq = decodeCursor(args.after);
    if (!seq)
      throw new GraphQLError('after is not a cursor of this list', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    start = rows.findIndex((row) => BigInt(row.seq) > BigInt(seq));
    if (start < 0) start = rows.length;
  }
  const page = rows.slice(start, start + first);
  const edges = page.map((row) => ({ node: toNode(row), cursor: encodeCursor(row.seq) }));
  return {
    edges,
    totalCount: rows.length,
    pageInfo: { hasNextPage: start + first < rows.length, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

// The journal as an operator reads it through the SDK: the whole double-entry journal, paged.
import { describe, expect, it } from 'vitest';
import { BillingAuthError, BillingGraphQLError, toFen } from '../src/index.js';
import { activeEqq } from './api.js';

describe('the journal through the SDK', () => {
  it('an operator pages an account’s journal lines newest first and follows a posting', async () => {
    const { operator, customer, accountId, orderId } = await activeEqq('2021-04-20');

    const page = await operator.journal({ accountId, first: 1 });
    expect(page.totalCount).toBe(1);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const [line] = page.edges.map((edge) => edge.node);
    expect(line).toMatchObject({
      ledger: 'revenue',
      accountId,
      amount: { amount: '-5000.00', currency: 'CNY' },
      sourceType: 'Payment',
    });
    expect(toFen(line!.amount)).toBe(-500_000n);

    // Both sides of the payment's posting, oldest first: they sum to zero.
    const posting = await operator.journal({
      transactionId: line!.transactionId,
      orderBy: 'OLDEST_FIRST',
    });
    expect(posting.edges.map((edge) => [edge.node.ledger, edge.node.accountId])).toEqual([
      ['cash:ALIPAY', null],
      ['revenue', accountId],
    ]);
    expect(posting.edges.reduce((sum, edge) => sum + toFen(edge.node.amount), 0n)).toBe(0n);

    // Forwards through the whole journal with the cursor, one line a page.
    const first = await operator.journal({ first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await operator.journal({ first: 1, after: first.pageInfo.endCursor });
    expect(next.pageInfo.hasPreviousPage).toBe(true);
    expect(next.edges[0]!.node.id).not.toBe(first.edges[0]!.node.id);

    const forbidden = await customer.journal({ accountId }).catch((error: unknown) => error);
    expect(forbidden).toBeInstanceOf(BillingAuthError);
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN' });
    const malformed = await operator
      .journal({ transactionId: orderId })
      .catch((error: unknown) => error);
    expect(malformed).toBeInstanceOf(BillingGraphQLError);
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

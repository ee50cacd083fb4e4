import type { BusinessDate } from '@billing/domain';
import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Context } from '../../context.js';
import {
  connectionOf,
  keysetPage,
  ListOrder,
  PageArgs,
  type ConnectionShape,
  type SortKey,
} from '../../graphql/connection.js';
import { countRows, entitySource, readPage, type ListFilter } from '../../graphql/keyset.js';
import { DateScalar } from '../../graphql/scalars.js';
import { requireOperator } from '../auth/auth.js';
import { TestClock } from '../clock/test-clock.type.js';
import { RefundEntity } from './refund.entity.js';
import { Refund, RefundConnection } from './refund.type.js';
import { toRefund } from './refunds.mapper.js';

@ArgsType()
export class PayoutsDueArgs extends PageArgs {
  @Field(() => DateScalar, {
    description:
      'The last business date counted: payouts due on or before it (the date a clock would be advanced to).',
  })
  until!: BusinessDate;
}

/** By payout due date, then by creation: soonest first, or latest first with NEWEST_FIRST. */
const byDueDate = (descending: boolean): SortKey => ({
  name: descending ? 'PAYOUT_DUE_DESC' : 'PAYOUT_DUE_ASC',
  expression: (alias) => `${alias}.payout_due_on`,
  type: 'date',
  descending,
});

/**
 * R-REF-PAYOUT: the approved refunds of a test clock's accounts whose payout falls due by
 * `until`, i.e. what advancing the clock to that date pays out. Read by keyset on
 * `(payout_due_on, seq)` through the partial index `refunds_due_payout` (approved refunds
 * only), a page at a time.
 */
export async function payoutsDuePage(
  db: DataSource,
  clockId: string,
  args: PayoutsDueArgs,
): Promise<ConnectionShape<Refund>> {
  const sort = byDueDate(args.orderBy === ListOrder.NEWEST_FIRST);
  const page = keysetPage({ ...args, orderBy: null }, ListOrder.OLDEST_FIRST, sort);
  const source = entitySource(db, RefundEntity);
  const filter: ListFilter = {
    where: [
      `t.status = 'APPROVED'`,
      `t.payout_due_on <= $1::date`,
      `t.account_id IN (SELECT a.id FROM accounts a WHERE a.test_clock_id = $2::uuid)`,
    ],
    params: [args.until, clockId],
  };
  return connectionOf(await readPage(db, source, filter, page), page, toRefund, () =>
    countRows(db, source.table, filter),
  );
}

@Resolver(() => TestClock)
export class TestClockPayoutsResolver {
  @Directive('@operatorOnly')
  @FieldResolver(() => RefundConnection, {
    nullable: true,
    description:
      'Approved refunds of this clock’s accounts whose payout falls due on or before `until`, soonest due first (NEWEST_FIRST: latest first): what advancing the clock to that date pays out (operators only: null with FORBIDDEN otherwise; R-REF-PAYOUT).',
  })
  async payoutsDue(
    @Root() clock: TestClock,
    @Args(() => PayoutsDueArgs) args: PayoutsDueArgs,
    @Ctx() ctx: Context,
  ): Promise<RefundConnection> {
    requireOperator(ctx);
    return payoutsDuePage(ctx.db, clock.localId, args);
  }
}

import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { In } from 'typeorm';
import type { Context } from '../../context.js';
import { Money, money } from '../../graphql/money.type.js';
import { requireOperator } from '../auth/auth.js';
import { toSubscription } from '../orders/orders.mapper.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { Subscription } from '../subscriptions/subscription.type.js';

@ObjectType({
  description:
    'Money taken in a month: payments applied to orders, less refunds approved that month.',
})
class MonthRevenue {
  @Field(() => String, { description: 'YYYY-MM (business month, Asia/Shanghai).' })
  month!: string;

  @Field(() => Money, { description: 'Net: gross − refunded.' })
  amount!: Money;

  @Field(() => Money, {
    description: 'Payments applied to orders that month (by payment date), overpayments excluded.',
  })
  gross!: Money;

  @Field(() => Money, { description: 'Refunds approved that month (by decision date).' })
  refunded!: Money;
}

@ObjectType({ description: 'Refund requests of one reason, over all time.' })
class ReasonRefunds {
  @Field(() => String, { description: 'A RefundReason.' })
  reason!: string;

  @Field(() => Int, { description: 'Requests with this reason.' })
  count!: number;

  @Field(() => Int, { description: 'Of those, the ones approved or paid out.' })
  approvedCount!: number;

  @Field(() => Money, { description: 'Approved or paid out.' })
  amount!: Money;
}

@ObjectType({
  description:
    'Operators’ overview of live accounts, or of test-clock accounts in test mode: the two never mix in one figure. Each account is seen at its own clock (a test clock or the real time).',
})
class Dashboard {
  @Field(() => Boolean, {
    description: 'true: these figures are of the accounts living at test clocks; false: live ones.',
  })
  testMode!: boolean;
}

/** Only the accounts of the dashboard's mode: `alias` is the accounts table's alias. */
function ofMode(dashboard: Dashboard, alias = 'a'): string {
  return dashboard.testMode
    ? `${alias}.test_clock_id IS NOT NULL`
    : `${alias}.test_clock_id IS NULL`;
}

/**
 * Each account of the dashboard's mode with its business date today: its test clock's, or the
 * real one (R-TIME-1).
 */
const accountToday = (dashboard: Dashboard) => `
  SELECT a.id AS account_id,
         coalesce((tc.frozen_at AT TIME ZONE 'Asia/Shanghai')::date, (now() AT TIME ZONE 'Asia/Shanghai')::date) AS today
    FROM accounts a LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id
   WHERE ${ofMode(dashboard)}`;

/** Subscriptions still running: not recycled, terminated or suspended. */
const LIVE = `s.recycled_on IS NULL AND s.terminated_on IS NULL AND s.suspended_since IS NULL AND s.period_end IS NOT NULL`;

async function subscriptions(
  ctx: Context,
  sql: string,
  params: unknown[],
): Promise<Subscription[]> {
  const rows: Array<{ id: string }> = await ctx.db.query(sql, params);
  if (rows.length === 0) return [];
  const entities = await ctx.db
    .getRepository(SubscriptionEntity)
    .findBy({ id: In(rows.map((r) => r.id)) });
  const order = new Map(rows.map((r, i) => [r.id, i]));
  return entities.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map(toSubscription);
}

function checkDays(days: number, max = 366): number {
  return Math.min(Math.max(Math.trunc(days), 0), max);
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Directive('@operatorOnly')
  @Query(() => Dashboard, {
    description: 'Revenue, refunds, renewals due and accounts in grace (operators).',
  })
  dashboard(
    @Arg('testMode', () => Boolean, {
      defaultValue: false,
      description: 'true: the accounts living at test clocks; false (default): live accounts only.',
    })
    testMode: boolean,
    @Ctx() ctx: Context,
  ): Dashboard {
    requireOperator(ctx);
    return Object.assign(new Dashboard(), { testMode });
  }

  @FieldResolver(() => [MonthRevenue], {
    description: 'The latest months with activity, oldest first.',
  })
  async revenueByMonth(
    @Root() dashboard: Dashboard,
    @Arg('months', () => Int, {
      defaultValue: 12,
      description: 'How many months with activity, at most 120 (default 12).',
    })
    months: number,
    @Ctx() ctx: Context,
  ): Promise<MonthRevenue[]> {
    const rows: Array<{ month: string; gross: string; refunded: string }> = await ctx.db.query(
      `WITH gross AS (
         SELECT to_char(p.paid_on, 'YYYY-MM') AS month, sum(p.amount - p.excess) AS amount
           FROM payments p JOIN accounts a ON a.id = p.account_id
          WHERE p.purpose = 'ORDER' AND p.status = 'SUCCEEDED' AND ${ofMode(dashboard)} GROUP BY 1),
       refunded AS (
         SELECT to_char(r.decided_on, 'YYYY-MM') AS month, sum(r.amount) AS amount
           FROM refunds r JOIN accounts a ON a.id = r.account_id
          WHERE r.status IN ('APPROVED', 'PAID') AND r.decided_on IS NOT NULL AND ${ofMode(dashboard)}
          GROUP BY 1)
       SELECT month, coalesce(g.amount, 0)::text AS gross, coalesce(r.amount, 0)::text AS refunded
         FROM gross g FULL JOIN refunded r USING (month)
        ORDER BY month DESC LIMIT $1`,
      [checkDays(months, 120)],
    );
    return rows.reverse().map((row) => {
      const gross = Number(row.gross);
      const refunded = Number(row.refunded);
      return {
        month: row.month,
        gross: money(gross),
        refunded: money(refunded),
        amount: money(gross - refunded),
      };
    });
  }

  @FieldResolver(() => [ReasonRefunds], {
    description: 'Refund requests by reason, the most frequent first.',
  })
  async refundsByReason(
    @Root() dashboard: Dashboard,
    @Ctx() ctx: Context,
  ): Promise<ReasonRefunds[]> {
    const rows: Array<{ reason: string; count: number; approved_count: number; amount: string }> =
      await ctx.db.query(
        `SELECT r.reason, count(*)::int AS count,
              count(*) FILTER (WHERE r.status IN ('APPROVED', 'PAID'))::int AS approved_count,
              coalesce(sum(r.amount) FILTER (WHERE r.status IN ('APPROVED', 'PAID')), 0)::text AS amount
         FROM refunds r JOIN accounts a ON a.id = r.account_id
        WHERE ${ofMode(dashboard)}
        GROUP BY r.reason ORDER BY count(*) DESC, r.reason`,
      );
    return rows.map((r) => ({
      reason: r.reason,
      count: r.count,
      approvedCount: r.approved_count,
      amount: money(Number(r.amount)),
    }));
  }

  @FieldResolver(() => [Subscription], {
    description: 'Active subscriptions whose period ends within `days` (R-RENEW-1), soonest first.',
  })
  renewalsDue(
    @Root() dashboard: Dashboard,
    @Arg('days', () => Int, {
      defaultValue: 60,
      description:
        'How many days ahead (at most 366), counted from each account’s today (default 60).',
    })
    days: number,
    @Ctx() ctx: Context,
  ): Promise<Subscription[]> {
    return subscriptions(
      ctx,
      `SELECT s.id FROM subscriptions s JOIN (${accountToday(dashboard)}) t ON t.account_id = s.account_id
        WHERE ${LIVE} AND s.period_end > t.today AND s.period_end <= t.today + $1::int
        ORDER BY s.period_end, s.seq LIMIT 200`,
      [checkDays(days)],
    );
  }

  @FieldResolver(() => [Subscription], {
    description: 'In the grace month after the period end (R-LIFE-2).',
  })
  inGrace(@Root() dashboard: Dashboard, @Ctx() ctx: Context): Promise<Subscription[]> {
    return subscriptions(
      ctx,
      `SELECT s.id FROM subscriptions s JOIN (${accountToday(dashboard)}) t ON t.account_id = s.account_id
        WHERE ${LIVE} AND s.period_end <= t.today AND t.today < (s.period_end + interval '1 month')::date
        ORDER BY s.period_end, s.seq LIMIT 200`,
      [],
    );
  }

  @FieldResolver(() => [Subscription], {
    description: 'In grace and recycled within `days` unless renewed (R-LIFE-3).',
  })
  aboutToBeRecycled(
    @Root() dashboard: Dashboard,
    @Arg('days', () => Int, {
      defaultValue: 7,
      description:
        'How many days ahead (at most 366), counted from each account’s today (default 7).',
    })
    days: number,
    @Ctx() ctx: Context,
  ): Promise<Subscription[]> {
    return subscriptions(
      ctx,
      `SELECT s.id FROM subscriptions s JOIN (${accountToday(dashboard)}) t ON t.account_id = s.account_id
        WHERE ${LIVE} AND s.period_end <= t.today
          AND t.today < (s.period_end + interval '1 month')::date
          AND (s.period_end + interval '1 month')::date - t.today <= $1::int
        ORDER BY s.period_end, s.seq LIMIT 200`,
      [checkDays(days)],
    );
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ruleRefs } from '../../graphql/explain.type.js';
import { money } from '../../graphql/money.type.js';
import { requireOperator } from '../auth/auth.js';
import { Order } from '../orders/order.type.js';
import { Payment } from '../payments/payment.type.js';
import type { JournalRow } from './journal.loaders.js';
import { JournalEntry } from './journal.type.js';

export function toJournalEntry(row: JournalRow): JournalEntry {
  return {
    id: row.id,
    transactionId: row.transaction_id,
    ledger: row.ledger,
    amount: money(Number(row.amount)),
    memo: row.memo,
    rules: ruleRefs(row.rules),
    sourceType: row.source_type,
    postedAt: row.posted_at,
  };
}

@Resolver(() => Order)
export class OrderJournalResolver {
  @FieldResolver(() => [JournalEntry], {
    nullable: true,
    description:
      'The journal lines of this order’s payments and refunds (operators only: null with FORBIDDEN otherwise).',
  })
  async journalEntries(@Root() order: Order, @Ctx() ctx: Context): Promise<JournalEntry[]> {
    requireOperator(ctx);
    return (await ctx.loaders.journalByOrder.load(order.entity.id)).map(toJournalEntry);
  }
}

@Resolver(() => Payment)
export class PaymentJournalResolver {
  @FieldResolver(() => [JournalEntry], {
    nullable: true,
    description:
      'The journal lines this payment posted (operators only: null with FORBIDDEN otherwise).',
  })
  async journalEntries(@Root() payment: Payment, @Ctx() ctx: Context): Promise<JournalEntry[]> {
    requireOperator(ctx);
    return (await ctx.loaders.journalBySource.load(payment.entity.id)).map(toJournalEntry);
  }
}

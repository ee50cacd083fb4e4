import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireOperator } from '../auth/auth.js';
import { toJournalEntry } from '../journal/journal.resolver.js';
import { JournalEntry } from '../journal/journal.type.js';
import { Order } from './order.type.js';

/** `Order.journalEntries`: the journal books lines and knows no order. */
@Resolver(() => Order)
export class OrderJournalResolver {
  @Directive('@operatorOnly')
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

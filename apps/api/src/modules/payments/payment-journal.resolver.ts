import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireOperator } from '../auth/auth.js';
import { toJournalEntry } from '../journal/journal.resolver.js';
import { JournalEntry } from '../journal/journal.type.js';
import { Payment } from './payment.type.js';

/** `Payment.journalEntries`: the journal books lines and knows no payment. */
@Resolver(() => Payment)
export class PaymentJournalResolver {
  @Directive('@operatorOnly')
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

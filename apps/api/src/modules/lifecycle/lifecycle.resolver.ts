import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ruleRefs } from '../../graphql/explain.type.js';
import { Subscription } from '../subscriptions/subscription.type.js';
import { Reminder, ReminderKind } from './reminder.type.js';

@Resolver(() => Subscription)
export class SubscriptionRemindersResolver {
  @FieldResolver(() => [Reminder], {
    description: 'Renewal reminders sent so far, oldest first (R-LIFE-4).',
  })
  async reminders(@Root() sub: Subscription, @Ctx() ctx: Context): Promise<Reminder[]> {
    const rows = await ctx.loaders.remindersBySubscription.load(sub.entity.id);
    return rows.map((row) => ({
      kind: ReminderKind[row.kind],
      dueOn: row.due_on,
      periodEnd: row.period_end,
      sentAt: row.sent_at,
      message: row.message,
      rules: ruleRefs(row.rules),
    }));
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireViewer } from '../auth/auth.js';
import { TestClock } from '../clock/test-clock.type.js';
import { toTestClock } from '../clock/test-clocks.service.js';
import { Account } from './account.type.js';

/** The test clock an account lives at (`Account.testClock`): the clock module knows no account. */
@Resolver(() => Account)
export class AccountClockResolver {
  @FieldResolver(() => TestClock, {
    nullable: true,
    description: 'The test clock the account lives at, if any.',
  })
  async testClock(@Root() account: Account, @Ctx() ctx: Context): Promise<TestClock | null> {
    requireViewer(ctx);
    const entity = await ctx.loaders.account.load(account.localId);
    if (!entity?.testClockId) return null;
    const clock = await ctx.loaders.testClock.load(entity.testClockId);
    return clock ? toTestClock(clock) : null;
  }
}

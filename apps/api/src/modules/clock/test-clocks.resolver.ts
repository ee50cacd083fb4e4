import { noSuchMessage } from '@billing/domain';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { actorOf } from '../audit/audit.js';
import { requireOperator, requireViewer } from '../auth/auth.js';
import { TestClockEntity } from './test-clock.entity.js';
import { TestClock } from './test-clock.type.js';
import { TestClocksService, toTestClock } from './test-clocks.service.js';

@InputType({ description: 'A new test clock.' })
class CreateTestClockInput {
  @Field(() => String, { description: 'A name to tell clocks apart.' })
  name!: string;

  @Field(() => DateTimeScalar, {
    description: 'The instant the clock starts frozen at, e.g. "2021-04-20T10:00:00+08:00".',
  })
  frozenAt!: Date;
}

@InputType({ description: 'Moves a test clock forward.' })
class AdvanceTestClockInput {
  @Field(() => ID, { description: 'The test clock’s global id.' })
  id!: string;

  @Field(() => DateTimeScalar, {
    description: 'The new instant, later than the clock’s `frozenAt` (a clock never goes back).',
  })
  to!: Date;
}

@ObjectType({ description: 'A test clock after it was created or advanced.' })
class TestClockPayload {
  @Field(() => TestClock, {
    nullable: true,
    description: 'The clock as it is now. Always set when `userErrors` is empty.',
  })
  testClock!: TestClock | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@Resolver(() => TestClock)
export class TestClocksResolver {
  @Query(() => [TestClock], { description: 'All test clocks (operators).' })
  async testClocks(@Ctx() ctx: Context): Promise<TestClock[]> {
    requireOperator(ctx);
    return (await ctx.db.getRepository(TestClockEntity).find({ order: { seq: 'ASC' } })).map(
      toTestClock,
    );
  }

  @Mutation(() => TestClockPayload, {
    description: 'Creates a test clock frozen at an instant (operators).',
  })
  async createTestClock(
    @Arg('input', () => CreateTestClockInput, {
      description: 'The new clock’s name and starting instant.',
    })
    input: CreateTestClockInput,
    @Ctx() ctx: Context,
  ): Promise<TestClockPayload> {
    requireOperator(ctx);
    const { clock, userErrors } = await new TestClocksService(ctx.db, actorOf(ctx)).create(
      input.name,
      input.frozenAt,
    );
    return { testClock: clock ? toTestClock(clock) : null, userErrors };
  }

  @Mutation(() => TestClockPayload, {
    description:
      'Moves a test clock forward; every transition that falls due for its accounts runs before this returns (operators).',
  })
  async advanceTestClock(
    @Arg('input', () => AdvanceTestClockInput, {
      description: 'The test clock and the instant to move it to.',
    })
    input: AdvanceTestClockInput,
    @Ctx() ctx: Context,
  ): Promise<TestClockPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.id, 'TestClock')?.id;
    if (!id)
      return {
        testClock: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('test clock'), ['id'])],
      };
    const { clock, userErrors } = await new TestClocksService(ctx.db, actorOf(ctx)).advance(
      id,
      input.to,
    );
    return { testClock: clock ? toTestClock(clock) : null, userErrors };
  }
}

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

import { noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { actorOf } from '../audit/audit.js';
import { requireOperator } from '../auth/auth.js';
import { TestClockEntity } from './test-clock.entity.js';
import { TestClock } from './test-clock.type.js';
import { TestClocksService, toTestClock } from './test-clocks.service.js';
import { AdvanceTestClockInput, CreateTestClockInput, TestClockPayload } from './clock.inputs.js';

@Resolver(() => TestClock)
export class TestClocksResolver {
  @Directive('@operatorOnly')
  @Query(() => [TestClock], { description: 'All test clocks (operators).' })
  async testClocks(@Ctx() ctx: Context): Promise<TestClock[]> {
    requireOperator(ctx);
    return (await ctx.db.getRepository(TestClockEntity).find({ order: { seq: 'ASC' } })).map(
      toTestClock,
    );
  }

  @Directive('@operatorOnly')
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

  @Directive('@operatorOnly')
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

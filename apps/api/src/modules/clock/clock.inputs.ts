import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { TestClock } from './test-clock.type.js';

@InputType({ description: 'A new test clock.' })
export class CreateTestClockInput {
  @Field(() => String, { description: 'A name to tell clocks apart.' })
  name!: string;

  @Field(() => DateTimeScalar, {
    description: 'The instant the clock starts frozen at, e.g. "2021-04-20T10:00:00+08:00".',
  })
  frozenAt!: Date;
}

@InputType({ description: 'Moves a test clock forward.' })
export class AdvanceTestClockInput {
  @Field(() => ID, { description: 'The test clock’s global id.' })
  id!: string;

  @Field(() => DateTimeScalar, {
    description: 'The new instant, later than the clock’s `frozenAt` (a clock never goes back).',
  })
  to!: Date;
}

@ObjectType({ description: 'A test clock after it was created or advanced.' })
export class TestClockPayload {
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

import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({
  implements: Node,
  description: 'A frozen time for testing: accounts attached to it live at its time.',
})
export class TestClock extends Node {
  @Field(() => ID, { description: 'The test clock’s global id.' })
  declare id: string;

  localId!: string;

  @Field(() => String, { description: 'A name to tell clocks apart.' })
  name!: string;

  @Field(() => DateTimeScalar, {
    description:
      'The clock’s current instant: its accounts live at this time until it is advanced.',
  })
  frozenAt!: Date;

  @Field(() => DateScalar, { description: 'The Asia/Shanghai business date of frozenAt.' })
  today!: string;

  @Field(() => DateTimeScalar, { description: 'When the clock was created (real time).' })
  createdAt!: Date;
}

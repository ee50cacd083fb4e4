import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({
  implements: Node,
  description: 'A frozen time for testing: accounts attached to it live at its time.',
})
export class TestClock extends Node {
  @Field(() => ID)
  declare id: string;

  localId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DateTimeScalar)
  frozenAt!: Date;

  @Field(() => DateScalar, { description: 'The Asia/Shanghai business date of frozenAt.' })
  today!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

import { Field, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.type.js';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType({
  description:
    'An account’s contract price for a contract-priced (CUSTOM) plan over a span of dates (R-CAT-2).',
})
export class ContractPrice {
  @Field(() => String, { description: 'The product code, e.g. "MEETING".' })
  productCode!: string;

  @Field(() => String, { description: 'The contract-priced (CUSTOM) plan, e.g. "ENTERPRISE".' })
  planCode!: string;

  @Field(() => Money, { description: 'Price per seat per year.' })
  unitPrice!: Money;

  @Field(() => DateScalar, { description: 'First day it is in force.' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Exclusive end: the day a newer price takes over or it was ended; null while open.',
  })
  endsOn!: string | null;

  @Field(() => Boolean, { description: 'In force today on the account’s clock.' })
  inForce!: boolean;
}

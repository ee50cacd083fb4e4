import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.type.js';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'A tier of a per-seat volume price book (R-CAT-2).' })
export class PriceTier {
  @Field(() => Int)
  minSeats!: number;

  @Field(() => Int, { nullable: true })
  maxSeats!: number | null;

  @Field(() => Money)
  annualUnitPrice!: Money;

  @Field(() => Money)
  monthlyUnitPrice!: Money;
}

@ObjectType({ description: 'A dated price book (R-CAT-1).' })
export class PriceBook {
  @Field(() => String)
  id!: string;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => String, { description: 'PER_SEAT_VOLUME, FLAT, FREE or CUSTOM (R-CAT-2).' })
  model!: string;

  @Field(() => [PriceTier])
  tiers!: PriceTier[];

  @Field(() => Money, { nullable: true })
  flatAnnual!: Money | null;

  @Field(() => Money, { nullable: true })
  flatMonthly!: Money | null;

  @Field(() => Money, { nullable: true })
  oneOffPrice!: Money | null;
}

@ObjectType({ description: 'A plan (edition) of a product.' })
export class Plan {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true })
  minSeats!: number | null;

  @Field(() => Int, { nullable: true })
  maxSeats!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What one unit of a value-added item buys, e.g. "1,000 SMS" (section 1.4).',
  })
  unit!: string | null;

  @Field(() => [PriceBook])
  priceBooks!: PriceBook[];
}

@ObjectType()
export class Product {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'No renewal or new purchase on or after this date (R-CAT-4).',
  })
  renewalsEndOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Every subscription ends on this date (R-CAT-4).',
  })
  serviceEndsOn!: string | null;

  @Field(() => Boolean, {
    description:
      'A one-off product (value-added services, VAS): bought with buyValueAdded, never subscribed to (R-CAT-2).',
  })
  oneOff!: boolean;

  @Field(() => [Plan])
  plans!: Plan[];
}

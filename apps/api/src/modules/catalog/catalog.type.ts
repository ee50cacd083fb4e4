import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.type.js';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'A tier of a per-seat volume price book (R-CAT-2).' })
export class PriceTier {
  @Field(() => Int, { description: 'The smallest seat total this tier prices.' })
  minSeats!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The largest seat total this tier prices; null: no upper bound.',
  })
  maxSeats!: number | null;

  @Field(() => Money, {
    description:
      'Price of one seat for one year; every seat is priced at the tier of the total (R-SEAT-4, R-RENEW-3).',
  })
  annualUnitPrice!: Money;

  @Field(() => Money, {
    description: 'Price of one seat for one month, for seats added mid-period (R-SEAT-3).',
  })
  monthlyUnitPrice!: Money;
}

@ObjectType({ description: 'A dated price book (R-CAT-1).' })
export class PriceBook {
  @Field(() => String, { description: 'The price book’s catalog id.' })
  id!: string;

  @Field(() => DateScalar, {
    description:
      'The first business date it is in force; it prices orders from then until the next book’s date (R-CAT-1).',
  })
  effectiveFrom!: string;

  @Field(() => String, { description: 'PER_SEAT_VOLUME, FLAT, FREE or CUSTOM (R-CAT-2).' })
  model!: string;

  @Field(() => [PriceTier], {
    description: 'The volume tiers of a PER_SEAT_VOLUME book, fewest seats first; empty otherwise.',
  })
  tiers!: PriceTier[];

  @Field(() => Money, {
    nullable: true,
    description: 'A FLAT book’s price for one year, whatever the seats; null for other models.',
  })
  flatAnnual!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'A FLAT book’s price for one month; null for other models.',
  })
  flatMonthly!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'The price of one unit of a one-off (value-added) item; null for subscriptions.',
  })
  oneOffPrice!: Money | null;
}

@ObjectType({ description: 'A plan (edition) of a product.' })
export class Plan {
  @Field(() => String, {
    description: 'The plan’s code within its product, e.g. "SEATS"; used as `planCode`.',
  })
  code!: string;

  @Field(() => String, { description: 'The plan’s display name.' })
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The fewest seats a subscription may have (R-CAT-3); null: no minimum.',
  })
  minSeats!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The most seats a subscription may have (R-CAT-3, R-SEAT-1); null: no maximum.',
  })
  maxSeats!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What one unit of a value-added item buys, e.g. "1,000 SMS" (section 1.4).',
  })
  unit!: string | null;

  @Field(() => [PriceBook], {
    description:
      'Its dated price books, oldest first; the one in force on a date prices it (R-CAT-1).',
  })
  priceBooks!: PriceBook[];
}

@ObjectType({ description: 'Where a product’s subscriptions can be upgraded to (R-MIG-1).' })
export class ProductUpgrade {
  @Field(() => String, { description: 'The product upgraded to, e.g. "QIDIAN".' })
  toProductCode!: string;

  @Field(() => String, { description: 'Its plan, e.g. "SEATS".' })
  toPlanCode!: string;

  @Field(() => DateScalar, {
    description:
      'Upgrades completed on or before this date join the original-price renewal promotion (R-MIG-1, R-MIG-3); later ones renew at the new product’s market prices.',
  })
  promotionUpgradeBy!: string;
}

@ObjectType({ description: 'A product of the catalog (EQQ, Qidian, Exmail, Meeting…).' })
export class Product {
  @Field(() => String, { description: 'The product code, e.g. "EQQ"; used as `productCode`.' })
  code!: string;

  @Field(() => String, { description: 'The product’s display name.' })
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

  @Field(() => ProductUpgrade, {
    nullable: true,
    description:
      'The upgrade its subscriptions are offered (EQQ → Qidian, R-MIG-1), until its service end; null when none.',
  })
  upgrade!: ProductUpgrade | null;

  @Field(() => Boolean, {
    description:
      'A one-off product (value-added services, VAS): bought with buyValueAdded, never subscribed to (R-CAT-2).',
  })
  oneOff!: boolean;

  @Field(() => [Plan], { description: 'Its plans (editions).' })
  plans!: Plan[];
}

import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.js';
import { Order } from '../orders/order.type.js';

@InputType({ description: 'A value-added service to buy (R-CAT-2).' })
export class BuyValueAddedInput {
  @Field(() => ID, { description: 'The account’s global id.' })
  accountId!: string;

  @Field(() => String, {
    description: 'The value-added item (product VAS): CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT.',
  })
  planCode!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'Units of the item (its catalog unit, e.g. 1,000 SMS), 1 to 1,000.',
  })
  quantity!: number;

  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The order `buyValueAdded` placed.' })
export class BuyValueAddedPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The VALUE_ADDED order, awaiting payment; non-refundable once paid (R-REF-NONREF). Always set when `userErrors` is empty.',
  })
  order!: Order | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

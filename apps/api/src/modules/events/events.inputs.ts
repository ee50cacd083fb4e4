import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';

@ArgsType()
export class BillingEventsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only events of this account (operators; a customer administrator sees only its own account’s events, with or without it).',
  })
  accountId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only events of these types (e.g. ["order.paid", "refund.approved"]); an unknown type is refused with the known ones.',
  })
  types?: string[] | null;
}

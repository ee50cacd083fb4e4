import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only entries about this object (any global id).',
  })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries of this account.' })
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only entries of this action (a mutation or automatic step, e.g. "payOrder").',
  })
  action?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only entries about objects of this type (e.g. "Refund").',
  })
  objectType?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only entries by this actor: a role (OPERATOR, CUSTOMER_ADMIN, CUSTOMER_MEMBER, SYSTEM) or the id of an API token (`AuditEntry.actorTokenId`).',
  })
  actor?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only entries whose action, request id, acting token’s name or account’s name contains this text (case-insensitive).',
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only entries of test-clock accounts (and of test clocks); false: only the others; omitted: all (as before this argument existed). The console passes its Test mode switch, so live and simulated entries never mix on one page.',
  })
  testMode?: boolean | null;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { toGlobalId, type NodeTypeName } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { AuditRow } from './audit.js';

@ObjectType({
  description: 'Who did what, when, to which object: one entry of the audit trail (operators).',
})
export class AuditEntry {
  @Field(() => ID, { description: 'The entry’s global id.' })
  id!: string;

  @Field(() => DateTimeScalar, {
    description: 'When it happened (the account’s clock for account business).',
  })
  occurredAt!: Date;

  @Field(() => String, {
    description: 'OPERATOR, CUSTOMER_ADMIN, CUSTOMER_MEMBER, or SYSTEM for automatic transitions.',
  })
  actorRole!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The API token that acted, the bootstrap token included (null for the system: due work, test-clock runs).',
  })
  actorTokenId!: string | null;

  @Field(() => String, {
    description: 'The mutation or automatic step, e.g. "payOrder", "enterGrace", "assessLateFee".',
  })
  action!: string;

  @Field(() => String, { description: 'The type of the object changed, e.g. "Subscription".' })
  objectType!: string;

  @Field(() => ID, { description: 'The global id of the object changed.' })
  objectId!: string;

  @Field(() => ID, { nullable: true, description: 'The global id of the account concerned.' })
  accountId!: string | null;

  @Field(() => String, { nullable: true, description: 'The object before, as a JSON document.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The object after, as a JSON document.' })
  after!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The x-request-id of the request that did it (also for transitions a clock advance ran).',
  })
  requestId!: string | null;
}

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: toGlobalId('AuditEntry', row.id),
    occurredAt: row.occurred_at,
    actorRole: row.actor_role,
    actorTokenId: row.actor_token_id,
    action: row.action,
    objectType: row.object_type,
    // Object types are node type names (Account, Subscription, Order, …), so this is the id the API uses for it.
    objectId: toGlobalId(row.object_type as NodeTypeName, row.object_id),
    accountId: row.account_id ? toGlobalId('Account', row.account_id) : null,
    before: row.before === null ? null : JSON.stringify(row.before),
    after: row.after === null ? null : JSON.stringify(row.after),
    requestId: row.request_id,
  };
}

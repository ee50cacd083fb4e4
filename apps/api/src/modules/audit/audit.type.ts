import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { toGlobalId, type NodeTypeName } from '../../graphql/node.js';
import { Money } from '../../graphql/money.type.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { requestLocale } from '../../locale.js';
import type { AuditRow } from './audit.js';
import { auditChanges, type AuditValueKind as Kind } from './audit-changes.js';

export enum AuditValueKind {
  MONEY = 'MONEY',
  DATE = 'DATE',
  DATE_TIME = 'DATE_TIME',
  NUMBER = 'NUMBER',
  BOOLEAN = 'BOOLEAN',
  TEXT = 'TEXT',
}
registerEnumType(AuditValueKind, {
  name: 'AuditValueKind',
  description: 'How the values of an audit change read.',
  valuesConfig: {
    MONEY: { description: 'Yuan with exactly two decimals, e.g. "1234.50" (R-MONEY-1).' },
    DATE: { description: 'An Asia/Shanghai business date, `YYYY-MM-DD` (R-TIME-1).' },
    DATE_TIME: { description: 'An instant in ISO 8601 (UTC).' },
    NUMBER: { description: 'A count (seats, years, days…).' },
    BOOLEAN: { description: '"true" or "false".' },
    TEXT: {
      description:
        'Text as stored: a status or other code (e.g. "PAID"), a name, a note, or rule ids joined by ", ".',
    },
  },
});

@ObjectType({
  description:
    'One field of an audit entry’s change: before → after, read from the stored before/after documents.',
})
export class AuditChange {
  @Field(() => String, {
    description:
      'The field’s path in the documents: a name ("status"), a nested one ("payment.amount") or a position in a list counted from 1 ("parts.1.amount").',
  })
  field!: string;

  @Field(() => AuditValueKind, { description: 'How `before` and `after` read.' })
  kind!: AuditValueKind;

  @Field(() => String, { nullable: true, description: 'The value before (null: none).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after (null: none).' })
  after!: string | null;
}

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

  @Field(() => [AuditChange], {
    description:
      'The change as a list of fields whose value differs between `before` and `after` (or that only one has); ids are left out, the entry names its object. Empty when nothing was recorded.',
  })
  changes!: AuditChange[];

  /** The stored object id and type, the acting token's id (for the field resolvers). */
  localObjectId!: string;
  localActorTokenId!: string | null;
  localAccountId!: string | null;
}

@ObjectType({
  description:
    'What names an audited object, as it is now: its name (an account’s, an invoice’s title, a token’s…), a code (an order’s kind, a refund’s reason, a token’s role, a subscription’s product), a date and an amount, as the type has them.',
})
export class AuditObject {
  @Field(() => String, {
    nullable: true,
    description:
      'Account: its name; Invoice: its title; ApiToken and TestClock: their names; Subscription and ContractPrice: "PRODUCT PLAN" codes; PostpaidBill: its month (`YYYY-MM`). Null for orders and refunds.',
  })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Order: its kind (NEW_SUBSCRIPTION…); Refund: its reason; ApiToken: its role; Subscription and ContractPrice: the product code; Invoice: its type.',
  })
  code!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Order: its order date; Refund: its request date; PostpaidBill: its issue date; ContractPrice: the date it takes effect (Asia/Shanghai).',
  })
  date!: string | null;

  @Field(() => Money, {
    nullable: true,
    description:
      'Order: its total; Refund: its amount; Invoice and PostpaidBill: their amounts; ContractPrice: its seat price.',
  })
  amount!: Money | null;
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
    changes: auditChanges(row.before, row.after, requestLocale()).map((change) => ({
      ...change,
      kind: change.kind satisfies Kind as AuditValueKind,
    })),
    localObjectId: row.object_id,
    localActorTokenId: row.actor_token_id,
    localAccountId: row.account_id,
  };
}

import type { BusinessDate, RuleId, ViolationLevel, ViolationRecord } from '@billing/domain';
import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Generated,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

/** One recorded step of R-VIO-1: an escalation or an upheld appeal, with its date and reason. */
@ForeignKey(() => SubscriptionEntity, ['subscriptionId'], ['id'], {
  name: 'subscription_violations_subscription_id_fkey',
})
@Unique('subscription_violations_seq_key', ['seq'])
@Check(
  'subscription_violations_from_level_check',
  "(from_level = ANY (ARRAY['NONE'::text, 'WARNING'::text, 'SUSPENDED'::text, 'BANNED'::text]))",
)
@Check(
  'subscription_violations_kind_check',
  "(kind = ANY (ARRAY['ESCALATION'::text, 'APPEAL_UPHELD'::text]))",
)
@Check(
  'subscription_violations_reason_check',
  '((length(btrim(reason)) >= 1) AND (length(btrim(reason)) <= 2000))',
)
@Check(
  'subscription_violations_to_level_check',
  "(to_level = ANY (ARRAY['NONE'::text, 'WARNING'::text, 'SUSPENDED'::text, 'BANNED'::text]))",
)
@Index('subscription_violations_subscription', ['subscriptionId', 'seq'])
@Entity({ name: 'subscription_violations' })
export class SubscriptionViolationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @Column({ type: 'text' })
  kind!: ViolationRecord['kind'];

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn!: BusinessDate;

  @Column({ name: 'from_level', type: 'text' })
  fromLevel!: ViolationLevel;

  @Column({ name: 'to_level', type: 'text' })
  toLevel!: ViolationLevel;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', array: true })
  rules!: RuleId[];

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** The rules engine's view of a stored step. */
export function toViolationRecord(row: SubscriptionViolationEntity): ViolationRecord {
  return {
    kind: row.kind,
    on: row.recordedOn,
    from: row.fromLevel,
    to: row.toLevel,
    reason: row.reason,
    rules: row.rules,
  };
}

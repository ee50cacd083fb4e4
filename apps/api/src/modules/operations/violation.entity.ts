import type { BusinessDate, RuleId, ViolationLevel, ViolationRecord } from '@billing/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded step of R-VIO-1: an escalation or an upheld appeal, with its date and reason. */
@Entity({ name: 'subscription_violations' })
export class SubscriptionViolationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
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

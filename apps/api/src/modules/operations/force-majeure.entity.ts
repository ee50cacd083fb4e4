import type { BusinessDate, RuleId } from '@billing/domain';
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

/** One force-majeure suspension recorded against a subscription (R-FM-1) and the period end it moved. */
@ForeignKey(() => SubscriptionEntity, ['subscriptionId'], ['id'], {
  name: 'force_majeure_events_subscription_id_fkey',
})
@Unique('force_majeure_events_seq_key', ['seq'])
@Check('force_majeure_events_check', '(period_end_after > period_end_before)')
@Check('force_majeure_events_days_check', '(days >= 1)')
@Check(
  'force_majeure_events_reason_check',
  '((length(btrim(reason)) >= 1) AND (length(btrim(reason)) <= 2000))',
)
@Index('force_majeure_events_subscription', ['subscriptionId', 'seq'])
@Entity({ name: 'force_majeure_events' })
export class ForceMajeureEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @Column({ type: 'int' })
  days!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn!: BusinessDate;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'period_end_before', type: 'date' })
  periodEndBefore!: BusinessDate;

  @Column({ name: 'period_end_after', type: 'date' })
  periodEndAfter!: BusinessDate;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'text', array: true })
  rules!: RuleId[];
}

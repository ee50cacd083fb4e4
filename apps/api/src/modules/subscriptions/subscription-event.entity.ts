import type { BusinessDate, Message, RuleId } from '@billing/domain';
import {
  Column,
  Entity,
  ForeignKey,
  Generated,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { SubscriptionEntity } from './subscription.entity.js';

/** R-LIFE-6: every transition with its time, cause and rule ids. */
@ForeignKey(() => SubscriptionEntity, ['subscriptionId'], ['id'], {
  name: 'subscription_events_subscription_id_fkey',
})
@Unique('subscription_events_seq_key', ['seq'])
@Index('subscription_events_subscription', ['subscriptionId', 'seq'])
@Entity({ name: 'subscription_events' })
export class SubscriptionEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: BusinessDate;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: string;

  @Column({ type: 'text' })
  cause!: string;

  @Column({ type: 'text', array: true })
  rules!: RuleId[];

  @Column({ type: 'text' })
  reason!: string;

  /** The reason as a message key and parameters (null on events recorded before them). */
  @Column({ name: 'reason_message', type: 'jsonb', nullable: true })
  reasonMessage!: Message | null;
}

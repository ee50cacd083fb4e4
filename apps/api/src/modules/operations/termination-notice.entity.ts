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
import { AccountEntity } from '../accounts/account.entity.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';

export type TerminationNoticeStatus = 'SCHEDULED' | 'EFFECTIVE' | 'LAPSED';

/**
 * R-TERM-1: the provider's written notice ending an agreement without cause. SCHEDULED until its
 * effective date, when the due work terminates the subscription and refunds the unused part
 * (EFFECTIVE), or finds it already ended (LAPSED).
 */
@ForeignKey(() => AccountEntity, ['accountId'], ['id'], {
  name: 'termination_notices_account_id_fkey',
})
@ForeignKey(() => SubscriptionEntity, ['subscriptionId'], ['id'], {
  name: 'termination_notices_subscription_id_fkey',
})
@Unique('termination_notices_seq_key', ['seq'])
@Check('termination_notices_check', '(effective_on > noticed_on)')
@Check('termination_notices_check1', "((status = 'SCHEDULED'::text) = (effected_at IS NULL))")
@Check(
  'termination_notices_reason_check',
  '((length(btrim(reason)) >= 1) AND (length(btrim(reason)) <= 2000))',
)
@Check(
  'termination_notices_status_check',
  "(status = ANY (ARRAY['SCHEDULED'::text, 'EFFECTIVE'::text, 'LAPSED'::text]))",
)
@Index('termination_notices_due', ['effectiveOn', 'accountId'], {
  where: "(status = 'SCHEDULED'::text)",
})
@Index('termination_notices_due_seq', ['effectiveOn', 'seq'], {
  where: "(status = 'SCHEDULED'::text)",
})
@Index('termination_notices_one_scheduled', ['subscriptionId'], {
  unique: true,
  where: "(status = 'SCHEDULED'::text)",
})
@Index('termination_notices_subscription', ['subscriptionId', 'seq'])
@Entity({ name: 'termination_notices' })
export class TerminationNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'noticed_on', type: 'date' })
  noticedOn!: BusinessDate;

  @Column({ name: 'noticed_at', type: 'timestamptz' })
  noticedAt!: Date;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: BusinessDate;

  @Column({ type: 'text' })
  status!: TerminationNoticeStatus;

  @Column({ name: 'effected_at', type: 'timestamptz', nullable: true })
  effectedAt!: Date | null;

  /** What happened on the effective date, with the refund explanations. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'text', array: true, default: [] })
  rules!: RuleId[];

  @Column({ name: 'refund_ids', type: 'uuid', array: true, default: [] })
  refundIds!: string[];
}

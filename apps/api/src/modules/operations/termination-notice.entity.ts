import type { BusinessDate, RuleId } from '@billing/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TerminationNoticeStatus = 'SCHEDULED' | 'EFFECTIVE' | 'LAPSED';

/**
 * R-TERM-1: the provider's written notice ending an agreement without cause. SCHEDULED until its
 * effective date, when the due work terminates the subscription and refunds the unused part
 * (EFFECTIVE), or finds it already ended (LAPSED).
 */
@Entity({ name: 'termination_notices' })
export class TerminationNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
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

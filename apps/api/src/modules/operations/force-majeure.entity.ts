import type { BusinessDate, RuleId } from '@billing/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One force-majeure suspension recorded against a subscription (R-FM-1) and the period end it moved. */
@Entity({ name: 'force_majeure_events' })
export class ForceMajeureEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
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

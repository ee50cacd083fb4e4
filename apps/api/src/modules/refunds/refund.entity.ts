import type { BusinessDate, Fen, PaymentMethod, RefundReason, RefundStatus } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

@Entity({ name: 'refunds' })
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text' })
  reason!: RefundReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', array: true, default: [] })
  evidence!: string[];

  @Column({ type: 'text' })
  status!: RefundStatus;

  @Column({ type: 'boolean' })
  eligible!: boolean;

  /** Gross amount taken off the order (R-REF-CAP); the customer receives amount − fee. */
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: Fen;

  @Column({ type: 'bigint', transformer: fenTransformer })
  fee!: Fen;

  /** R-REF-PAYOUT: back to the original payment method. */
  @Column({ type: 'text' })
  method!: PaymentMethod;

  /** The engine's decision as made: rules, every rule considered, explanation, lines. */
  @Column({ type: 'jsonb' })
  decision!: Record<string, unknown>;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: BusinessDate;

  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn!: BusinessDate | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: BusinessDate | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'payout_due_on', type: 'date', nullable: true })
  payoutDueOn!: BusinessDate | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

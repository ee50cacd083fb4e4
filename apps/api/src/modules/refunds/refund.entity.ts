import type {
  BusinessDate,
  Fen,
  Message,
  PaymentMethod,
  RefundDecision,
  RefundReason,
  RefundStatus,
} from '@billing/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Generated,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { OrderEntity } from '../orders/order.entity.js';
import { fenTransformer } from '../../db/columns.js';

/**
 * One payment's share of a refund (R-REF-PAYOUT: back to the original payment method). `amount`
 * is taken off the payment (gross); `excess` of it was duplicate or overpaid money (R-REF-DUPLICATE,
 * owed from customer_credit), the rest was revenue; `payout` is what goes back (amount minus its
 * share of the handling fee, R-REF-FEE); `reference` is the provider's payout reference once paid.
 */
/** The engine's decision as made, with the date and the claimed facts it was decided on. */
export interface StoredRefundDecision extends RefundDecision {
  readonly asOf: BusinessDate;
  /** Event-based claims (R-REF-WINDOW, R-REF-OUTAGE) as the customer stated them. */
  readonly claim: { readonly eventAt: number | null; readonly outageHours: number | null };
}

export interface RefundPart {
  readonly paymentId: string;
  readonly method: PaymentMethod;
  readonly providerReference: string | null;
  readonly amount: Fen;
  readonly excess: Fen;
  readonly payout: Fen;
  readonly reference?: string | null;
}

@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'refunds_account_id_fkey' })
@ForeignKey(() => OrderEntity, ['orderId'], ['id'], { name: 'refunds_order_id_fkey' })
@Unique('refunds_seq_key', ['seq'])
@Check('refunds_amount_check', '(amount >= 0)')
@Check('refunds_check', '((fee >= 0) AND (fee <= amount))')
@Check(
  'refunds_status_check',
  "(status = ANY (ARRAY['REQUESTED'::text, 'APPROVED'::text, 'REJECTED'::text, 'PAID'::text]))",
)
@Index('refunds_account', ['accountId', 'seq'])
@Index('refunds_account_amount_sort', ['accountId', 'amount', 'seq'])
@Index('refunds_account_requested_at_sort', ['accountId', 'requestedAt', 'seq'])
@Index('refunds_amount_sort', ['amount', 'seq'])
@Index('refunds_due_payout', ['payoutDueOn', 'seq'], { where: "(status = 'APPROVED'::text)" })
@Index('refunds_order', ['orderId', 'seq'])
@Index('refunds_payout_due', ['payoutDueOn', 'accountId'], { where: "(status = 'APPROVED'::text)" })
@Index('refunds_queue', ['status', 'seq'])
@Index('refunds_requested_at_sort', ['requestedAt', 'seq'])
@Index('refunds_requested_on', ['requestedOn', 'seq'])
@Entity({ name: 'refunds' })
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
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
  decision!: StoredRefundDecision;

  /** How the refund splits over the order's payments (recomputed on approval). */
  @Column({ type: 'jsonb', default: [] })
  parts!: RefundPart[];

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: BusinessDate;

  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn!: BusinessDate | null;

  /** R-REF-REVIEW: why the review is due when it is, or why no date (BEYOND_CALENDAR). */
  @Column({ name: 'review_due_reason', type: 'text', nullable: true })
  reviewDueReason!: string | null;

  /** `reviewDueReason` as a message; null when written before messages or without a date. */
  @Column({ name: 'review_due_reason_message', type: 'jsonb', nullable: true })
  reviewDueReasonMessage!: Message | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: BusinessDate | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'payout_due_on', type: 'date', nullable: true })
  payoutDueOn!: BusinessDate | null;

  /** R-REF-PAYOUT: why the payout is due when it is, or why no date (BEYOND_CALENDAR). */
  @Column({ name: 'payout_due_reason', type: 'text', nullable: true })
  payoutDueReason!: string | null;

  /** `payoutDueReason` as a message; null when written before messages or without a date. */
  @Column({ name: 'payout_due_reason_message', type: 'jsonb', nullable: true })
  payoutDueReasonMessage!: Message | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

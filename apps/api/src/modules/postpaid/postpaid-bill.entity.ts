import type { BusinessDate, Fen, LineItem, Message, PaymentMethod, RuleId } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

export type PostpaidBillStatus = 'ISSUED' | 'OVERDUE' | 'SUSPENDED' | 'CLOSED' | 'PAID';

/** The latest late-fee assessment of a bill, as the domain's `lateFee` gave it (R-PAY-5). */
export interface StoredLateFeeAssessment {
  readonly asOf: BusinessDate;
  readonly unpaid: Fen;
  readonly daysOverdue: number;
  readonly feeDays: number;
  readonly fee: Fen;
  readonly status: 'CURRENT' | 'OVERDUE' | 'SUSPENDED' | 'CLOSED';
  readonly overdueFrom: BusinessDate;
  readonly suspendsOn: BusinessDate;
  readonly closesOn: BusinessDate;
  readonly lines: LineItem[];
  readonly rules: RuleId[];
  readonly reason: string;
  /** The reason as a message (assessments stored before it was kept have none). */
  readonly reasonMessage?: Message;
}

/** A postpaid usage bill for one natural month (R-PAY-5). */
@Entity({ name: 'postpaid_bills' })
export class PostpaidBillEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  /** `YYYY-MM`. */
  @Column({ type: 'text' })
  month!: string;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: Fen;

  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  paid!: Fen;

  /** Late fees accrued so far (never compounded, R-PAY-5). */
  @Column({ name: 'late_fee', type: 'bigint', default: 0, transformer: fenTransformer })
  lateFee!: Fen;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: BusinessDate;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: BusinessDate;

  @Column({ type: 'text' })
  status!: PostpaidBillStatus;

  @Column({ type: 'jsonb', default: [] })
  lines!: LineItem[];

  @Column({ type: 'text', default: '' })
  explanation!: string;

  /** The explanation as a message, written in the reader's language; null on older rows. */
  @Column({ name: 'explanation_message', type: 'jsonb', nullable: true })
  explanationMessage!: Message | null;

  @Column({ type: 'text', array: true, default: [] })
  rules!: RuleId[];

  @Column({ name: 'late_fee_assessment', type: 'jsonb', nullable: true })
  lateFeeAssessment!: StoredLateFeeAssessment | null;

  @Column({ name: 'late_fee_assessed_on', type: 'date', nullable: true })
  lateFeeAssessedOn!: BusinessDate | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn!: BusinessDate | null;

  @Column({ name: 'payment_method', type: 'text', nullable: true })
  paymentMethod!: PaymentMethod | null;

  @Column({ name: 'provider_reference', type: 'text', nullable: true })
  providerReference!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

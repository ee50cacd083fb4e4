import type { BusinessDate, Fen, LineItem, Message, PaymentMethod, RuleId } from '@billing/domain';
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
@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'postpaid_bills_account_id_fkey' })
@Unique('postpaid_bills_account_id_month_key', ['accountId', 'month'])
@Unique('postpaid_bills_seq_key', ['seq'])
@Check('postpaid_bills_amount_check', '(amount >= 0)')
@Check('postpaid_bills_late_fee_check', '(late_fee >= 0)')
@Check('postpaid_bills_month_check', "(month ~ '^[0-9]{4}-[0-9]{2}$'::text)")
@Check('postpaid_bills_paid_check', '(paid >= 0)')
@Check(
  'postpaid_bills_payment_method_check',
  "(payment_method = ANY (ARRAY['BANK_CARD'::text, 'ALIPAY'::text, 'WECHAT_PAY'::text, 'TENCENT_WALLET'::text, 'BALANCE'::text]))",
)
@Check('postpaid_paid_in_full', "((status = 'PAID'::text) = (paid_at IS NOT NULL))")
@Check('postpaid_paid_within_due', '(paid <= (amount + late_fee))')
@Check(
  'postpaid_status',
  "(status = ANY (ARRAY['ISSUED'::text, 'OVERDUE'::text, 'SUSPENDED'::text, 'CLOSED'::text, 'PAID'::text]))",
)
@Index('postpaid_bills_account', ['accountId', 'seq'])
@Index('postpaid_bills_due', ['dueOn', 'seq'], {
  where: "(status = ANY (ARRAY['ISSUED'::text, 'OVERDUE'::text, 'SUSPENDED'::text]))",
})
@Index('postpaid_bills_unpaid', ['dueOn'], { where: "(status <> 'PAID'::text)" })
@Entity({ name: 'postpaid_bills' })
export class PostpaidBillEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
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

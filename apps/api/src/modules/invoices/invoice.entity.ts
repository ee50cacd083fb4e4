import type { BusinessDate, Fen, InvoiceType, Message, RuleId } from '@billing/domain';
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
import { PaymentEntity } from '../payments/payment.entity.js';
import { fenTransformer } from '../../db/columns.js';

export type InvoiceStatus = 'REQUESTED' | 'ISSUED' | 'REVERSED';

/** One invoice per payment (R-INV-3: a UNIQUE constraint is the last line of defence). */
@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'invoices_account_id_fkey' })
@ForeignKey(() => PaymentEntity, ['paymentId'], ['id'], { name: 'invoices_payment_id_fkey' })
@Unique('invoices_seq_key', ['seq'])
@Unique('one_invoice_per_payment', ['paymentId'])
@Check('invoices_amount_check', '(amount > 0)')
@Check('invoices_check', '((credited >= 0) AND (credited <= amount))')
@Check('invoices_issued_amount_check', '(issued_amount > 0)')
@Check(
  'invoices_issued_complete',
  '(((number IS NULL) = (issued_on IS NULL)) AND ((number IS NULL) = (issued_amount IS NULL)))',
)
@Check('invoices_number_check', "(number ~ '^([0-9]{8}|[0-9]{20})$'::text)")
@Check(
  'invoices_status_check',
  "(status = ANY (ARRAY['REQUESTED'::text, 'ISSUED'::text, 'REVERSED'::text]))",
)
@Check('invoices_type_check', "(type = ANY (ARRAY['GENERAL'::text, 'SPECIAL_VAT'::text]))")
@Index('invoices_account', ['accountId', 'seq'])
@Index('invoices_account_amount_sort', ['accountId', 'amount', 'seq'])
@Index('invoices_account_requested_at_sort', ['accountId', 'requestedAt', 'seq'])
@Index('invoices_amount_sort', ['amount', 'seq'])
@Index('invoices_number', ['number'], { unique: true })
@Index('invoices_requested', ['seq'], { where: "(status = 'REQUESTED'::text)" })
@Index('invoices_requested_at', ['requestedAt', 'seq'])
@Entity({ name: 'invoices' })
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId!: string;

  /** The verified enterprise name (R-INV-1). */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  type!: InvoiceType;

  /** The payment's part applied to the order, minus what was refunded of it (R-INV-3). */
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: Fen;

  @Column({ type: 'text' })
  status!: InvoiceStatus;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  /** R-INV-2: 45 working days after the payment; null beyond the calendar's data. */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: BusinessDate | null;

  @Column({ name: 'due_reason', type: 'text', default: '' })
  dueReason!: string;

  /** `dueReason` as a message, written in the reader's language; null on rows written before. */
  @Column({ name: 'due_reason_message', type: 'jsonb', nullable: true })
  dueReasonMessage!: Message | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  /** The fapiao number (8 or 20 digits) while issued; null while requested (R-INV-2). */
  @Column({ type: 'text', nullable: true })
  number!: string | null;

  /** The business date printed on the fapiao. */
  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn!: BusinessDate | null;

  /** What the fapiao was issued for: the amount less what was credited before it was issued. */
  @Column({ name: 'issued_amount', type: 'bigint', nullable: true, transformer: fenTransformer })
  issuedAmount!: Fen | null;

  /** Red-letter credit notes for refunds after invoicing (R-INV-3). */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  credited!: Fen;

  /** The business date of the latest red-letter credit (the credit note's date). */
  @Column({ name: 'credited_on', type: 'date', nullable: true })
  creditedOn!: BusinessDate | null;

  @Column({ type: 'text', default: '' })
  explanation!: string;

  /** `explanation` as a message, written in the reader's language; null on rows written before. */
  @Column({ name: 'explanation_message', type: 'jsonb', nullable: true })
  explanationMessage!: Message | null;

  @Column({ type: 'text', array: true, default: [] })
  rules!: RuleId[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A voided fapiao of an invoice, kept with its reason (the invoice is then issued again). */
@ForeignKey(() => InvoiceEntity, ['invoiceId'], ['id'], { name: 'invoice_voids_invoice_id_fkey' })
@Unique('invoice_voids_number_key', ['number'])
@Unique('invoice_voids_seq_key', ['seq'])
@Check('invoice_voids_amount_check', '(amount > 0)')
@Check('invoice_voids_reason_check', '((length(reason) >= 1) AND (length(reason) <= 500))')
@Index('invoice_voids_invoice', ['invoiceId', 'seq'])
@Entity({ name: 'invoice_voids' })
export class InvoiceVoidEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: BusinessDate;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: Fen;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'voided_at', type: 'timestamptz' })
  voidedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

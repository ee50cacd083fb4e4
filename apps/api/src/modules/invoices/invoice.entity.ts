import type { BusinessDate, Fen, InvoiceType, RuleId } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

export type InvoiceStatus = 'REQUESTED' | 'ISSUED' | 'REVERSED';

/** One invoice per payment (R-INV-3: a UNIQUE constraint is the last line of defence). */
@Entity({ name: 'invoices' })
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
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

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  /** Red-letter credit notes for refunds after invoicing (R-INV-3). */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  credited!: Fen;

  @Column({ type: 'text', default: '' })
  explanation!: string;

  @Column({ type: 'text', array: true, default: [] })
  rules!: RuleId[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

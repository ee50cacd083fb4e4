import type { BusinessDate, Fen, PaymentMethod } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

@Entity({ name: 'payments' })
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ type: 'text' })
  purpose!: 'ORDER' | 'TOP_UP';

  @Column({ type: 'text' })
  method!: PaymentMethod;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: Fen;

  @Column({ type: 'text' })
  status!: 'SUCCEEDED' | 'FAILED';

  @Column({ name: 'provider_reference', type: 'text', nullable: true })
  providerReference!: string | null;

  /** R-PAY-3: paid after the order was already paid in full. */
  @Column({ type: 'boolean', default: false })
  duplicate!: boolean;

  /** R-PAY-2: the part beyond the order total (refundable, R-REF-DUPLICATE). */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  excess!: Fen;

  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  refunded!: Fen;

  @Column({ name: 'paid_at', type: 'timestamptz' })
  paidAt!: Date;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: BusinessDate;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

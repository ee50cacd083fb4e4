import type { BusinessDate, Fen } from '@billing/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

/** One dated entry of an account's contract price for a `CUSTOM` plan (R-CAT-2). */
@Entity({ name: 'contract_prices' })
export class ContractPriceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'product_code', type: 'text' })
  productCode!: string;

  @Column({ name: 'plan_code', type: 'text' })
  planCode!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: BusinessDate;

  /** Fen per seat per year; null: the contract price ends on `effectiveFrom`. */
  @Column({ name: 'unit_price', type: 'bigint', nullable: true, transformer: fenTransformer })
  unitPrice!: Fen | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

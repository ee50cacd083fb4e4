import type { BusinessDate, Fen } from '@billing/domain';
import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Generated,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { fenTransformer } from '../../db/columns.js';

/** One dated entry of an account's contract price for a `CUSTOM` plan (R-CAT-2). */
@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'contract_prices_account_id_fkey' })
@Unique('contract_prices_account_id_product_code_plan_code_effective_key', [
  'accountId',
  'productCode',
  'planCode',
  'effectiveFrom',
])
@Unique('contract_prices_seq_key', ['seq'])
@Check('contract_prices_unit_price_check', '(unit_price > 0)')
@Entity({ name: 'contract_prices' })
export class ContractPriceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
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

import type { BusinessDate, Fen } from '@billing/domain';
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
import { TestClockEntity } from '../clock/test-clock.entity.js';
import { fenTransformer } from '../../db/columns.js';
import type { VerificationStatus } from '../../db/transaction.js';

export type { VerificationStatus };
export type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';

@ForeignKey(() => TestClockEntity, ['testClockId'], ['id'], { name: 'accounts_test_clock_id_fkey' })
@Unique('accounts_seq_key', ['seq'])
@Check('accounts_name_check', '((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))')
@Check(
  'accounts_status_check',
  "(status = ANY (ARRAY['ACTIVE'::text, 'SUSPENDED'::text, 'CLOSED'::text]))",
)
@Check(
  'accounts_verification_status_check',
  "(verification_status = ANY (ARRAY['NOT_SUBMITTED'::text, 'PENDING'::text, 'APPROVED'::text, 'REJECTED'::text]))",
)
@Check('balance_never_negative', '(balance >= 0)')
// accounts_name_sort: USING btree (lower(name), seq)
@Index('accounts_name_sort', { synchronize: false })
// accounts_name_trgm: USING gin (name gin_trgm_ops)
@Index('accounts_name_trgm', { synchronize: false })
@Index('accounts_test_clock', ['testClockId'], { where: '(test_clock_id IS NOT NULL)' })
// accounts_verified_name_trgm: USING gin (verified_name gin_trgm_ops)
@Index('accounts_verified_name_trgm', { synchronize: false })
@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, for stable keyset pagination. */
  @Generated('increment')
  @Column({
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    insert: false,
    update: false,
    select: true,
  })
  seq!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'verified_name', type: 'text', nullable: true })
  verifiedName!: string | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: AccountStatus;

  @Column({ name: 'verification_status', type: 'text', default: 'NOT_SUBMITTED' })
  verificationStatus!: VerificationStatus;

  /** Prepaid balance in fen (R-PAY-4): a CHECK constraint keeps it ≥ 0. */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  balance!: Fen;

  /** The test clock the account lives at, if any (contract: "Time"). */
  @Column({ name: 'test_clock_id', type: 'uuid', nullable: true })
  testClockId!: string | null;

  /** Qualification materials (营业执照, legal representative ID, contact) (R-OPEN-2). */
  @Column({ name: 'verification_documents', type: 'text', array: true, default: [] })
  verificationDocuments!: string[];

  @Column({ name: 'verification_note', type: 'text', nullable: true })
  verificationNote!: string | null;

  @Column({ name: 'verified_on', type: 'date', nullable: true })
  verifiedOn!: BusinessDate | null;

  /** Holds the general-taxpayer certificate (special VAT invoices, R-INV-1). */
  @Column({ name: 'general_taxpayer', type: 'boolean', default: false })
  generalTaxpayer!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

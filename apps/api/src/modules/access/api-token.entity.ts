import type { Message } from '@billing/domain';
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
import type { Role } from '../../context.js';
import { AccountEntity } from '../accounts/account.entity.js';

export type { Role };

/** `BOOTSTRAP`: the installation's first operator credential, replaced by rotateBootstrapToken. */
export type ApiTokenKind = 'API' | 'BOOTSTRAP';

/** API tokens are stored as SHA-256 hashes; the token itself is shown once. */
@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'api_tokens_account_id_fkey' })
@Unique('api_tokens_seq_unique', ['seq'])
@Check('api_tokens_bootstrap_is_operator', "((kind = 'API'::text) OR (role = 'OPERATOR'::text))")
@Check('api_tokens_check', "((role = 'OPERATOR'::text) = (account_id IS NULL))")
@Check('api_tokens_kind_check', "(kind = ANY (ARRAY['API'::text, 'BOOTSTRAP'::text]))")
@Check('api_tokens_name_length', '((char_length(name) >= 1) AND (char_length(name) <= 100))')
@Check(
  'api_tokens_role_check',
  "(role = ANY (ARRAY['OPERATOR'::text, 'CUSTOMER_ADMIN'::text, 'CUSTOMER_MEMBER'::text]))",
)
@Index('api_tokens_account_seq', ['accountId', 'seq'], { where: '(account_id IS NOT NULL)' })
@Index('api_tokens_current_bootstrap', ['kind'], {
  where: "((kind = 'BOOTSTRAP'::text) AND (revoked_at IS NULL))",
})
@Entity({ name: 'api_tokens' })
export class ApiTokenEntity {
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

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The name the product gave a token nobody named, as a message; null for a typed name. */
  @Column({ name: 'name_message', type: 'jsonb', nullable: true })
  nameMessage!: Message | null;

  @Column({ type: 'text', default: 'API' })
  kind!: ApiTokenKind;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}

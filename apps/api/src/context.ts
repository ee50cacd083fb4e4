import type { Locale } from '@billing/domain';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Loaders } from './graphql/loaders.js';
import type { PaymentGateway } from './modules/payments/payment-gateway.js';
import type { Role } from './modules/auth/api-token.entity.js';

export interface Viewer {
  readonly role: Role;
  /** The one account a customer token belongs to; null for operators. */
  readonly accountId: string | null;
  /** The token that signed the request in (the bootstrap token is a stored token too). */
  readonly tokenId: string | null;
}

export interface Context {
  readonly requestId: string;
  /** The caller's language, from `Accept-Language` (see locale.ts). */
  readonly locale: Locale;
  readonly viewer: Viewer | null;
  readonly db: DataSource;
  readonly config: Config;
  /** Per-request DataLoaders (no N+1). */
  readonly loaders: Loaders;
  readonly gateway: PaymentGateway;
}

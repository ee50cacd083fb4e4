import type { Locale } from '@billing/domain';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { PaymentGateway } from './gateway.js';

/** A caller's role, stored on its API token (modules/access/api-token.entity.ts). */
export type Role = 'OPERATOR' | 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER';

/**
 * Per-request DataLoaders, by name (`ctx.loaders.order` …). Empty here: graphql/loaders.ts adds
 * every module's loaders to this interface (declaration merging), so the context, which every
 * module reads, imports no module (docs/architecture.md).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by graphql/loaders.ts
export interface Loaders {}

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

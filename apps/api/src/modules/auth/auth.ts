import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context, Viewer } from '../../context.js';
import { ApiTokenEntity } from './api-token.entity.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return `bk_${randomBytes(24).toString('base64url')}`;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(hashToken(a));
  const right = Buffer.from(hashToken(b));
  return timingSafeEqual(left, right);
}

/** Resolves `Authorization: Bearer <token>` to a viewer; a missing header is an anonymous request. */
export async function authenticate(
  header: string | undefined,
  db: DataSource,
  bootstrapToken: string | undefined,
): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1])
    throw unauthenticated(
      'The Authorization header must be "Bearer <token>": send your API token in that form',
    );
  const token = match[1];
  if (bootstrapToken && sameSecret(token, bootstrapToken)) {
    return { role: 'OPERATOR', accountId: null, tokenId: null };
  }
  const found = await db.getRepository(ApiTokenEntity).findOneBy({ tokenHash: hashToken(token) });
  if (!found || found.revokedAt)
    throw unauthenticated(
      'The API token is unknown or revoked: sign in with a current token, or ask an operator for a new one',
    );
  return { role: found.role, accountId: found.accountId, tokenId: found.id };
}

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated('Sign in: send "Authorization: Bearer <token>"');
  return ctx.viewer;
}

export function forbidden(
  message = 'Your role may not do this: ask an administrator of the account or an operator',
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function requireOperator(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'OPERATOR')
    throw forbidden('Only operators may do this: ask an operator to do it for you');
  return viewer;
}

/** Customers see only their own account: anything else answers as if it did not exist. */
export function canSeeAccount(viewer: Viewer, accountId: string): boolean {
  return viewer.role === 'OPERATOR' || viewer.accountId === accountId;
}

/**
 * For a customer acting on an account: an account they cannot see answers as missing (false);
 * their own account with a role that may not act (a member) is FORBIDDEN.
 */
export function mayActOn(viewer: Viewer, accountId: string, what = 'do this'): boolean {
  if (!canSeeAccount(viewer, accountId)) return false;
  if (!canActForAccount(viewer, accountId))
    throw forbidden(
      `Only the account’s administrators and operators may ${what}: ask an administrator of the account or an operator to do it`,
    );
  return true;
}

/** Buying and requesting refunds: operators, or the account's own administrators. */
export function canActForAccount(viewer: Viewer, accountId: string): boolean {
  return (
    viewer.role === 'OPERATOR' ||
    (viewer.role === 'CUSTOMER_ADMIN' && viewer.accountId === accountId)
  );
}

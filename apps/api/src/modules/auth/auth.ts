import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { selectRows, type Queryable } from '../../db/queryable.js';
import type { Context, Viewer } from '../../context.js';
import type { Role } from './api-token.entity.js';

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

/** last_used_at is written at most this often per token (not a write per request). */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves `Authorization: Bearer <token>` to a viewer; a missing header is an anonymous request.
 * Every token, the bootstrap operator token included, is found by its hash in `api_tokens`; an
 * expired or revoked one is refused with a 401 saying which. A token's `last_used_at` is moved
 * by the same statement that reads it, and only when it is a minute old or more.
 */
export async function authenticate(
  header: string | undefined,
  db: Queryable,
): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1])
    throw unauthenticated(
      'The Authorization header must be "Bearer <token>": send your API token in that form',
    );
  const [found] = await selectRows<{
    id: string;
    role: Role;
    account_id: string | null;
    expires_at: Date | null;
    revoked_at: Date | null;
  }>(
    db,
    `WITH found AS (
       SELECT id, role, account_id, expires_at, revoked_at, last_used_at FROM api_tokens
        WHERE token_hash = $1),
     touched AS (
       UPDATE api_tokens t SET last_used_at = now() FROM found f
        WHERE t.id = f.id AND f.revoked_at IS NULL AND (f.expires_at IS NULL OR f.expires_at > now())
          AND (f.last_used_at IS NULL OR f.last_used_at <= now() - $2::interval))
     SELECT id, role, account_id, expires_at, revoked_at FROM found`,
    [hashToken(match[1]), `${LAST_USED_RESOLUTION_MS} milliseconds`],
  );
  if (!found)
    throw unauthenticated(
      'The API token is unknown: check that it was copied whole, or ask an operator (or your account’s administrator) for a new one',
    );
  if (found.revoked_at)
    throw unauthenticated(
      `The API token was revoked on ${found.revoked_at.toISOString()}: sign in with a current token, or ask an operator (or your account’s administrator) for a new one`,
    );
  if (found.expires_at && found.expires_at.getTime() <= Date.now())
    throw unauthenticated(
      `The API token expired on ${found.expires_at.toISOString()}: sign in with a current token, or ask an operator (or your account’s administrator) for a new one`,
    );
  return { role: found.role, accountId: found.account_id, tokenId: found.id };
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

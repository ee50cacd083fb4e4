import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isMessage, msg, renderMessage, type AccountAction, type Message } from '@billing/domain';
import { GraphQLError } from 'graphql';
import { selectRows, type Queryable } from '../../db/queryable.js';
import { requestLocale } from '../../locale.js';
import type { Context, Role, Viewer } from '../../context.js';
import type { SignInCache } from './sign-in-cache.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return `bk_${randomBytes(24).toString('base64url')}`;
}

/** UNAUTHENTICATED, its message in the caller's language. */
function unauthenticated(message: Message): GraphQLError {
  return new GraphQLError(renderMessage(message, requestLocale()), {
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
 * by the same statement that reads it, and only when it is a minute old or more. With a
 * `cache`, a token read in the last minute and unchanged since is not read again.
 */
export async function authenticate(
  header: string | undefined,
  db: Queryable,
  cache?: SignInCache,
): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated(msg('api.auth.badHeader'));
  const tokenHash = hashToken(match[1]);
  const cached = cache?.get(tokenHash);
  if (cached) return cached;
  const mark = cache?.mark() ?? 0;
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
    [tokenHash, `${LAST_USED_RESOLUTION_MS} milliseconds`],
  );
  if (!found) throw unauthenticated(msg('api.auth.unknown'));
  if (found.revoked_at)
    throw unauthenticated(msg('api.auth.revoked', { at: found.revoked_at.toISOString() }));
  if (found.expires_at && found.expires_at.getTime() <= Date.now())
    throw unauthenticated(msg('api.auth.expired', { at: found.expires_at.toISOString() }));
  const viewer: Viewer = { role: found.role, accountId: found.account_id, tokenId: found.id };
  cache?.remember(tokenHash, viewer, found.expires_at, mark);
  return viewer;
}

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated(msg('api.auth.signIn'));
  return ctx.viewer;
}

/** FORBIDDEN, its message in the caller's language. */
export function forbidden(message: string | Message = msg('api.forbidden.role')): GraphQLError {
  const text = isMessage(message) ? renderMessage(message, requestLocale()) : message;
  return new GraphQLError(text, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function requireOperator(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'OPERATOR') throw forbidden(msg('api.forbidden.operatorsOnly'));
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
export function mayActOn(
  viewer: Viewer,
  accountId: string,
  what: AccountAction = 'do this',
): boolean {
  if (!canSeeAccount(viewer, accountId)) return false;
  if (!canActForAccount(viewer, accountId))
    throw forbidden(msg('api.forbidden.accountAdmins', { action: what }));
  return true;
}

/** Buying and requesting refunds: operators, or the account's own administrators. */
export function canActForAccount(viewer: Viewer, accountId: string): boolean {
  return (
    viewer.role === 'OPERATOR' ||
    (viewer.role === 'CUSTOMER_ADMIN' && viewer.accountId === accountId)
  );
}

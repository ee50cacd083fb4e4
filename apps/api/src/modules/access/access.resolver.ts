import { msg, noSuchMessage, renderMessage, type Message } from '@billing/domain';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { ListOrder, connectionOf, keysetPage } from '../../graphql/connection.js';
import {
  countRows,
  entitySource,
  parentFilter,
  readPage,
  type ListFilter,
} from '../../graphql/keyset.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { inCallerLanguage } from '../../locale.js';
import { UserError, UserErrorCode, userError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf, recordAudit } from '../audit/audit.js';
import { idempotent } from '../idempotency/idempotency.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { ApiToken, ApiTokenConnection, ApiTokenKind, ApiTokenStatus, Role } from './access.type.js';
import {
  forbidden,
  hashToken,
  mayActOn,
  newToken,
  requireOperator,
  requireViewer,
} from '../auth/auth.js';
import { forgetSignIns } from '../auth/sign-in-cache.js';
import { rotateBootstrap } from './bootstrap.js';
import {
  ApiTokensArgs,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  RevokeApiTokenInput,
  RevokeApiTokenPayload,
  RotateBootstrapTokenInput,
  RotateBootstrapTokenPayload,
} from './access.inputs.js';

@ObjectType({ description: 'Who is calling.' })
class ViewerType {
  @Field(() => Role, { description: 'The role of the token that signed the request.' })
  role!: Role;

  @Field(() => Account, { nullable: true, description: 'The account of a customer token.' })
  account!: Account | null;
}

export function toApiToken(row: ApiTokenEntity, now = new Date()): ApiToken {
  return {
    id: toGlobalId('ApiToken', row.id),
    name: inCallerLanguage(row.name, row.nameMessage),
    kind: ApiTokenKind[row.kind],
    role: Role[row.role],
    status: row.revokedAt
      ? ApiTokenStatus.REVOKED
      : row.expiresAt && row.expiresAt.getTime() <= now.getTime()
        ? ApiTokenStatus.EXPIRED
        : ApiTokenStatus.ACTIVE,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    accountLocalId: row.accountId,
  };
}

const NAME_LIMIT = 100;

function tokenFilter(accountId: string | null): ListFilter {
  const where: string[] = [];
  const params: unknown[] = [];
  const parent = accountId ? parentFilter(where, params, 't.account_id', accountId) : undefined;
  return { where, params, parent };
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { description: 'Who am I: role and account.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerType> {
    const viewer = requireViewer(ctx);
    const account = viewer.accountId ? await ctx.loaders.account.load(viewer.accountId) : null;
    return { role: Role[viewer.role], account: account ? toAccount(account) : null };
  }

  @Query(() => ApiTokenConnection, {
    description:
      'API tokens, newest first by default: every token for operators (or one account’s), their own account’s for a customer administrator (members: FORBIDDEN). Revoked and expired ones included, with their status.',
  })
  async apiTokens(
    @Args(() => ApiTokensArgs) args: ApiTokensArgs,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenConnection> {
    const viewer = requireViewer(ctx);
    const page = keysetPage(args, ListOrder.NEWEST_FIRST);
    let accountId: string | null = null;
    if (viewer.role === 'OPERATOR') {
      if (args.accountId) {
        accountId = fromGlobalId(args.accountId, 'Account')?.id ?? null;
        // An id that does not decode matches nothing (as an id that does not exist).
        if (!accountId) return connectionOf([], page, toApiToken, () => Promise.resolve(0));
      }
    } else {
      if (viewer.role !== 'CUSTOMER_ADMIN' || !viewer.accountId)
        throw forbidden(msg('api.forbidden.seeTokens'));
      const asked = args.accountId ? fromGlobalId(args.accountId, 'Account')?.id : viewer.accountId;
      if (asked !== viewer.accountId)
        return connectionOf([], page, toApiToken, () => Promise.resolve(0));
      accountId = viewer.accountId;
    }
    const source = entitySource(ctx.db, ApiTokenEntity);
    const filter = tokenFilter(accountId);
    const now = new Date();
    return connectionOf(
      await readPage(ctx.db, source, filter, page),
      page,
      (row) => toApiToken(row, now),
      () => countRows(ctx.db, source.table, filter),
    );
  }

  @Directive('@operatorOnly')
  @Mutation(() => CreateApiTokenPayload, {
    description:
      'Issues an API token (operators), with a name and an optional expiry; the token is returned once, only its hash is kept. Audited.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The role, account, name and expiry.' })
    input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiTokenPayload> {
    requireOperator(ctx);
    const refused = (userErrors: UserError[]) => ({
      token: null,
      role: null,
      account: null,
      apiToken: null,
      userErrors,
    });
    const refuseInput = (message: Message, field: string[]) =>
      refused([userError(UserErrorCode.INVALID_INPUT, message, field)]);
    const name = input.name?.trim() ?? null;
    if (input.name != null && (!name || name.length > NAME_LIMIT))
      return refuseInput(msg('api.token.nameLength', { limit: NAME_LIMIT }), ['name']);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      return refuseInput(msg('api.token.expiresPast'), ['expiresAt']);
    let account = null;
    if (input.role === Role.OPERATOR) {
      if (input.accountId) return refuseInput(msg('api.token.operatorNoAccount'), ['accountId']);
    } else {
      const ref = input.accountId ? fromGlobalId(input.accountId, 'Account') : null;
      account = ref ? await ctx.loaders.account.load(ref.id) : null;
      if (!account)
        return refused([
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId']),
        ]);
    }
    const token = newToken();
    const defaultName = msg('token.defaultName', {
      role: input.role,
      date: new Date().toISOString().slice(0, 10),
    });
    const saved = await ctx.db.transaction(async (tx) => {
      const repo = tx.getRepository(ApiTokenEntity);
      const row = await repo.save(
        repo.create({
          tokenHash: hashToken(token),
          role: input.role,
          kind: 'API',
          accountId: account?.id ?? null,
          name: name ?? renderMessage(defaultName, 'en'),
          nameMessage: name ? null : defaultName,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      await recordAudit(tx, actorOf(ctx), {
        action: 'createApiToken',
        objectType: 'ApiToken',
        objectId: row.id,
        accountId: row.accountId,
        after: { name: row.name, role: row.role, expiresAt: row.expiresAt },
      });
      return repo.findOneByOrFail({ id: row.id });
    });
    return {
      token,
      role: input.role,
      account: account ? toAccount(account) : null,
      apiToken: toApiToken(saved),
      userErrors: [],
    };
  }

  @Mutation(() => RevokeApiTokenPayload, {
    description:
      'Revokes an API token at once (operators: any token; a customer administrator: their account’s). Revoking a revoked token changes nothing. Audited.',
  })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput, { description: 'The token to revoke.' })
    input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeApiTokenPayload> {
    const viewer = requireViewer(ctx);
    const notFound = () => ({
      apiToken: null,
      userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('API token'), ['id'])],
    });
    const ref = fromGlobalId(input.id, 'ApiToken');
    if (!ref) return notFound();
    const revokedHashes: string[] = [];
    const answer = await ctx.db.transaction(async (tx) => {
      const repo = tx.getRepository(ApiTokenEntity);
      const row = await repo.findOne({
        where: { id: ref.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return notFound();
      if (viewer.role !== 'OPERATOR') {
        if (!row.accountId || !mayActOn(viewer, row.accountId, 'revoke its API tokens'))
          return notFound();
      }
      if (!row.revokedAt) {
        await tx.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [row.id]);
        revokedHashes.push(row.tokenHash);
        const after = await repo.findOneByOrFail({ id: row.id });
        await recordAudit(tx, actorOf(ctx), {
          action: 'revokeApiToken',
          objectType: 'ApiToken',
          objectId: row.id,
          accountId: row.accountId,
          before: { revokedAt: null },
          after: { revokedAt: after.revokedAt, name: after.name, role: after.role },
        });
        return { apiToken: toApiToken(after), userErrors: [] };
      }
      return { apiToken: toApiToken(row), userErrors: [] };
    });
    forgetSignIns(revokedHashes);
    return answer;
  }

  @Directive('@operatorOnly')
  @Mutation(() => RotateBootstrapTokenPayload, {
    description:
      'Replaces the bootstrap operator token without a restart (operators): the old one stops signing in at once, the new secret is returned once. Idempotent by idempotencyKey. Audited.',
  })
  async rotateBootstrapToken(
    @Arg('input', () => RotateBootstrapTokenInput, {
      description: 'The rotation’s idempotencyKey.',
    })
    input: RotateBootstrapTokenInput,
    @Ctx() ctx: Context,
  ): Promise<RotateBootstrapTokenPayload> {
    requireOperator(ctx);
    const revokedHashes: string[] = [];
    const answer = await ctx.db.transaction(async (tx) => {
      let secret: string | null = null;
      const outcome = await idempotent(
        tx,
        {
          scope: 'bootstrap-token',
          key: input.idempotencyKey,
          operation: 'rotateBootstrapToken',
          input: {},
        },
        async () => {
          const rotated = await rotateBootstrap(tx, actorOf(ctx));
          secret = rotated.token;
          revokedHashes.push(...rotated.revokedHashes);
          return { ids: { apiToken: rotated.id }, userErrors: [] };
        },
      );
      const id = outcome.result.ids.apiToken;
      const row = id ? await tx.getRepository(ApiTokenEntity).findOneBy({ id }) : null;
      return {
        token: outcome.replayed ? null : secret,
        apiToken: row ? toApiToken(row) : null,
        replayed: outcome.result.userErrors.length > 0 ? null : outcome.replayed,
        userErrors: outcome.result.userErrors,
      };
    });
    forgetSignIns(revokedHashes);
    return answer;
  }
}

@Resolver(() => ApiToken)
export class ApiTokenFieldsResolver {
  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The account of a customer token; null for operator tokens.',
  })
  async account(@Root() token: ApiToken, @Ctx() ctx: Context): Promise<Account | null> {
    if (!token.accountLocalId) return null;
    const account = await ctx.loaders.account.load(token.accountLocalId);
    return account ? toAccount(account) : null;
  }
}

import { Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { catalogName, findPlan, findProduct, type Fen } from '@billing/domain';
import { money } from '../../graphql/money.type.js';
import { inCallerLanguage } from '../../locale.js';
import type { Context } from '../../context.js';
import { ListOrder, connectionOf, keysetPage } from '../../graphql/connection.js';
import { countRows, readPage } from '../../graphql/keyset.js';
import { fromGlobalId } from '../../graphql/node.js';
import { requireOperator } from '../auth/auth.js';
import { AUDIT_SOURCE, auditFilter } from './audit.js';
import { AuditEntry, AuditEntryConnection, AuditObject, toAuditEntry } from './audit.type.js';
import { AuditLogArgs } from './audit.inputs.js';

const ROLES = new Set(['OPERATOR', 'CUSTOMER_ADMIN', 'CUSTOMER_MEMBER', 'SYSTEM']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Decision: the audit trail is for operators only. It names the staff and tokens that acted and
 * carries internal state (provider references, before/after documents), so customers read
 * their account's history through its business objects (orders, refunds, subscription history).
 */
@Resolver()
export class AuditResolver {
  @Directive('@operatorOnly')
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail, newest first by default, by object and/or account (operators).',
  })
  async auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    requireOperator(ctx);
    const page = keysetPage(args, ListOrder.NEWEST_FIRST);
    const objectId = args.objectId ? fromGlobalId(args.objectId)?.id : null;
    const accountId = args.accountId ? fromGlobalId(args.accountId, 'Account')?.id : null;
    // An id that does not decode matches nothing (as an id that does not exist).
    if ((args.objectId && !objectId) || (args.accountId && !accountId))
      return connectionOf([], page, toAuditEntry, () => Promise.resolve(0));
    const actor = args.actor?.trim() || null;
    // An actor that is neither a role nor a token id matches nothing.
    if (actor && !ROLES.has(actor) && !UUID.test(actor))
      return connectionOf([], page, toAuditEntry, () => Promise.resolve(0));
    const filter = auditFilter({
      objectId,
      accountId,
      action: args.action?.trim() || null,
      objectType: args.objectType?.trim() || null,
      actorRole: actor && ROLES.has(actor) ? actor : null,
      actorTokenId: actor && UUID.test(actor) ? actor.toLowerCase() : null,
      search: args.search?.trim() || null,
      testMode: args.testMode,
    });
    return connectionOf(
      await readPage(ctx.db, AUDIT_SOURCE, filter, page),
      page,
      toAuditEntry,
      () => countRows(ctx.db, AUDIT_SOURCE.table, filter),
    );
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The name of the API token that acted (null for the system). Read from the token, which is never deleted, so entries from before this field name their token too.',
  })
  async actorTokenName(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<string | null> {
    if (!entry.localActorTokenId) return null;
    const token = await ctx.loaders.auditActor.load(entry.localActorTokenId);
    return token ? inCallerLanguage(token.name, token.name_message) : null;
  }

  @FieldResolver(() => AuditObject, {
    nullable: true,
    description:
      'What names the object, as it is now (null for a type the trail does not name, e.g. a removed object).',
  })
  async object(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<AuditObject | null> {
    const row = await ctx.loaders.auditObject.load(`${entry.objectType}:${entry.localObjectId}`);
    if (!row) return null;
    return {
      name:
        entry.objectType === 'Subscription' || entry.objectType === 'ContractPrice'
          ? await planName(ctx, row.name)
          : row.name,
      code: row.code,
      date: row.date,
      amount: row.amount === null ? null : money(Number(row.amount) as Fen),
    };
  }
}

/**
 * A subscription or contract price named by its plan ("Enterprise QQ seats", 企业QQ 席位) in the
 * caller's language, from the "PRODUCT PLAN" codes its row is named by; the codes when the
 * catalogue no longer has the plan.
 */
async function planName(ctx: Context, codes: string | null): Promise<string | null> {
  const [productCode = '', planCode = ''] = (codes ?? '').split(' ');
  const product = findProduct(await ctx.loaders.catalog(), productCode);
  const plan = product && findPlan(product, planCode);
  if (!plan) return codes;
  return catalogName({ product: productCode, plan: planCode, name: plan.name }, ctx.locale);
}

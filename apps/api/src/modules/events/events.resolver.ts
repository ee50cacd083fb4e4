import { msg, quotedInput } from '@billing/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ListOrder, connectionOf, keysetPage } from '../../graphql/connection.js';
import {
  countRows,
  parentFilter,
  readPage,
  type ListFilter,
  type RowSource,
} from '../../graphql/keyset.js';
import { fromGlobalId } from '../../graphql/node.js';
import { badUserInput } from '../../graphql/user-error.js';
import { selectRows } from '../../db/queryable.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { forbidden, requireViewer } from '../auth/auth.js';
import type { Viewer } from '../../context.js';
import {
  BillingEvent,
  BillingEventConnection,
  toBillingEvent,
  type BillingEventRow,
} from './billing-event.type.js';
import { BILLING_EVENT_TYPES, isBillingEventType } from './events.js';
import { BillingEventsArgs } from './events.inputs.js';

const COLUMNS = `t.id, t.seq, t.type, t.account_id, t.occurred_at, t.business_date, t.test_mode, t.object_type, t.object_id, t.data`;

const EVENTS_SOURCE: RowSource<BillingEventRow> = {
  table: 'billing_events',
  columns: COLUMNS,
  hydrate: (raw) => raw as unknown as BillingEventRow,
};

/**
 * Decision: billing events are for operators and a customer account's administrators (who
 * will receive them at their endpoints); members, like for API tokens, are FORBIDDEN.
 */
function requireEventReader(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.role === 'OPERATOR') return viewer;
  if (viewer.role !== 'CUSTOMER_ADMIN' || !viewer.accountId)
    throw forbidden(msg('api.forbidden.seeEvents'));
  return viewer;
}

@Resolver(() => BillingEvent)
export class BillingEventsResolver {
  @Query(() => BillingEventConnection, {
    description:
      'Billing events, oldest first by default (the order they happened in, per account too): every account’s for operators, their own account’s for a customer administrator (members: FORBIDDEN).',
  })
  async billingEvents(
    @Args(() => BillingEventsArgs) args: BillingEventsArgs,
    @Ctx() ctx: Context,
  ): Promise<BillingEventConnection> {
    const viewer = requireEventReader(ctx);
    const page = keysetPage(args, ListOrder.OLDEST_FIRST);
    const none = () => connectionOf([], page, toBillingEvent, () => Promise.resolve(0));
    const types = args.types ?? null;
    const unknown = types?.filter((type) => !isBillingEventType(type)) ?? [];
    if (unknown.length > 0)
      throw badUserInput(
        msg('api.events.unknownTypes', {
          got: unknown.map((type) => quotedInput(type)).join(', '),
          known: BILLING_EVENT_TYPES.map((type) => `"${type}"`).join(', '),
        }),
        ['types'],
      );
    let accountId: string | null = null;
    if (args.accountId != null) {
      // An id that does not decode matches nothing (as an id that does not exist).
      accountId = fromGlobalId(args.accountId, 'Account')?.id ?? null;
      if (!accountId) return none();
    }
    if (viewer.role !== 'OPERATOR') {
      if (accountId !== null && accountId !== viewer.accountId) return none();
      accountId = viewer.accountId;
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const parent = accountId
      ? parentFilter(where, params, 't.account_id', accountId, '::uuid')
      : undefined;
    if (types && types.length > 0) where.push(`t.type = ANY($${params.push(types)}::text[])`);
    const filter: ListFilter = { where, params, parent };
    return connectionOf(
      await readPage(ctx.db, EVENTS_SOURCE, filter, page),
      page,
      toBillingEvent,
      () => countRows(ctx.db, EVENTS_SOURCE.table, filter),
    );
  }

  @Query(() => BillingEvent, {
    nullable: true,
    description:
      'One billing event by its id (null when there is none the caller may see; members: FORBIDDEN).',
  })
  async billingEvent(
    @Arg('id', () => ID, { description: 'The event’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<BillingEvent | null> {
    const viewer = requireEventReader(ctx);
    const ref = fromGlobalId(id, 'BillingEvent');
    if (!ref) return null;
    const [row] = await selectRows<BillingEventRow>(
      ctx.db,
      `SELECT ${COLUMNS} FROM billing_events t WHERE t.id = $1`,
      [ref.id],
    );
    if (!row || (viewer.role !== 'OPERATOR' && row.account_id !== viewer.accountId)) return null;
    return toBillingEvent(row);
  }

  @FieldResolver(() => Account, { description: 'The account it happened to.' })
  async account(@Root() event: BillingEvent, @Ctx() ctx: Context): Promise<Account> {
    return toAccount((await ctx.loaders.account.load(event.localAccountId))!);
  }
}

/**
 * The event stored under `id`, when `viewer` may see it (operators: any; a customer
 * administrator: their account's; members: none): for `node(id:)`.
 */
export async function visibleBillingEvent(
  db: Context['db'],
  viewer: Viewer,
  id: string,
): Promise<BillingEvent | null> {
  if (viewer.role !== 'OPERATOR' && (viewer.role !== 'CUSTOMER_ADMIN' || !viewer.accountId))
    return null;
  const [row] = await selectRows<BillingEventRow>(
    db,
    `SELECT ${COLUMNS} FROM billing_events t WHERE t.id = $1`,
    [id],
  );
  if (!row || (viewer.role !== 'OPERATOR' && row.account_id !== viewer.accountId)) return null;
  return toBillingEvent(row);
}

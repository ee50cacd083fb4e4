import { randomUUID } from 'node:crypto';
import { businessDateAt, msg, noSuchMessage, quotedInput } from '@billing/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../context.js';
import { ListOrder, connectionOf, keysetPage } from '../../graphql/connection.js';
import {
  countRows,
  parentFilter,
  readPage,
  type ListFilter,
  type RowSource,
} from '../../graphql/keyset.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { selectRows, type Queryable } from '../../db/queryable.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf, auditStatement } from '../audit/audit.js';
import { forbidden, requireViewer } from '../auth/auth.js';
import {
  BillingEvent,
  toBillingEvent,
  type BillingEventRow,
} from '../events/billing-event.type.js';
import { BILLING_EVENT_TYPES, isBillingEventType } from '../events/events.js';
import { checkEndpointUrl } from './endpoint-url.js';
import { ENDPOINT_COLUMNS, liveSecrets, type EndpointRow } from './endpoint-row.js';
import { sendWebhook } from './send.js';
import { newSigningSecret } from './signature.js';
import {
  DELIVERY_COLUMNS,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointConnection,
  toWebhookDelivery,
  toWebhookEndpoint,
  type DeliveryRow,
} from './webhooks.types.js';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  WebhookDeliveryPayload,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
  ResendWebhookEventInput,
  RotateWebhookEndpointSecretInput,
  SendTestWebhookEventInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookEndpointIdInput,
  WebhookEndpointsArgs,
} from './webhooks.inputs.js';

const URL_LIMIT = 2048;
const DESCRIPTION_LIMIT = 200;
const MAX_OVERLAP_HOURS = 168;

const ENDPOINTS: RowSource<EndpointRow> = {
  table: 'webhook_endpoints',
  columns: ENDPOINT_COLUMNS,
  hydrate: (raw) => raw as unknown as EndpointRow,
};
const DELIVERIES: RowSource<DeliveryRow> = {
  table: 'webhook_deliveries',
  columns: DELIVERY_COLUMNS,
  hydrate: (raw) => raw as unknown as DeliveryRow,
};

/** The columns of a written row, as `RETURNING` names them (no table alias). */
const ENDPOINT_RETURNING = ENDPOINT_COLUMNS.replace(/t\./g, '');
const DELIVERY_RETURNING = DELIVERY_COLUMNS.replace(/t\./g, '');

/**
 * Decision: endpoints are managed by operators (any account's, or every account's) and by a
 * customer account's administrators (their own account's); members are FORBIDDEN, as for API
 * tokens and billing events.
 */
function requireManager(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.role === 'OPERATOR') return viewer;
  if (viewer.role !== 'CUSTOMER_ADMIN' || !viewer.accountId)
    throw forbidden(msg('api.forbidden.accountAdmins', { action: 'manage its webhook endpoints' }));
  return viewer;
}

/** The endpoint a global id names, when the viewer may see it. */
async function visibleEndpoint(
  db: Queryable,
  viewer: Viewer,
  id: string,
  lock = false,
): Promise<EndpointRow | null> {
  const ref = fromGlobalId(id, 'WebhookEndpoint');
  return ref ? visibleEndpointRow(db, viewer, ref.id, lock) : null;
}

/** The endpoint stored under `localId`, when the viewer may see it. */
async function visibleEndpointRow(
  db: Queryable,
  viewer: Viewer,
  localId: string,
  lock = false,
): Promise<EndpointRow | null> {
  const [row] = await selectRows<EndpointRow>(
    db,
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints t WHERE t.id = $1${lock ? ' FOR UPDATE' : ''}`,
    [localId],
  );
  if (!row) return null;
  if (viewer.role !== 'OPERATOR' && row.account_id !== viewer.accountId) return null;
  return row;
}

/** Public endpoint fields for the audit trail (never a secret). */
function auditView(row: EndpointRow): Record<string, unknown> {
  return {
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    status: row.status,
  };
}

async function checkedUrl(ctx: Context, raw: string): Promise<string | UserError[]> {
  const trimmed = raw.trim();
  if (trimmed.length > URL_LIMIT)
    return [
      userError(
        UserErrorCode.INVALID_INPUT,
        msg('api.webhook.url.tooLong', { length: trimmed.length, limit: URL_LIMIT }),
        ['url'],
      ),
    ];
  const checked = await checkEndpointUrl(trimmed, {
    allowPrivate: ctx.config.webhooks.allowPrivateUrls,
  });
  return checked.ok
    ? checked.url.toString()
    : [userError(UserErrorCode.INVALID_INPUT, checked.message, ['url'])];
}

function checkedTypes(types: readonly string[] | null | undefined): string[] | UserError[] {
  const list = [...new Set(types ?? [])];
  const unknown = list.filter((type) => !isBillingEventType(type));
  if (unknown.length > 0)
    return [
      userError(
        UserErrorCode.INVALID_INPUT,
        msg('api.events.unknownTypes', {
          got: unknown.map((type) => quotedInput(type)).join(', '),
          known: BILLING_EVENT_TYPES.map((type) => `"${type}"`).join(', '),
        }),
        ['eventTypes'],
      ),
    ];
  return list;
}

function checkedDescription(description: string | null | undefined): string | UserError[] {
  const text = (description ?? '').trim();
  return text.length > DESCRIPTION_LIMIT
    ? [
        userError(
          UserErrorCode.INVALID_INPUT,
          msg('api.webhook.descriptionLength', { limit: DESCRIPTION_LIMIT }),
          ['description'],
        ),
      ]
    : text;
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointsResolver {
  @Query(() => WebhookEndpointConnection, {
    description:
      'Webhook endpoints, newest first by default: every endpoint for operators, their own account’s for a customer administrator (members: FORBIDDEN).',
  })
  async webhookEndpoints(
    @Args(() => WebhookEndpointsArgs) args: WebhookEndpointsArgs,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointConnection> {
    const viewer = requireManager(ctx);
    const page = keysetPage(args, ListOrder.NEWEST_FIRST);
    let accountId: string | null = null;
    if (args.accountId != null) {
      accountId = fromGlobalId(args.accountId, 'Account')?.id ?? null;
      if (!accountId) return connectionOf([], page, toWebhookEndpoint, () => Promise.resolve(0));
    }
    if (viewer.role !== 'OPERATOR') {
      if (accountId !== null && accountId !== viewer.accountId)
        return connectionOf([], page, toWebhookEndpoint, () => Promise.resolve(0));
      accountId = viewer.accountId;
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const parent = accountId
      ? parentFilter(where, params, 't.account_id', accountId, '::uuid')
      : undefined;
    const filter: ListFilter = { where, params, parent };
    return connectionOf(
      await readPage(ctx.db, ENDPOINTS, filter, page),
      page,
      (row) => toWebhookEndpoint(row),
      () => countRows(ctx.db, ENDPOINTS.table, filter),
    );
  }

  @Query(() => WebhookEndpoint, {
    nullable: true,
    description: 'One webhook endpoint (null when there is none the caller may see).',
  })
  async webhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpoint | null> {
    const row = await visibleEndpoint(ctx.db, requireManager(ctx), id);
    return row ? toWebhookEndpoint(row) : null;
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description:
      'The account whose events it receives; null: every account’s (an operator’s endpoint).',
  })
  async account(@Root() endpoint: WebhookEndpoint, @Ctx() ctx: Context): Promise<Account | null> {
    if (!endpoint.localAccountId) return null;
    return toAccount((await ctx.loaders.account.load(endpoint.localAccountId))!);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: 'What was sent to it, newest first by default.',
  })
  async deliveries(
    @Root() endpoint: WebhookEndpoint,
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryConnection> {
    const page = keysetPage(args, ListOrder.NEWEST_FIRST);
    const where: string[] = [];
    const params: unknown[] = [];
    const parent = parentFilter(where, params, 't.endpoint_id', endpoint.localId, '::uuid');
    if (args.status) where.push(`t.status = $${params.push(args.status)}`);
    const filter: ListFilter = { where, params, parent };
    return connectionOf(
      await readPage(ctx.db, DELIVERIES, filter, page),
      page,
      toWebhookDelivery,
      () => countRows(ctx.db, DELIVERIES.table, filter),
    );
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Creates a webhook endpoint (operators for any account or every account; a customer administrator for their own). Its signing secret is returned this once. Audited.',
  })
  async createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput, {
      description: 'The URL, account, types and description.',
    })
    input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointSecretPayload> {
    const viewer = requireManager(ctx);
    const refused = (userErrors: UserError[]) => ({
      endpoint: null,
      signingSecret: null,
      userErrors,
    });
    let accountId: string | null;
    if (input.accountId != null) {
      const ref = fromGlobalId(input.accountId, 'Account');
      const [found] = ref
        ? await selectRows<{ id: string }>(ctx.db, 'SELECT id FROM accounts WHERE id = $1', [
            ref.id,
          ])
        : [];
      if (!found || (viewer.role !== 'OPERATOR' && found.id !== viewer.accountId))
        return refused([
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId']),
        ]);
      accountId = found.id;
    } else if (viewer.role === 'OPERATOR') {
      accountId = null;
    } else {
      accountId = viewer.accountId;
    }
    const url = await checkedUrl(ctx, input.url);
    if (typeof url !== 'string') return refused(url);
    const types = checkedTypes(input.eventTypes);
    if (!isStrings(types)) return refused(types);
    const description = checkedDescription(input.description);
    if (typeof description !== 'string') return refused(description);
    const secret = newSigningSecret();
    const row = await ctx.db.transaction(async (tx) => {
      const [created] = await selectRows<EndpointRow>(
        tx,
        `INSERT INTO webhook_endpoints (account_id, url, description, event_types, secret)
         VALUES ($1, $2, $3, $4, $5)
         RETURNING ${ENDPOINT_RETURNING}`,
        [accountId, url, description, types, secret],
      );
      await audit(tx, ctx, 'webhook_endpoint.created', created!, null, auditView(created!));
      return created!;
    });
    return { endpoint: toWebhookEndpoint(row), signingSecret: secret, userErrors: [] };
  }

  @Mutation(() => WebhookEndpointPayload, {
    description: 'Changes an endpoint’s URL, event types or description. Audited.',
  })
  async updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput, {
      description: 'The endpoint and what changes.',
    })
    input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    const viewer = requireManager(ctx);
    const refused = (userErrors: UserError[]) => ({ endpoint: null, userErrors });
    const url = input.url == null ? null : await checkedUrl(ctx, input.url);
    if (url !== null && typeof url !== 'string') return refused(url);
    const types = input.eventTypes == null ? null : checkedTypes(input.eventTypes);
    if (types !== null && !isStrings(types)) return refused(types);
    const description = input.description == null ? null : checkedDescription(input.description);
    if (description !== null && typeof description !== 'string') return refused(description);
    return ctx.db.transaction(async (tx) => {
      const before = await visibleEndpoint(tx, viewer, input.id, true);
      if (!before)
        return refused([
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('webhook endpoint'), ['id']),
        ]);
      const [after] = await selectRows<EndpointRow>(
        tx,
        `UPDATE webhook_endpoints SET url = COALESCE($2, url), event_types = COALESCE($3, event_types),
                description = COALESCE($4, description), updated_at = now()
          WHERE id = $1 RETURNING ${ENDPOINT_RETURNING}`,
        [before.id, url, types, description],
      );
      await audit(
        tx,
        ctx,
        'webhook_endpoint.updated',
        after!,
        auditView(before),
        auditView(after!),
      );
      return { endpoint: toWebhookEndpoint(after!), userErrors: [] };
    });
  }

  @Mutation(() => WebhookEndpointPayload, {
    description:
      'Stops sending to an endpoint: events that happen while it is disabled are not queued for it. Audited.',
  })
  async disableWebhookEndpoint(
    @Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' })
    input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    return setStatus(ctx, input.id, 'DISABLED');
  }

  @Mutation(() => WebhookEndpointPayload, {
    description:
      'Sends to an endpoint again, starting with what was waiting when it was disabled (retries start afresh). Audited.',
  })
  async enableWebhookEndpoint(
    @Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' })
    input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    return setStatus(ctx, input.id, 'ENABLED');
  }

  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Deletes an endpoint with its deliveries. Audited.',
  })
  async deleteWebhookEndpoint(
    @Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' })
    input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteWebhookEndpointPayload> {
    const viewer = requireManager(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await visibleEndpoint(tx, viewer, input.id, true);
      if (!before)
        return {
          deletedEndpointId: null,
          userErrors: [
            userError(UserErrorCode.NOT_FOUND, noSuchMessage('webhook endpoint'), ['id']),
          ],
        };
      await selectRows(tx, 'DELETE FROM webhook_endpoints WHERE id = $1', [before.id]);
      await audit(tx, ctx, 'webhook_endpoint.deleted', before, auditView(before), null);
      return { deletedEndpointId: toGlobalId('WebhookEndpoint', before.id), userErrors: [] };
    });
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Gives an endpoint a new signing secret, returned this once. For `overlapHours` (default 24) requests carry a signature with the old secret too, so receivers can switch without losing events. Audited.',
  })
  async rotateWebhookEndpointSecret(
    @Arg('input', () => RotateWebhookEndpointSecretInput, {
      description: 'The endpoint and the overlap.',
    })
    input: RotateWebhookEndpointSecretInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointSecretPayload> {
    const viewer = requireManager(ctx);
    const refused = (userErrors: UserError[]) => ({
      endpoint: null,
      signingSecret: null,
      userErrors,
    });
    const overlap = input.overlapHours ?? 24;
    if (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_OVERLAP_HOURS)
      return refused([
        userError(
          UserErrorCode.INVALID_INPUT,
          msg('api.webhook.overlapHours', { most: MAX_OVERLAP_HOURS }),
          ['overlapHours'],
        ),
      ]);
    const secret = newSigningSecret();
    return ctx.db.transaction(async (tx) => {
      const before = await visibleEndpoint(tx, viewer, input.id, true);
      if (!before)
        return refused([
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('webhook endpoint'), ['id']),
        ]);
      const [after] = await selectRows<EndpointRow>(
        tx,
        `UPDATE webhook_endpoints
            SET previous_secret = CASE WHEN $3 > 0 THEN secret END,
                previous_secret_expires_at = CASE WHEN $3 > 0 THEN now() + $3 * interval '1 hour' END,
                secret = $2, updated_at = now()
          WHERE id = $1 RETURNING ${ENDPOINT_RETURNING}`,
        [before.id, secret, overlap],
      );
      await audit(tx, ctx, 'webhook_endpoint.secret_rotated', after!, null, {
        overlapHours: overlap,
        secretHint: `whsec_…${secret.slice(-4)}`,
      });
      return { endpoint: toWebhookEndpoint(after!), signingSecret: secret, userErrors: [] };
    });
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description:
      'Sends one event to an endpoint again (or for the first time, for an event from before the endpoint existed), in its place in the account’s order, with retries starting afresh.',
  })
  async resendWebhookEvent(
    @Arg('input', () => ResendWebhookEventInput, { description: 'The endpoint and the event.' })
    input: ResendWebhookEventInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryPayload> {
    const viewer = requireManager(ctx);
    const refused = (userErrors: UserError[]) => ({ delivery: null, userErrors });
    return ctx.db.transaction(async (tx) => {
      const endpoint = await visibleEndpoint(tx, viewer, input.endpointId, true);
      if (!endpoint)
        return refused([
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('webhook endpoint'), ['endpointId']),
        ]);
      if (endpoint.status !== 'ENABLED')
        return refused([
          userError(UserErrorCode.INVALID_STATE, msg('api.webhook.disabled'), ['endpointId']),
        ]);
      const ref = fromGlobalId(input.eventId, 'BillingEvent');
      const [event] = ref
        ? await selectRows<{ id: string; seq: string; type: string; account_id: string }>(
            tx,
            'SELECT id, seq, type, account_id FROM billing_events WHERE id = $1',
            [ref.id],
          )
        : [];
      if (!event || (viewer.role !== 'OPERATOR' && event.account_id !== viewer.accountId))
        return refused([
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('billing event'), ['eventId']),
        ]);
      if (endpoint.account_id !== null && endpoint.account_id !== event.account_id)
        return refused([
          userError(UserErrorCode.INVALID_STATE, msg('api.webhook.eventNotForEndpoint'), [
            'eventId',
          ]),
        ]);
      const [existing] = await selectRows<{ status: string }>(
        tx,
        'SELECT status FROM webhook_deliveries WHERE endpoint_id = $1 AND event_id = $2 FOR UPDATE',
        [endpoint.id, event.id],
      );
      if (existing?.status === 'PENDING')
        return refused([
          userError(UserErrorCode.INVALID_STATE, msg('api.webhook.alreadyPending'), ['eventId']),
        ]);
      const [row] = await selectRows<DeliveryRow>(
        tx,
        `INSERT INTO webhook_deliveries (endpoint_id, account_id, event_id, event_seq, event_type)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (endpoint_id, event_id) DO UPDATE
            SET status = 'PENDING', dispatched = false, attempts = 0, next_attempt_at = NULL
         RETURNING ${DELIVERY_RETURNING}`,
        [endpoint.id, event.account_id, event.id, event.seq, event.type],
      );
      return { delivery: toWebhookDelivery(row!), userErrors: [] };
    });
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description:
      'Sends a `webhook.test` event to an endpoint now and answers with the outcome (not retried; does not count toward disabling the endpoint).',
  })
  async sendTestWebhookEvent(
    @Arg('input', () => SendTestWebhookEventInput, { description: 'The endpoint.' })
    input: SendTestWebhookEventInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryPayload> {
    const viewer = requireManager(ctx);
    const endpoint = await visibleEndpoint(ctx.db, viewer, input.endpointId);
    if (!endpoint)
      return {
        delivery: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, noSuchMessage('webhook endpoint'), ['endpointId']),
        ],
      };
    const id = randomUUID();
    const now = new Date();
    const endpointId = toGlobalId('WebhookEndpoint', endpoint.id);
    const body = JSON.stringify({
      id: toGlobalId('WebhookDelivery', id),
      type: 'webhook.test',
      sequence: 0,
      occurredAt: now.toISOString(),
      businessDate: businessDateAt(now.getTime()),
      testMode: false,
      account: endpoint.account_id ? { id: toGlobalId('Account', endpoint.account_id) } : null,
      objectType: 'WebhookEndpoint',
      objectId: endpointId,
      data: {
        endpoint: { id: endpointId },
        message:
          'A test event from the billing API: this endpoint is reachable and verifies signatures.',
      },
    });
    const result = await sendWebhook(
      {
        url: endpoint.url,
        body,
        secrets: liveSecrets(endpoint, now),
        eventId: toGlobalId('WebhookDelivery', id),
        eventType: 'webhook.test',
        attempt: 1,
      },
      {
        timeoutMs: ctx.config.webhooks.timeoutMs,
        allowPrivate: ctx.config.webhooks.allowPrivateUrls,
      },
    );
    const [row] = await selectRows<DeliveryRow>(
      ctx.db,
      `INSERT INTO webhook_deliveries (id, endpoint_id, account_id, event_type, test_payload, status, dispatched,
                                       attempts, last_attempt_at, last_status_code, last_latency_ms, last_error,
                                       response_excerpt, delivered_at)
       VALUES ($1, $2, $3, 'webhook.test', $4, $5, true, 1, $6, $7, $8, $9, $10, $11)
       RETURNING ${DELIVERY_RETURNING}`,
      [
        id,
        endpoint.id,
        endpoint.account_id,
        body,
        result.ok ? 'SUCCEEDED' : 'FAILED',
        now,
        result.statusCode,
        result.latencyMs,
        result.error,
        result.excerpt,
        result.ok ? now : null,
      ],
    );
    return { delivery: toWebhookDelivery(row!), userErrors: [] };
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveriesResolver {
  @FieldResolver(() => BillingEvent, {
    nullable: true,
    description: 'The event sent; null for a test event.',
  })
  async event(
    @Root() delivery: WebhookDelivery,
    @Ctx() ctx: Context,
  ): Promise<BillingEvent | null> {
    if (!delivery.localEventId) return null;
    const [row] = await selectRows<BillingEventRow>(
      ctx.db,
      `SELECT id, seq, type, account_id, occurred_at, business_date, test_mode, object_type, object_id, data
         FROM billing_events WHERE id = $1`,
      [delivery.localEventId],
    );
    return row ? toBillingEvent(row) : null;
  }
}

function isStrings(value: string[] | UserError[]): value is string[] {
  return value.every((item) => typeof item === 'string');
}

async function audit(
  tx: Queryable,
  ctx: Context,
  action: string,
  endpoint: EndpointRow,
  before: unknown,
  after: unknown,
): Promise<void> {
  const statement = auditStatement(actorOf(ctx), {
    action,
    objectType: 'WebhookEndpoint',
    objectId: endpoint.id,
    accountId: endpoint.account_id,
    ...(before === null ? {} : { before }),
    ...(after === null ? {} : { after }),
  });
  await selectRows(tx, statement.sql, statement.params);
}

async function setStatus(
  ctx: Context,
  id: string,
  status: 'ENABLED' | 'DISABLED',
): Promise<WebhookEndpointPayload> {
  const viewer = requireManager(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await visibleEndpoint(tx, viewer, id, true);
    if (!before)
      return {
        endpoint: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('webhook endpoint'), ['id'])],
      };
    if (before.status === status) return { endpoint: toWebhookEndpoint(before), userErrors: [] };
    const who = viewer.role === 'OPERATOR' ? 'an operator' : 'an administrator of the account';
    const [after] =
      status === 'DISABLED'
        ? await selectRows<EndpointRow>(
            tx,
            `UPDATE webhook_endpoints SET status = 'DISABLED', disabled_reason = $2, disabled_at = now(), updated_at = now()
              WHERE id = $1 RETURNING ${ENDPOINT_RETURNING}`,
            [before.id, `Disabled by ${who}`],
          )
        : await selectRows<EndpointRow>(
            tx,
            `UPDATE webhook_endpoints SET status = 'ENABLED', disabled_reason = NULL, disabled_at = NULL,
                    failing_since = NULL, updated_at = now()
              WHERE id = $1 RETURNING ${ENDPOINT_RETURNING}`,
            [before.id],
          );
    if (status === 'ENABLED')
      // What waited while it was disabled goes to its streams again, retries afresh.
      await selectRows(
        tx,
        `UPDATE webhook_deliveries SET dispatched = false, attempts = 0, next_attempt_at = NULL
          WHERE endpoint_id = $1 AND status = 'PENDING'`,
        [before.id],
      );
    await audit(
      tx,
      ctx,
      status === 'ENABLED' ? 'webhook_endpoint.enabled' : 'webhook_endpoint.disabled',
      after!,
      { status: before.status },
      { status, ...(after!.disabled_reason ? { reason: after!.disabled_reason } : {}) },
    );
    return { endpoint: toWebhookEndpoint(after!), userErrors: [] };
  });
}

/**
 * What `node(id:)` answers for a webhook endpoint or delivery: what the caller may manage
 * (operators: any; a customer administrator: their account's endpoints; members: none).
 */
export async function webhookNode(
  db: Context['db'],
  viewer: Viewer,
  type: 'WebhookEndpoint' | 'WebhookDelivery',
  id: string,
): Promise<WebhookEndpoint | WebhookDelivery | null> {
  if (viewer.role !== 'OPERATOR' && (viewer.role !== 'CUSTOMER_ADMIN' || !viewer.accountId))
    return null;
  if (type === 'WebhookEndpoint') {
    const endpoint = await visibleEndpointRow(db, viewer, id);
    return endpoint ? toWebhookEndpoint(endpoint) : null;
  }
  const [row] = await selectRows<DeliveryRow>(
    db,
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries t WHERE t.id = $1`,
    [id],
  );
  if (!row) return null;
  const endpoint = await visibleEndpointRow(db, viewer, row.endpoint_id);
  return endpoint ? toWebhookDelivery(row) : null;
}

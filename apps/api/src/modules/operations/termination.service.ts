import { addDays, msg, type BusinessDate } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { UserErrorCode, userError } from '../../graphql/user-error.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { readSubscriptionAsOf } from '../orders/subscription-as-of.js';
import { recordTransition } from '../subscriptions/subscription-events.js';
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { requiredText } from './required-text.js';
import { TerminationNoticeEntity } from './termination-notice.entity.js';

/**
 * R-TERM-1: "10 natural days' written notice". The domain has no function for the notice
 * period, so its length lives here, once; the date arithmetic is the domain's (`addDays`).
 */
export const TERMINATION_NOTICE_DAYS = 10;

export interface TerminateArgs {
  subscriptionId: string;
  reason: string;
  effectiveOn: BusinessDate;
  idempotencyKey: string;
}

/**
 * R-TERM-1: the provider ends the agreement without cause by written notice, effective at least
 * 10 natural days after the notice day (the account's today). The notice is stored SCHEDULED;
 * on its effective date the due work (scheduler or test-clock advance, see
 * `effectDueTerminations`) terminates the subscription and refunds the unused part pro rata
 * without fee. One notice in force per subscription.
 */
export class TerminationService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  schedule(accountId: string, args: TerminateArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      accountId,
      { key: args.idempotencyKey, operation: 'terminateSubscription', input: args },
      async (tx) => {
        const stated = requiredText(args.reason, 'reason', msg('api.termination.reasonRequired'));
        if ('error' in stated) return { ids: {}, userErrors: [stated.error] };
        const reason = stated.text;
        const now = await nowForAccount(tx, accountId);
        const earliest = addDays(now.today, TERMINATION_NOTICE_DAYS);
        if (args.effectiveOn < earliest) {
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_INPUT,
                msg('api.termination.notice', {
                  days: TERMINATION_NOTICE_DAYS,
                  noticedOn: now.today,
                  earliest,
                }),
                ['effectiveOn'],
              ),
            ],
          };
        }
        const sub = await tx
          .getRepository(SubscriptionEntity)
          .findOneByOrFail({ id: args.subscriptionId });
        const current = await readSubscriptionAsOf(tx, sub, await loadCatalog(tx), now.today);
        const status = current.state.status;
        if (status === 'TERMINATED' || status === 'RECYCLED') {
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_STATE,
                msg('api.termination.nothing', { status: { status } }),
                ['subscriptionId'],
              ),
            ],
          };
        }
        const notices = tx.getRepository(TerminationNoticeEntity);
        const scheduled = await notices.findOneBy({ subscriptionId: sub.id, status: 'SCHEDULED' });
        if (scheduled) {
          return {
            ids: {},
            userErrors: [
              userError(
                UserErrorCode.INVALID_STATE,
                msg('api.termination.already', { endsOn: scheduled.effectiveOn }),
                ['subscriptionId'],
              ),
            ],
          };
        }
        const notice = await notices.save(
          notices.create({
            accountId,
            subscriptionId: sub.id,
            reason,
            noticedOn: now.today,
            noticedAt: now.instant,
            effectiveOn: args.effectiveOn,
            status: 'SCHEDULED',
            effectedAt: null,
            outcome: null,
            rules: ['R-TERM-1'],
            refundIds: [],
          }),
        );
        // R-LIFE-6: the notice changes nothing yet; the history shows when the agreement ends and why.
        await recordTransition(tx, {
          subscriptionId: sub.id,
          occurredAt: now.instant,
          effectiveOn: now.today,
          from: status,
          to: status,
          cause: 'TERMINATION_NOTICE',
          rules: ['R-TERM-1'],
          reason: `Written notice: the provider ends the agreement without cause on ${notice.effectiveOn} (${reason}); the unused part will be refunded pro rata without fee (R-TERM-1)`,
        });
        await recordAudit(tx, this.actor, {
          action: 'terminateSubscription',
          objectType: 'Subscription',
          objectId: sub.id,
          accountId,
          before: { status, terminationNotice: null },
          after: {
            status,
            terminationNotice: {
              id: notice.id,
              noticedOn: notice.noticedOn,
              effectiveOn: notice.effectiveOn,
              reason,
              status: notice.status,
            },
          },
          at: now.instant,
        });
        return { ids: { subscription: sub.id, terminationNotice: notice.id }, userErrors: [] };
      },
    );
  }
}

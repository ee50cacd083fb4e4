import { DateText, DateTimeText } from '../../components/date-text.js';
import { Money } from '../../components/money.js';
import { RuleList } from '../../components/rule-list.js';
import { graphql } from '../../gql/index.js';
import type { SubscriptionCardFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { SubscriptionStatusBadge } from './subscription-labels.js';
import type { ReactNode } from 'react';

export const SubscriptionCardFragmentDoc = graphql(`
  fragment SubscriptionCard on Subscription {
    id
    product {
      code
      name
      maxRenewalYears
      renewalsEndOn
      serviceEndsOn
    }
    upgradeOffer {
      toProductCode
      promotion
      promotionUpgradeBy
      rules {
        id
        summary
      }
    }
    plan {
      code
      name
    }
    seats
    legacySeats
    pendingSeats
    status
    statusReason
    openedOn
    activatedOn
    currentPeriodStart
    currentPeriodEnd
    openEnded
    expiresOn
    daysLeft
    renewalOpensOn
    graceEndsOn
    enterpriseNumber
    nextTransition {
      on
      to
      reason
      rules {
        id
        summary
      }
    }
    entitlements {
      service
      initiateSessions
      addSeats
      renew
    }
    migration {
      fromProductCode
      upgradedOn
      promotion
      legacySeats
      legacyUnitPrice {
        amount
        currency
      }
    }
    # The latest 20 transitions, oldest of them first (a timeline).
    historyConnection(last: 20) {
      edges {
        cursor
        node {
          cause
          effectiveOn
          occurredAt
          fromStatus
          toStatus
          reason
          rules {
            id
            summary
          }
        }
      }
      pageInfo {
        hasPreviousPage
      }
    }
    reminders {
      kind
      dueOn
      sentAt
      message
      rules {
        id
        summary
      }
    }
  }
`);

/** The card's element id: a result notice links to `#` it (only letters, digits, - and _). */
export function subscriptionAnchor(id: string): string {
  return `subscription-card-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Maybe({ date }: { date: string | null | undefined }) {
  const { t } = useI18n();
  return date ? <DateText date={date} /> : <span className="muted">{t('common.none')}</span>;
}

/**
 * A subscription at a glance: what it is, its state and why, its dates as the API computed
 * them, what it allows today, and its latest transitions with the rules behind them (R-LIFE-6),
 * as a timeline read oldest to newest, saying so when earlier ones are left out.
 */
export function SubscriptionCard({
  subscription: sub,
  actions,
}: {
  subscription: SubscriptionCardFragment;
  actions?: ReactNode;
}) {
  const { t, codeLabel } = useI18n();
  const headingId = `subscription-${sub.id}`;
  const entitlements = [
    ['service', sub.entitlements.service],
    ['initiateSessions', sub.entitlements.initiateSessions],
    ['addSeats', sub.entitlements.addSeats],
    ['renew', sub.entitlements.renew],
  ] as const;
  const history = sub.historyConnection;
  return (
    <article
      id={subscriptionAnchor(sub.id)}
      className="card subscription"
      aria-labelledby={headingId}
      data-testid="subscription"
    >
      <header className="card-header">
        <h3 id={headingId}>
          {sub.product.name} · {sub.plan.name}
        </h3>
        <SubscriptionStatusBadge status={sub.status} />
      </header>
      <p className="status-reason" data-testid="status-reason">
        {sub.statusReason}
      </p>
      <dl className="summary-grid compact">
        <Fact label={t('subscription.seats')} testId="seats">
          <span className="figure">{sub.seats}</span>
          {sub.legacySeats > 0 && (
            <span className="subtle">
              {t('subscription.legacySeats', { count: sub.legacySeats })}
            </span>
          )}
          {sub.pendingSeats > 0 && (
            <span className="subtle">
              {t('subscription.pendingSeats', { count: sub.pendingSeats })}
            </span>
          )}
        </Fact>
        <Fact label={t('subscription.expiresOn')} testId="expires-on">
          {sub.openEnded ? (
            <span data-testid="no-end">{t('subscription.noEndFreePlan')}</span>
          ) : (
            <Maybe date={sub.expiresOn} />
          )}
        </Fact>
        {/* An ended subscription has no days left to count. */}
        {sub.status !== 'RECYCLED' && sub.status !== 'TERMINATED' && (
          <Fact label={t('subscription.daysLeft')} testId="days-left">
            {sub.daysLeft ?? <span className="muted">{t('common.none')}</span>}
          </Fact>
        )}
        <Fact label={t('subscription.renewalOpensOn')}>
          <Maybe date={sub.renewalOpensOn} />
        </Fact>
        <Fact label={t('subscription.graceEndsOn')} testId="grace-ends-on">
          <Maybe date={sub.graceEndsOn} />
        </Fact>
        {/* The current paid period, renewed or not (R-RENEW-2), to its last day (R-TIME-1). */}
        <Fact label={t('subscription.period')} testId="current-period">
          {sub.currentPeriodStart && sub.openEnded ? (
            // R-CAT-2: a free plan has no period end.
            <>
              <DateText date={sub.currentPeriodStart} /> – {t('subscription.noEndFreePlan')}
            </>
          ) : sub.currentPeriodStart && sub.expiresOn ? (
            <>
              <DateText date={sub.currentPeriodStart} /> – <DateText date={sub.expiresOn} />
            </>
          ) : (
            <span className="muted">{t('subscription.notStarted')}</span>
          )}
        </Fact>
        {sub.activatedOn && (
          <Fact label={t('subscription.activatedOn')} testId="activated-on">
            <DateText date={sub.activatedOn} />
          </Fact>
        )}
        <Fact label={t('subscription.enterpriseNumber')}>
          {sub.enterpriseNumber ? (
            <span className="mono">{sub.enterpriseNumber}</span>
          ) : (
            <span className="muted">{t('common.none')}</span>
          )}
        </Fact>
        <Fact label={t('subscription.openedOn')}>
          <DateText date={sub.openedOn} />
        </Fact>
      </dl>

      {sub.nextTransition && (
        <div className="next-transition" data-testid="next-transition">
          <p>
            <strong>{t('subscription.nextChange')}</strong>{' '}
            {t('subscription.nextChangeOn', {
              status: t(`subscriptionStatus.${sub.nextTransition.to}`),
            })}{' '}
            <DateText date={sub.nextTransition.on} />
          </p>
          <p className="muted">{sub.nextTransition.reason}</p>
          <RuleList rules={sub.nextTransition.rules} />
        </div>
      )}

      <div className="entitlements">
        <h4>{t('subscription.entitlements')}</h4>
        <ul className="entitlement-list">
          {entitlements.map(([key, allowed]) => (
            <li key={key} className={allowed ? 'yes' : 'no'}>
              <span aria-hidden="true">{allowed ? '✓' : '✕'}</span> {t(`entitlement.${key}`)}
              <span className="visually-hidden">
                : {allowed ? t('common.yes') : t('common.no')}
              </span>
            </li>
          ))}
        </ul>
      </div>

      {sub.product.serviceEndsOn && sub.product.renewalsEndOn && (
        <p className="clock-notice" data-testid="sunset">
          {t('subscription.sunset', { product: sub.product.name })}{' '}
          <DateText date={sub.product.renewalsEndOn} />
          {t('subscription.sunsetServiceEnds')} <DateText date={sub.product.serviceEndsOn} />{' '}
          (R-CAT-4)
        </p>
      )}

      {sub.upgradeOffer && (
        <div className="next-transition" data-testid="upgrade-offer">
          <p>
            <strong>
              {t('subscription.upgradeOffer', { to: sub.upgradeOffer.toProductCode })}
            </strong>{' '}
            {sub.upgradeOffer.promotion ? (
              <>
                {t('subscription.upgradePromotion')}{' '}
                <DateText date={sub.upgradeOffer.promotionUpgradeBy} />
                {t('subscription.upgradePromotionEnd')}
              </>
            ) : (
              t('subscription.upgradeNoPromotion')
            )}
          </p>
          <RuleList rules={sub.upgradeOffer.rules} />
        </div>
      )}

      {sub.migration && (
        <p className="migration">
          {t('subscription.migrated', { from: sub.migration.fromProductCode })}{' '}
          <DateText date={sub.migration.upgradedOn} />.{' '}
          {sub.migration.promotion && (
            <>
              {t('subscription.legacyPrice', { count: sub.migration.legacySeats })}{' '}
              <Money value={sub.migration.legacyUnitPrice} />
            </>
          )}
        </p>
      )}

      {actions}

      <div className="history">
        <h4>{t('subscription.history')}</h4>
        {history.pageInfo.hasPreviousPage && (
          <p className="muted" data-testid="history-truncated">
            {t('subscription.historyTruncated', { count: history.edges.length })}
          </p>
        )}
        <ol className="timeline" data-testid="history">
          {history.edges.map(({ cursor, node: event }) => (
            <li key={cursor}>
              <div className="timeline-head">
                <DateText date={event.effectiveOn} />
                <span>
                  {event.fromStatus ? `${t(`subscriptionStatus.${event.fromStatus}`)} → ` : ''}
                  {t(`subscriptionStatus.${event.toStatus}`)}
                </span>
                <span className="muted">{codeLabel('eventCause', event.cause)}</span>
              </div>
              <p>{event.reason}</p>
              <RuleList rules={event.rules} />
              <span className="subtle">
                {t('subscription.recordedAt')} <DateTimeText instant={event.occurredAt} />
              </span>
            </li>
          ))}
        </ol>
      </div>

      {sub.reminders.length > 0 && (
        <div className="reminders">
          <h4>{t('subscription.reminders')}</h4>
          <ul className="plain-list">
            {sub.reminders.map((reminder, index) => (
              <li key={index}>
                <DateText date={reminder.dueOn} /> · {t(`reminderKind.${reminder.kind}`)} —{' '}
                {reminder.message} <RuleList rules={reminder.rules} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

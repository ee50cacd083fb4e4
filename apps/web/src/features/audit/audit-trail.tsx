import { useQuery } from '@apollo/client/react';
import { accountPath, orderPath, paths, refundPath, webhookPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { GrowingLoadMore, useGrowingFirst } from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { live } from '../../core/live.js';
import { useTestMode } from '../../core/test-mode.js';
import { graphql } from '../../gql/index.js';
import type { AuditTrailQuery as Data } from '../../gql/graphql.js';
import { useI18n, type I18n, type PlainMessageKey } from '../../i18n/i18n.js';
import { en } from '../../i18n/messages.en.js';
import { disabledReasonText, eventTypeLabel } from '../webhooks/webhook-labels.js';

export const AuditTrailQuery = graphql(`
  query AuditTrail(
    $objectId: ID
    $accountId: ID
    $action: String
    $actor: String
    $objectType: String
    $search: String
    $orderBy: ListOrder = NEWEST_FIRST
    $first: Int!
    $testMode: Boolean
  ) {
    auditLog(
      objectId: $objectId
      accountId: $accountId
      action: $action
      actor: $actor
      objectType: $objectType
      search: $search
      first: $first
      orderBy: $orderBy
      testMode: $testMode
    ) {
      totalCount
      edges {
        node {
          id
          occurredAt
          action
          actorRole
          actorTokenId
          actorTokenName
          actorAccount {
            id
            name
          }
          objectType
          objectId
          accountId
          object {
            name
            code
            date
            amount {
              amount
            }
          }
          requestId
          changes {
            field
            kind
            before
            after
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Entry = Data['auditLog']['edges'][number]['node'];
type Change = Entry['changes'][number];

/** A message key built from data (an action, a field, a code) when the catalogue has it. */
function known(key: string): PlainMessageKey | null {
  return key in en ? (key as PlainMessageKey) : null;
}

/** The action in words ("Paid order"), or its name as recorded when the catalogue lacks it. */
export function actionLabel(t: I18n['t'], action: string): string {
  const key = known(`auditAction.${action}`);
  return key ? t(key) : action;
}

/** "Payment › Amount", "Part 1 › Payout": each segment of a change's path by its label. */
function fieldLabel(t: I18n['t'], field: string): string {
  const labels: string[] = [];
  for (const segment of field.split('.')) {
    if (/^\d+$/.test(segment) && labels.length > 0) {
      labels[labels.length - 1] = `${labels[labels.length - 1]} ${segment}`;
      continue;
    }
    const key = known(`auditField.${segment}`);
    labels.push(key ? t(key) : segment);
  }
  return labels.join(' › ');
}

/** The catalogue a code of a field is named in (a status by its object's type, a reason…). */
function codeCatalogue(objectType: string, field: string): string | null {
  const name = field.split('.').pop() ?? field;
  if (name === 'status') {
    const byType: Record<string, string> = {
      Order: 'orderStatus',
      Refund: 'refundStatus',
      Subscription: 'subscriptionStatus',
      Invoice: 'invoiceStatus',
      Account: 'accountStatus',
      WebhookEndpoint: 'webhookStatus',
    };
    return byType[objectType] ?? null;
  }
  if (objectType === 'ApiToken' && name === 'kind') return 'tokens.kind';
  const byField: Record<string, string> = {
    orderStatus: 'orderStatus',
    verificationStatus: 'verification',
    reason: 'refundReason',
    role: 'role',
    kind: 'orderKind',
    method: 'paymentMethod',
    type: 'invoiceType',
  };
  return byField[name] ?? null;
}

/** A value of a change as it reads: ¥1,234.50, a date, yes/no, a status in words. */
function valueText(i18n: I18n, entry: Entry, change: Change, value: string): string {
  switch (change.kind) {
    case 'MONEY':
      return i18n.money(value);
    case 'DATE':
      return i18n.date(value);
    case 'DATE_TIME':
      return i18n.dateTime(value, true);
    case 'BOOLEAN':
      return i18n.t(value === 'true' ? 'common.yes' : 'common.no');
    case 'NUMBER':
      return value;
    default: {
      // A webhook endpoint's event types (codes, joined by ", ") and why it was disabled.
      if (entry.objectType === 'WebhookEndpoint' && change.field === 'eventTypes')
        return value
          .split(', ')
          .map((type) => eventTypeLabel(i18n, type))
          .join(', ');
      if (entry.objectType === 'WebhookEndpoint' && change.field === 'reason')
        return disabledReasonText(i18n.t, value);
      const catalogue = codeCatalogue(entry.objectType, change.field);
      const key = catalogue ? known(`${catalogue}.${value}`) : null;
      return key ? i18n.t(key) : value;
    }
  }
}

function changeText(i18n: I18n, entry: Entry, change: Change): string {
  const field = fieldLabel(i18n.t, change.field);
  const before = change.before === null ? null : valueText(i18n, entry, change, change.before);
  const after = change.after === null ? null : valueText(i18n, entry, change, change.after);
  if (before === null) return i18n.t('audit.changeSet', { field, after: after ?? '' });
  if (after === null) return i18n.t('audit.changeCleared', { field, before });
  return i18n.t('audit.changeLine', { field, before, after });
}

/** The object in words: "Account 深圳示例科技", "New subscription order of May 1, 2021, ¥3,600.00". */
function objectText(i18n: I18n, entry: Entry): string {
  const { t } = i18n;
  const typeKey = known(`audit.objectType.${entry.objectType}`);
  const type = typeKey ? t(typeKey) : entry.objectType;
  const object = entry.object;
  if (!object) return t('audit.objectMissing', { type });
  const amount = object.amount ? i18n.money(object.amount.amount) : '';
  const date = object.date ? i18n.date(object.date) : '';
  const name = object.name ?? '';
  switch (entry.objectType) {
    case 'Account':
      return t('audit.objectName.Account', { name });
    case 'Order': {
      const kind = known(`orderKind.${object.code ?? ''}`);
      return t('audit.objectName.Order', {
        kind: kind ? t(kind) : (object.code ?? ''),
        date,
        amount,
      });
    }
    case 'Refund': {
      const reason = known(`refundReason.${object.code ?? ''}`);
      return t('audit.objectName.Refund', {
        amount,
        reason: reason ? t(reason) : (object.code ?? ''),
        date,
      });
    }
    case 'Subscription':
      return t('audit.objectName.Subscription', { name });
    case 'Invoice':
      return t('audit.objectName.Invoice', { name, amount });
    case 'PostpaidBill':
      return t('audit.objectName.PostpaidBill', { name: i18n.month(name), amount });
    case 'ContractPrice':
      return t('audit.objectName.ContractPrice', { name, date, amount });
    case 'ApiToken':
      return t('audit.objectName.ApiToken', { name });
    case 'TestClock':
      return t('audit.objectName.TestClock', { name });
    case 'WebhookEndpoint':
      return t('audit.objectName.WebhookEndpoint', { name });
    default:
      return name ? `${type} ${name}` : type;
  }
}

/** Where the object lives in the console (its own page, or its account's). */
function objectLink(entry: Entry): string | null {
  switch (entry.objectType) {
    case 'Account':
      return accountPath(entry.objectId);
    case 'Order':
      return orderPath(entry.objectId);
    case 'Refund':
      return refundPath(entry.objectId);
    case 'ApiToken':
      return paths.apiTokens;
    case 'TestClock':
      return paths.testClocks;
    case 'WebhookEndpoint':
      return webhookPath(entry.objectId);
    default:
      return entry.accountId ? accountPath(entry.accountId) : null;
  }
}

function Actor({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  if (entry.actorRole === 'SYSTEM') return <span>{t('audit.system')}</span>;
  const role = known(`role.${entry.actorRole}`);
  return (
    <span className="audit-actor">
      <strong>{entry.actorTokenName ?? t('audit.tokenUnknown')}</strong>
      <span className="subtle">{role ? t(role) : entry.actorRole}</span>
      {entry.actorAccount && (
        <span className="subtle">
          {t('audit.forAccount')}{' '}
          <Link to={accountPath(entry.actorAccount.id)}>{entry.actorAccount.name}</Link>
        </span>
      )}
    </span>
  );
}

export interface AuditFilters {
  objectId?: string;
  accountId?: string;
  action?: string;
  actor?: string;
  objectType?: string;
  search?: string;
  oldestFirst?: boolean;
}

/** Who did what, when, to which object, and what changed: newest first unless asked (operators). */
export function AuditTrail(filters: AuditFilters) {
  const i18n = useI18n();
  const { t } = i18n;
  const [testMode] = useTestMode();
  const variables = {
    objectId: filters.objectId || null,
    accountId: filters.accountId || null,
    action: filters.action || null,
    actor: filters.actor || null,
    objectType: filters.objectType || null,
    search: filters.search || null,
    orderBy: filters.oldestFirst ? ('OLDEST_FIRST' as const) : ('NEWEST_FIRST' as const),
    // The whole trail follows the Test mode switch; one account's or object's trail is on
    // that account's side already.
    testMode: filters.accountId || filters.objectId ? null : testMode,
  };
  // The trail is live (read again every few seconds): what is done elsewhere shows within
  // seconds, and "Load more" asks for a longer first page so a re-read keeps it.
  const growing = useGrowingFirst(JSON.stringify(variables));
  const { data, previousData, loading, error, refetch } = useQuery(AuditTrailQuery, {
    variables: { ...variables, first: growing.first },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  // While a longer page loads, the entries shown stay.
  const log = (data ?? previousData)?.auditLog;
  return (
    <div className="audit-trail" data-testid="audit-trail">
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !log && <Loading />}
      {log && log.edges.length === 0 && <EmptyState title={t('audit.empty')} />}
      {log && log.edges.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="responsive-table">
              <caption>
                {t(filters.oldestFirst ? 'audit.captionOldest' : 'audit.caption', {
                  shown: log.edges.length,
                  total: log.totalCount,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.object')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {log.edges.map(({ node: entry }) => {
                  const link = objectLink(entry);
                  const object = objectText(i18n, entry);
                  return (
                    <tr key={entry.id} data-testid="audit-entry">
                      <td className="primary-cell">
                        <DateTimeText instant={entry.occurredAt} />
                      </td>
                      <td data-label={t('audit.action')} data-testid="audit-action">
                        {actionLabel(t, entry.action)}
                      </td>
                      <td data-label={t('audit.actor')} data-testid="audit-actor">
                        <Actor entry={entry} />
                      </td>
                      <td data-label={t('audit.object')} data-testid="audit-object">
                        {link ? <Link to={link}>{object}</Link> : object}
                      </td>
                      <td data-label={t('audit.changes')}>
                        {entry.changes.length > 0 ? (
                          <ul className="audit-changes" data-testid="audit-changes">
                            {entry.changes.map((change) => (
                              <li key={change.field}>{changeText(i18n, entry, change)}</li>
                            ))}
                          </ul>
                        ) : (
                          <span className="muted">{t('audit.noChanges')}</span>
                        )}
                        {entry.requestId && (
                          <span className="subtle mono break">
                            {t('audit.requestId', { id: entry.requestId })}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <GrowingLoadMore hasNextPage={log.pageInfo.hasNextPage} growing={growing} />
        </>
      )}
    </div>
  );
}

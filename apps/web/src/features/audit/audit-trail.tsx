import { useQuery } from '@apollo/client/react';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { LoadMore, Loading } from '../../components/load-more.js';
import { appendPage } from '../../core/connections.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

export const AuditTrailQuery = graphql(`
  query AuditTrail($objectId: ID, $accountId: ID, $after: String) {
    auditLog(
      objectId: $objectId
      accountId: $accountId
      first: 20
      after: $after
      orderBy: NEWEST_FIRST
    ) {
      totalCount
      edges {
        node {
          id
          occurredAt
          action
          actorRole
          actorTokenId
          objectType
          objectId
          requestId
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Pretty-prints a JSON document from the audit log (or shows it as it came). */
function pretty(json: string | null | undefined): string {
  if (!json) return '';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** Who did what, when, to an object or within an account, newest first (operators). */
export function AuditTrail({ objectId, accountId }: { objectId?: string; accountId?: string }) {
  const { t, codeLabel } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditTrailQuery, {
    variables: { objectId: objectId ?? null, accountId: accountId ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const log = data?.auditLog;
  return (
    <div className="audit-trail" data-testid="audit-trail">
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {log && log.edges.length === 0 && <EmptyState title={t('audit.empty')} />}
      {log && log.edges.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="responsive-table">
              <caption>
                {t('audit.caption', { shown: log.edges.length, total: log.totalCount })}
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
                {log.edges.map(({ node: entry }) => (
                  <tr key={entry.id} data-testid="audit-entry">
                    <td className="primary-cell">
                      <DateTimeText instant={entry.occurredAt} />
                    </td>
                    <td data-label={t('audit.action')}>{codeLabel('auditAction', entry.action)}</td>
                    <td data-label={t('audit.actor')}>
                      {codeLabel('role', entry.actorRole)}
                      {entry.requestId && <span className="subtle mono">{entry.requestId}</span>}
                    </td>
                    <td data-label={t('audit.object')}>
                      {codeLabel('auditObject', entry.objectType)}
                      <span className="subtle mono break">{entry.objectId}</span>
                    </td>
                    <td data-label={t('audit.changes')}>
                      {entry.before || entry.after ? (
                        <details>
                          <summary>{t('audit.showChanges')}</summary>
                          {entry.before && (
                            <>
                              <p className="subtle">{t('audit.before')}</p>
                              <pre className="json">{pretty(entry.before)}</pre>
                            </>
                          )}
                          {entry.after && (
                            <>
                              <p className="subtle">{t('audit.after')}</p>
                              <pre className="json">{pretty(entry.after)}</pre>
                            </>
                          )}
                        </details>
                      ) : (
                        <span className="muted">{t('common.none')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            hasMore={log.pageInfo.hasNextPage}
            onLoad={() =>
              fetchMore({
                variables: { after: log.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  auditLog: appendPage(previous.auditLog, fetchMoreResult.auditLog),
                }),
              })
            }
          />
        </>
      )}
    </div>
  );
}

import { ConfirmButton } from '../../components/confirm-dialog.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { graphql } from '../../gql/index.js';
import type { ApiTokenRowFragment, ApiTokenStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const ApiTokenRowFragmentDoc = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    kind
    role
    status
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    account {
      id
      name
    }
  }
`);

/** A token row's element id, for the result notice's link. */
export function tokenAnchor(id: string): string {
  return `token-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

const TONE: Record<ApiTokenStatus, BadgeTone> = {
  ACTIVE: 'good',
  EXPIRED: 'warn',
  REVOKED: 'bad',
};

/**
 * API tokens with their name, role and account, dates and status. A token not yet revoked
 * has a Revoke button that asks for confirmation first; no secret is ever shown here.
 */
export function ApiTokensTable({
  tokens,
  caption,
  onRevoke,
}: {
  tokens: readonly ApiTokenRowFragment[];
  caption: string;
  onRevoke: (token: ApiTokenRowFragment) => Promise<unknown>;
}) {
  const { t } = useI18n();
  if (tokens.length === 0) return <EmptyState title={t('tokens.empty')} />;
  return (
    <div className="table-scroll">
      <table className="responsive-table" data-testid="api-tokens">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.name')}</th>
            <th scope="col">{t('tokens.role')}</th>
            <th scope="col">{t('tokens.created')}</th>
            <th scope="col">{t('tokens.expires')}</th>
            <th scope="col">{t('tokens.lastUsed')}</th>
            <th scope="col">{t('tokens.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('tokens.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} id={tokenAnchor(token.id)} data-testid="api-token">
              <td className="primary-cell">
                {token.name}
                {token.kind === 'BOOTSTRAP' && (
                  <span className="subtle">{t('tokens.kind.BOOTSTRAP')}</span>
                )}
              </td>
              <td data-label={t('tokens.role')}>
                {t(`role.${token.role}`)}
                <span className="subtle">{token.account?.name ?? t('tokens.noAccount')}</span>
              </td>
              <td data-label={t('tokens.created')}>
                <DateTimeText instant={token.createdAt} />
              </td>
              <td data-label={t('tokens.expires')}>
                {token.expiresAt ? (
                  <DateTimeText instant={token.expiresAt} />
                ) : (
                  <span className="muted">{t('tokens.noExpiry')}</span>
                )}
              </td>
              <td data-label={t('tokens.lastUsed')}>
                {token.lastUsedAt ? (
                  <DateTimeText instant={token.lastUsedAt} />
                ) : (
                  <span className="muted">{t('tokens.never')}</span>
                )}
              </td>
              <td data-label={t('tokens.status')}>
                <StatusBadge tone={TONE[token.status]}>
                  {t(`tokens.status.${token.status}`)}
                </StatusBadge>
                {token.revokedAt && (
                  <span className="subtle">
                    <DateTimeText instant={token.revokedAt} />
                  </span>
                )}
              </td>
              <td>
                {token.status !== 'REVOKED' && (
                  <ConfirmButton
                    className="secondary"
                    danger
                    label={t('tokens.revoke')}
                    title={t('tokens.confirmLabel')}
                    body={<p>{t('tokens.confirmRevoke', { name: token.name })}</p>}
                    confirmLabel={t('tokens.confirm')}
                    onConfirm={() => onRevoke(token)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

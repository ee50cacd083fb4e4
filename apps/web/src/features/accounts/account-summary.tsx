import { DateTimeText } from '../../components/date-text.js';
import { Money } from '../../components/money.js';
import { graphql } from '../../gql/index.js';
import type { AccountSummaryFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { AccountStatusBadge, VerificationBadge } from './account-labels.js';

export const AccountSummaryFragmentDoc = graphql(`
  fragment AccountSummary on Account {
    id
    name
    verifiedName
    status
    verificationStatus
    balance {
      amount
      currency
    }
    createdAt
  }
`);

/** An account's standing at a glance: who it is, whether it is verified, what it holds. */
export function AccountSummary({ account }: { account: AccountSummaryFragment }) {
  const { t } = useI18n();
  return (
    <dl className="summary-grid card" data-testid="account-summary">
      <div>
        <dt>{t('account.name')}</dt>
        <dd>{account.name}</dd>
      </div>
      <div>
        <dt>{t('account.verifiedName')}</dt>
        <dd>
          {account.verifiedName ?? <span className="muted">{t('account.notVerifiedYet')}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('account.verification')}</dt>
        <dd>
          <VerificationBadge status={account.verificationStatus} />
        </dd>
      </div>
      <div>
        <dt>{t('account.status')}</dt>
        <dd>
          <AccountStatusBadge status={account.status} />
        </dd>
      </div>
      <div>
        <dt>{t('account.balance')}</dt>
        <dd className="figure">
          <Money value={account.balance} />
        </dd>
      </div>
      <div>
        <dt>{t('account.createdAt')}</dt>
        <dd>
          <DateTimeText instant={account.createdAt} dateOnly clock="real" />
        </dd>
      </div>
    </dl>
  );
}

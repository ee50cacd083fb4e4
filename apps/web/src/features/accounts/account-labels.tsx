import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import type { AccountStatus, VerificationStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

const STATUS_TONES: Record<AccountStatus, BadgeTone> = {
  ACTIVE: 'good',
  SUSPENDED: 'warn',
  CLOSED: 'neutral',
};

const VERIFICATION_TONES: Record<VerificationStatus, BadgeTone> = {
  APPROVED: 'good',
  PENDING: 'warn',
  REJECTED: 'bad',
  NOT_SUBMITTED: 'neutral',
};

export const ACCOUNT_STATUSES = Object.keys(STATUS_TONES) as AccountStatus[];

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={STATUS_TONES[status]}>{t(`accountStatus.${status}`)}</StatusBadge>;
}

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={VERIFICATION_TONES[status]}>{t(`verification.${status}`)}</StatusBadge>;
}

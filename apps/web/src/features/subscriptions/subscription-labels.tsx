import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import type { SubscriptionStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

const TONES: Record<SubscriptionStatus, BadgeTone> = {
  PENDING_ACTIVATION: 'neutral',
  ACTIVE: 'good',
  GRACE: 'warn',
  RECYCLED: 'bad',
  SUSPENDED: 'bad',
  TERMINATED: 'neutral',
};

export const SUBSCRIPTION_STATUSES = Object.keys(TONES) as SubscriptionStatus[];

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={TONES[status]}>{t(`subscriptionStatus.${status}`)}</StatusBadge>;
}

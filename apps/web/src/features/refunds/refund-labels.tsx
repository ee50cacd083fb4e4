import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import type { RefundReason, RefundStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

const TONES: Record<RefundStatus, BadgeTone> = {
  REQUESTED: 'warn',
  APPROVED: 'good',
  PAID: 'good',
  REJECTED: 'bad',
};

export const REFUND_STATUSES = Object.keys(TONES) as RefundStatus[];

/** The contract's reasons, the most common first. */
export const REFUND_REASONS: readonly RefundReason[] = [
  'NO_REASON',
  'SERVICE_DEFECT',
  'PLATFORM_OUTAGE',
  'NOT_ACTIVATED',
  'ACTIVATION_OVERDUE',
  'DUPLICATE_PAYMENT',
  'ORDER_ERROR',
  'ACCOUNT_ANOMALY',
  'USER_CANCELLATION',
];

export function RefundStatusBadge({ status }: { status: RefundStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={TONES[status]}>{t(`refundStatus.${status}`)}</StatusBadge>;
}

export function EligibilityBadge({ eligible }: { eligible: boolean }) {
  const { t } = useI18n();
  return (
    <StatusBadge tone={eligible ? 'good' : 'bad'}>
      {eligible ? t('refund.eligible') : t('refund.notEligible')}
    </StatusBadge>
  );
}

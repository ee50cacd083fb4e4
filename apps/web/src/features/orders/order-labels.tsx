import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import type { OrderStatus, PaymentMethod } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

const TONES: Record<OrderStatus, BadgeTone> = {
  AWAITING_PAYMENT: 'warn',
  PAID: 'good',
  FULFILLED: 'good',
  CANCELLED: 'neutral',
  REFUNDED: 'neutral',
  PARTIALLY_REFUNDED: 'neutral',
};

export const ORDER_STATUSES = Object.keys(TONES) as OrderStatus[];

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={TONES[status]}>{t(`orderStatus.${status}`)}</StatusBadge>;
}

/** R-PAY-1, in the order the payment form offers them. */
export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'BANK_CARD',
  'ALIPAY',
  'WECHAT_PAY',
  'TENCENT_WALLET',
  'BALANCE',
];

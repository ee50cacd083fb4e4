import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import type { InvoiceStatus } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

const TONES: Record<InvoiceStatus, BadgeTone> = {
  REQUESTED: 'warn',
  ISSUED: 'good',
  REVERSED: 'neutral',
};

export const INVOICE_STATUSES = Object.keys(TONES) as InvoiceStatus[];

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={TONES[status]}>{t(`invoiceStatus.${status}`)}</StatusBadge>;
}

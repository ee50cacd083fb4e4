import { orderPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { Money, type MoneyValue } from '../../components/money.js';
import { useI18n } from '../../i18n/i18n.js';

/** After an order is created: what it costs (the API's total) and where to pay it. */
export function OrderPlacedNotice({ order }: { order: { id: string; total: MoneyValue } }) {
  const { t } = useI18n();
  return (
    <p role="status" className="notice" data-testid="order-placed">
      {t('order.placed')} <Money value={order.total} />.{' '}
      <Link to={orderPath(order.id)}>{t('order.payNow')}</Link>
    </p>
  );
}

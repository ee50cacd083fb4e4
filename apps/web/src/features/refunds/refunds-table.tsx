import { orderPath, refundPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateText } from '../../components/date-text.js';
import { SortableHeader, type ColumnSort } from '../../components/list-controls.js';
import { Money } from '../../components/money.js';
import { graphql } from '../../gql/index.js';
import type { RefundRowFragment, RefundSort } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { RefundStatusBadge } from './refund-labels.js';

export const RefundRowFragmentDoc = graphql(`
  fragment RefundRow on Refund {
    id
    status
    reason
    requestedOn
    reviewDueOn
    payoutDueOn
    eligible
    amount {
      amount
      currency
    }
    payout {
      amount
      currency
    }
    order {
      id
      kind
    }
  }
`);

export const REFUND_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'REQUESTED_AT_DESC',
  'REQUESTED_AT_ASC',
  'AMOUNT_DESC',
  'AMOUNT_ASC',
] as const satisfies readonly RefundSort[];

const BY_REQUEST: ColumnSort<RefundSort> = {
  ascending: 'REQUESTED_AT_ASC',
  descending: 'REQUESTED_AT_DESC',
};
const BY_AMOUNT: ColumnSort<RefundSort> = { ascending: 'AMOUNT_ASC', descending: 'AMOUNT_DESC' };

export function RefundsTable({
  refunds,
  caption,
  sort,
  onSort,
}: {
  refunds: readonly RefundRowFragment[];
  caption: string;
  /** The list's sort: the request date and amount headers sort it when given. */
  sort?: RefundSort;
  onSort?: (sort: RefundSort) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="responsive-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('refund.reason')}</th>
            <SortableHeader
              label={t('refund.requestedOn')}
              column={BY_REQUEST}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('refund.status')}</th>
            <th scope="col">{t('refund.order')}</th>
            <SortableHeader
              label={t('refund.amount')}
              column={BY_AMOUNT}
              sort={sort}
              onSort={onSort}
              className="numeric"
            />
            <th scope="col" className="numeric">
              {t('refund.payout')}
            </th>
            <th scope="col">{t('refund.payoutDueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {refunds.map((refund) => (
            <tr key={refund.id} data-testid="refund-row">
              <td className="primary-cell">
                <Link to={refundPath(refund.id)}>{t(`refundReason.${refund.reason}`)}</Link>
              </td>
              <td data-label={t('refund.requestedOn')}>
                <DateText date={refund.requestedOn} />
              </td>
              <td data-label={t('refund.status')}>
                <RefundStatusBadge status={refund.status} />
              </td>
              <td data-label={t('refund.order')}>
                <Link to={orderPath(refund.order.id)}>{t(`orderKind.${refund.order.kind}`)}</Link>
              </td>
              <td data-label={t('refund.amount')} className="numeric">
                <Money value={refund.amount} />
              </td>
              <td data-label={t('refund.payout')} className="numeric">
                <Money value={refund.payout} />
              </td>
              <td data-label={t('refund.payoutDueOn')}>
                {refund.payoutDueOn ? (
                  <DateText date={refund.payoutDueOn} />
                ) : (
                  <span className="muted">{t('common.none')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

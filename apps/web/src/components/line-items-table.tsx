import { graphql } from '../gql/index.js';
import { useI18n } from '../i18n/i18n.js';
import { Money, type MoneyValue } from './money.js';
import { RuleList, type RuleRef } from './rule-list.js';

/** What every document selects of a `LineItem` to render it here. */
export const LineItemRowFragment = graphql(`
  fragment LineItemRow on LineItem {
    description
    quantity
    months
    unitPrice {
      amount
      currency
    }
    amount {
      amount
      currency
    }
    rules {
      id
      summary
    }
  }
`);

/** The contract's `LineItem`: one priced line, with the rules that priced it. */
export interface LineItem {
  readonly description: string;
  readonly quantity: number;
  readonly months?: number | null;
  readonly unitPrice: MoneyValue;
  readonly amount: MoneyValue;
  readonly rules: readonly RuleRef[];
}

interface LineItemsTableProps {
  readonly lines: readonly LineItem[];
  /** The API's total, shown as given (the client never adds lines up). */
  readonly total?: MoneyValue | null;
  readonly caption?: string;
}

export function LineItemsTable({ lines, total, caption }: LineItemsTableProps) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="line-items responsive-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('lineItems.description')}</th>
            <th scope="col" className="numeric">
              {t('lineItems.quantity')}
            </th>
            <th scope="col" className="numeric">
              {t('lineItems.months')}
            </th>
            <th scope="col" className="numeric">
              {t('lineItems.unitPrice')}
            </th>
            <th scope="col" className="numeric">
              {t('lineItems.amount')}
            </th>
            <th scope="col">{t('lineItems.rules')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={index}>
              <td data-label={t('lineItems.description')}>{line.description}</td>
              <td data-label={t('lineItems.quantity')} className="numeric">
                {line.quantity}
              </td>
              <td data-label={t('lineItems.months')} className="numeric">
                {line.months ?? '—'}
              </td>
              <td data-label={t('lineItems.unitPrice')} className="numeric">
                <Money value={line.unitPrice} />
              </td>
              <td data-label={t('lineItems.amount')} className="numeric">
                <Money value={line.amount} />
              </td>
              <td data-label={t('lineItems.rules')}>
                <RuleList rules={line.rules} />
              </td>
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('lineItems.total')}
              </th>
              <td className="numeric" data-label={t('lineItems.total')}>
                <Money value={total} className="total" />
              </td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

import type { ReactNode } from 'react';
import { DateText } from '../../components/date-text.js';
import { Money } from '../../components/money.js';
import { graphql } from '../../gql/index.js';
import type { ContractPriceRowFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const ContractPriceRowFragmentDoc = graphql(`
  fragment ContractPriceRow on ContractPrice {
    productCode
    planCode
    unitPrice {
      amount
      currency
    }
    effectiveFrom
    endsOn
    inForce
  }
`);

/**
 * An account's contract prices (R-CAT-2) as the API lists them: each price with the span it is
 * in force, `endsOn` exclusive. `renderEnd` adds an action to a price that has no end yet.
 */
export function ContractPricesTable({
  prices,
  renderEnd,
}: {
  prices: readonly ContractPriceRowFragment[];
  renderEnd?: (price: ContractPriceRowFragment) => ReactNode;
}) {
  const { t } = useI18n();
  if (prices.length === 0) return <p className="muted">{t('contractPrices.none')}</p>;
  return (
    <table className="responsive-table">
      <caption className="visually-hidden">{t('contractPrices.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('contractPrices.plan')}</th>
          <th scope="col" className="numeric">
            {t('contractPrices.unitPrice')}
          </th>
          <th scope="col">{t('contractPrices.from')}</th>
          <th scope="col">{t('contractPrices.until')}</th>
          <th scope="col">{t('contractPrices.status')}</th>
          {renderEnd && <th scope="col">{t('contractPrices.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {prices.map((price) => (
          <tr key={`${price.productCode}/${price.planCode}/${price.effectiveFrom}`}>
            <td data-label={t('contractPrices.plan')} className="mono">
              {price.productCode} / {price.planCode}
            </td>
            <td data-label={t('contractPrices.unitPrice')} className="numeric">
              <Money value={price.unitPrice} />
            </td>
            <td data-label={t('contractPrices.from')}>
              <DateText date={price.effectiveFrom} />
            </td>
            <td data-label={t('contractPrices.until')}>
              {price.endsOn ? (
                <>
                  <DateText date={price.endsOn} /> {t('quote.periodEndExclusive')}
                </>
              ) : (
                t('contractPrices.open')
              )}
            </td>
            <td data-label={t('contractPrices.status')}>
              {price.inForce ? t('contractPrices.inForce') : t('contractPrices.notInForce')}
            </td>
            {renderEnd && (
              <td data-label={t('contractPrices.actions')}>
                {price.endsOn === null ? renderEnd(price) : null}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

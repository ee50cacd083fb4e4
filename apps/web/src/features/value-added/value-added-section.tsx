import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { Loading } from '../../components/load-more.js';
import { parseWholeNumber } from '../../core/inputs.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { QuotePreview, useLiveQuote } from '../subscriptions/live-quote.js';
import { OrderPlacedNotice } from '../subscriptions/order-placed-notice.js';
import { usePlaceOrder } from '../subscriptions/use-place-order.js';
import { valueAddedItems, type ValueAddedItem } from './value-added-items.js';

export const ValueAddedCatalogQuery = graphql(`
  query ValueAddedCatalog {
    catalog {
      code
      oneOff
      plans {
        code
        name
        unit
      }
    }
  }
`);

export const BuyValueAddedMutation = graphql(`
  mutation BuyValueAdded($input: BuyValueAddedInput!) {
    buyValueAdded(input: $input) {
      order {
        id
        total {
          amount
          currency
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

const FIELDS = ['planCode', 'quantity', 'accountId'] as const;

/** "SMS quota (1,000 SMS)": what one unit of an item buys, as the catalog says it. */
export function valueAddedItemLabel(item: ValueAddedItem): string {
  return item.unit ? `${item.name} (${item.unit})` : item.name;
}

/**
 * Buying a value-added service (section 1.4): pick an item and a quantity, read the live quote
 * (the API prices it), then order. One-off and non-refundable once paid (R-REF-NONREF), which
 * the form says before anything is ordered. Operators use it to buy on behalf of an account.
 */
export function ValueAddedSection({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ValueAddedCatalogQuery);
  const items = valueAddedItems(data?.catalog ?? []);
  const [planCode, setPlanCode] = useState('');
  // Empty until the customer types a quantity: no quote is asked before.
  const [quantityText, setQuantityText] = useState('');
  const item = items.find((candidate) => candidate.code === planCode) ?? items[0];
  const quantity = parseWholeNumber(quantityText);
  const input = item && quantity ? { planCode: item.code, quantity } : null;
  const live = useLiveQuote(input ? { action: 'VALUE_ADDED', accountId, ...input } : null, FIELDS);
  const [buy] = useMutation(BuyValueAddedMutation);
  const { submission, placed } = usePlaceOrder(
    'vas',
    FIELDS,
    accountId,
    input,
    async (variables) =>
      (
        await buy({
          variables: { input: variables },
          refetchQueries: 'active',
          awaitRefetchQueries: true,
        })
      ).data?.buyValueAdded,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }

  const invalidQuantity = quantityText.trim() !== '' && quantity === null;
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="vas-heading">
      <h2 id="vas-heading">{t('vas.title')}</h2>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {item && (
        <>
          <div className="form-row">
            <FormField
              label={t('vas.item')}
              className="grow"
              error={submission.fieldErrors.planCode ?? live.fieldErrors.planCode}
            >
              {(control) => (
                <select
                  {...control}
                  name="planCode"
                  value={item.code}
                  onChange={(event) => setPlanCode(event.target.value)}
                >
                  {items.map((option) => (
                    <option key={option.code} value={option.code}>
                      {valueAddedItemLabel(option)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              label={t('vas.quantity')}
              hint={item.unit ? t('vas.quantityHint', { unit: item.unit }) : undefined}
              error={
                submission.fieldErrors.quantity ??
                live.fieldErrors.quantity ??
                (invalidQuantity ? t('form.wholeNumber') : null)
              }
            >
              {(control) => (
                <input
                  {...control}
                  name="quantity"
                  inputMode="numeric"
                  autoComplete="off"
                  value={quantityText}
                  onChange={(event) => setQuantityText(event.target.value)}
                  required
                />
              )}
            </FormField>
          </div>
          <p className="muted">{t('vas.nonRefundable')}</p>
          <QuotePreview live={live} fields={FIELDS} emptyHint={t('vas.enterQuantity')} />
          <div className="button-row">
            <AsyncButton
              type="submit"
              pending={submission.pending}
              pendingLabel={t('form.submitting')}
              disabled={!live.ready}
            >
              {t('vas.submit')}
            </AsyncButton>
          </div>
          {submission.formError !== null && <ErrorBanner error={submission.formError} />}
          {placed && <OrderPlacedNotice order={placed} />}
        </>
      )}
    </form>
  );
}

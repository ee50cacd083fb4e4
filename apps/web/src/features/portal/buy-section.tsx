import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { DateText } from '../../components/date-text.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { Loading } from '../../components/load-more.js';
import { parseWholeNumber } from '../../core/inputs.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { QuotePreview, useLiveQuote } from '../subscriptions/live-quote.js';
import { OrderPlacedNotice } from '../subscriptions/order-placed-notice.js';
import { usePlaceOrder } from '../subscriptions/use-place-order.js';
import { YearsField } from '../subscriptions/years-field.js';
import { subscriptionProducts } from '../value-added/value-added-items.js';

export const BuyCatalogQuery = graphql(`
  query BuyCatalog {
    catalog {
      code
      name
      renewalsEndOn
      serviceEndsOn
      oneOff
      plans {
        code
        name
        minSeats
        maxSeats
      }
    }
  }
`);

export const OpenSubscriptionMutation = graphql(`
  mutation OpenSubscription($input: OpenSubscriptionInput!) {
    openSubscription(input: $input) {
      order {
        id
        total {
          amount
          currency
        }
      }
      subscription {
        id
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

const FIELDS = ['productCode', 'planCode', 'seats', 'years', 'accountId'] as const;
/** R-OPEN-1: an opening buys 1 to 3 years (the API refuses anything else). */
const OPENING_MAX_YEARS = 3;

/** Buying a new subscription (R-OPEN-1): pick a plan, read the live quote, then order. */
export function BuySection({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(BuyCatalogQuery);
  // Value-added items are bought apart (ValueAddedSection), never subscribed to.
  const catalog = subscriptionProducts(data?.catalog ?? []);
  const [productCode, setProductCode] = useState('');
  const [planCode, setPlanCode] = useState('');
  const [seatsText, setSeatsText] = useState('');
  const [years, setYears] = useState(1);
  const product = catalog.find((p) => p.code === productCode) ?? catalog[0];
  const plan = product?.plans.find((p) => p.code === planCode) ?? product?.plans[0];
  const seats = parseWholeNumber(seatsText);
  const input =
    product && plan && seats
      ? { productCode: product.code, planCode: plan.code, seats, years }
      : null;
  const live = useLiveQuote(
    input ? { action: 'NEW_SUBSCRIPTION', accountId, ...input } : null,
    FIELDS,
  );
  const [open] = useMutation(OpenSubscriptionMutation);
  const { submission, placed } = usePlaceOrder(
    'open',
    FIELDS,
    accountId,
    input,
    async (variables) =>
      (
        await open({
          variables: { input: variables },
          refetchQueries: 'active',
          awaitRefetchQueries: true,
        })
      ).data?.openSubscription,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }

  const invalidSeats = seatsText.trim() !== '' && seats === null;
  const seatRange =
    plan?.minSeats != null && plan.maxSeats != null
      ? t('buy.seatRange', { min: plan.minSeats, max: plan.maxSeats })
      : undefined;
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="buy-heading">
      <h2 id="buy-heading">{t('buy.title')}</h2>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {product && plan && (
        <>
          <div className="form-row">
            <FormField
              label={t('buy.product')}
              className="grow"
              error={submission.fieldErrors.productCode ?? live.fieldErrors.productCode}
            >
              {(control) => (
                <select
                  {...control}
                  value={product.code}
                  onChange={(event) => {
                    setProductCode(event.target.value);
                    setPlanCode('');
                  }}
                >
                  {catalog.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              label={t('buy.plan')}
              className="grow"
              error={submission.fieldErrors.planCode ?? live.fieldErrors.planCode}
            >
              {(control) => (
                <select
                  {...control}
                  value={plan.code}
                  onChange={(event) => setPlanCode(event.target.value)}
                >
                  {product.plans.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              label={t('buy.seats')}
              hint={seatRange}
              error={
                submission.fieldErrors.seats ??
                live.fieldErrors.seats ??
                (invalidSeats ? t('form.wholeNumber') : null)
              }
            >
              {(control) => (
                <input
                  {...control}
                  name="seats"
                  inputMode="numeric"
                  autoComplete="off"
                  value={seatsText}
                  onChange={(event) => setSeatsText(event.target.value)}
                  required
                />
              )}
            </FormField>
            <YearsField
              years={years}
              max={OPENING_MAX_YEARS}
              error={submission.fieldErrors.years ?? live.fieldErrors.years}
              onChange={setYears}
            />
          </div>
          {product.renewalsEndOn && (
            <p className="muted">
              {t('buy.sunset')} <DateText date={product.renewalsEndOn} />
            </p>
          )}
          <QuotePreview live={live} fields={FIELDS} emptyHint={t('quote.enterSeats')} />
          <div className="button-row">
            <AsyncButton
              type="submit"
              pending={submission.pending}
              pendingLabel={t('form.submitting')}
              disabled={!live.ready}
            >
              {t('buy.submit')}
            </AsyncButton>
          </div>
          {submission.formError !== null && <ErrorBanner error={submission.formError} />}
          {placed && <OrderPlacedNotice order={placed} />}
        </>
      )}
    </form>
  );
}

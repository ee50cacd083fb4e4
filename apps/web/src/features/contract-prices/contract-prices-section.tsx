import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { Loading } from '../../components/load-more.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { normalizeDecimalInput } from '../../core/inputs.js';
import { graphql } from '../../gql/index.js';
import type { ContractPriceRowFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { contractPricedPlans } from './contract-priced-plans.js';
import { ContractPricesTable } from './contract-prices-table.js';
import { live } from '../../core/live.js';

export const AccountContractPricesQuery = graphql(`
  query AccountContractPrices($id: ID!) {
    account(id: $id) {
      id
      contractPrices {
        ...ContractPriceRow
      }
    }
    catalog {
      code
      name
      plans {
        code
        name
        priceBooks {
          model
        }
      }
    }
  }
`);

export const SetContractPriceMutation = graphql(`
  mutation SetContractPrice($input: SetContractPriceInput!) {
    setContractPrice(input: $input) {
      contractPrice {
        ...ContractPriceRow
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const EndContractPriceMutation = graphql(`
  mutation EndContractPrice($input: EndContractPriceInput!) {
    endContractPrice(input: $input) {
      userErrors {
        code
        message
        field
      }
    }
  }
`);

const SET_FIELDS = ['planCode', 'productCode', 'unitPrice', 'effectiveFrom', 'accountId'] as const;
const END_FIELDS = ['endsOn', 'accountId'] as const;

/**
 * The operator's view of an account's contract prices (R-CAT-2 `CUSTOM`): the prices with
 * their dates, a form to set or change one from a date, and ending an open one. The API
 * validates and audits; the client only spells the amount as a Decimal.
 */
export function ContractPricesSection({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(AccountContractPricesQuery, {
    variables: { id: accountId },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const plans = contractPricedPlans(data?.catalog ?? []);
  const prices = data?.account?.contractPrices ?? [];
  return (
    <section className="card" aria-labelledby="contract-prices-heading">
      <h2 id="contract-prices-heading">{t('contractPrices.title')}</h2>
      <p className="muted">{t('contractPrices.intro')}</p>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <ContractPricesTable
            prices={prices}
            renderEnd={(price) => <EndContractPriceForm accountId={accountId} price={price} />}
          />
          {plans.length > 0 && <SetContractPriceForm accountId={accountId} plans={plans} />}
        </>
      )}
    </section>
  );
}

function SetContractPriceForm({
  accountId,
  plans,
}: {
  accountId: string;
  plans: ReturnType<typeof contractPricedPlans>;
}) {
  const { t } = useI18n();
  const [planKey, setPlanKey] = useState('');
  const [priceText, setPriceText] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const plan = plans.find((p) => `${p.productCode}/${p.planCode}` === planKey) ?? plans[0]!;
  const unitPrice = normalizeDecimalInput(priceText);
  const input = unitPrice
    ? {
        productCode: plan.productCode,
        planCode: plan.planCode,
        unitPrice,
        ...(effectiveFrom ? { effectiveFrom } : {}),
      }
    : null;
  const attempt = useIdempotencyKey('contract-price', { accountId, ...input });
  const [setPrice] = useMutation(SetContractPriceMutation);
  const [done, setDone] = useState(false);
  const submission = useSubmission(
    SET_FIELDS,
    async () => {
      if (!input) return null;
      setDone(false);
      const result = await setPrice({
        variables: { input: { accountId, ...input, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.setContractPrice;
    },
    () => {
      attempt.succeeded();
      setDone(true);
      setPriceText('');
    },
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  const invalidPrice = priceText.trim() !== '' && unitPrice === null;
  return (
    <form onSubmit={onSubmit} aria-label={t('contractPrices.set')}>
      <div className="form-row">
        <FormField
          label={t('contractPrices.plan')}
          className="grow"
          error={submission.fieldErrors.planCode ?? submission.fieldErrors.productCode}
        >
          {(control) => (
            <select
              {...control}
              name="contractPlan"
              value={`${plan.productCode}/${plan.planCode}`}
              onChange={(event) => setPlanKey(event.target.value)}
            >
              {plans.map((option) => (
                <option
                  key={`${option.productCode}/${option.planCode}`}
                  value={`${option.productCode}/${option.planCode}`}
                >
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('contractPrices.unitPrice')}
          hint={t('contractPrices.unitPriceHint')}
          error={submission.fieldErrors.unitPrice ?? (invalidPrice ? t('form.amount') : null)}
        >
          {(control) => (
            <input
              {...control}
              name="unitPrice"
              inputMode="decimal"
              autoComplete="off"
              value={priceText}
              onChange={(event) => setPriceText(event.target.value)}
              required
            />
          )}
        </FormField>
        <FormField
          label={t('contractPrices.from')}
          hint={t('contractPrices.fromHint')}
          error={submission.fieldErrors.effectiveFrom}
        >
          {(control) => (
            <input
              {...control}
              name="effectiveFrom"
              type="date"
              value={effectiveFrom}
              onChange={(event) => setEffectiveFrom(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="button-row">
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
          disabled={!input}
        >
          {t('contractPrices.set')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {done && (
        <p role="status" className="notice">
          {t('contractPrices.saved')}
        </p>
      )}
    </form>
  );
}

function EndContractPriceForm({
  accountId,
  price,
}: {
  accountId: string;
  price: ContractPriceRowFragment;
}) {
  const { t } = useI18n();
  const [endsOn, setEndsOn] = useState('');
  const input = {
    productCode: price.productCode,
    planCode: price.planCode,
    ...(endsOn ? { endsOn } : {}),
  };
  const attempt = useIdempotencyKey('end-contract-price', { accountId, ...input });
  const [endPrice] = useMutation(EndContractPriceMutation);
  const submission = useSubmission(
    END_FIELDS,
    async () => {
      const result = await endPrice({
        variables: { input: { accountId, ...input, idempotencyKey: attempt.key } },
        refetchQueries: 'active',
        awaitRefetchQueries: true,
      });
      return result.data?.endContractPrice;
    },
    () => attempt.succeeded(),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form onSubmit={onSubmit} className="inline-form" aria-label={t('contractPrices.end')}>
      <FormField label={t('contractPrices.endsOn')} error={submission.fieldErrors.endsOn}>
        {(control) => (
          <input
            {...control}
            name="endsOn"
            type="date"
            value={endsOn}
            onChange={(event) => setEndsOn(event.target.value)}
          />
        )}
      </FormField>
      <AsyncButton
        type="submit"
        className="secondary"
        pending={submission.pending}
        pendingLabel={t('form.submitting')}
      >
        {t('contractPrices.end')}
      </AsyncButton>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </form>
  );
}

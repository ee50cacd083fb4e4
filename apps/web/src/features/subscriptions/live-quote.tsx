import { skipToken, useQuery } from '@apollo/client/react';
import { DateText } from '../../components/date-text.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { LineItemsTable } from '../../components/line-items-table.js';
import { RuleList } from '../../components/rule-list.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { userErrorsByField } from '../../core/errors.js';
import { signatureOf } from '../../core/idempotency.js';
import { graphql } from '../../gql/index.js';
import type { QuoteInput, QuoteViewFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const QuoteViewFragmentDoc = graphql(`
  fragment QuoteView on Quote {
    action
    asOf
    total {
      amount
      currency
    }
    periodStart
    periodEnd
    openEnded
    serviceEndsOn
    explanation
    rules {
      id
      summary
    }
    lines {
      ...LineItemRow
    }
    userErrors {
      code
      message
      field
    }
  }
`);

export const LiveQuoteQuery = graphql(`
  query LiveQuote($input: QuoteInput!) {
    quote(input: $input) {
      ...QuoteView
    }
  }
`);

/** How long the inputs must rest before the quote is asked again. */
const QUOTE_DELAY_MS = 300;

export interface LiveQuote {
  /** The quote on screen: for the current inputs when `fresh`, else the last one (dimmed). */
  readonly quote: QuoteViewFragment | null;
  /** The quote shown is the API's answer to exactly the inputs on screen. */
  readonly fresh: boolean;
  readonly error: unknown;
  readonly retry: () => void;
  /** The quote's refusals that concern one input, by field name (shown beside the field). */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** A fresh quote with a total and no refusal: the action may be committed. */
  readonly ready: boolean;
  /** No complete input yet: nothing to price. */
  readonly idle: boolean;
}

/**
 * The `quote` query re-run (debounced) as the inputs change. The client shows what it returns
 * and never prices anything itself; `input` is null until the form holds a complete request.
 */
export function useLiveQuote(input: QuoteInput | null, fields: readonly string[]): LiveQuote {
  const settled = useDebouncedValue(input, QUOTE_DELAY_MS);
  const { data, previousData, loading, error, refetch } = useQuery(
    LiveQuoteQuery,
    settled ? { variables: { input: settled }, fetchPolicy: 'network-only' } : skipToken,
  );
  const quote = input ? ((data ?? previousData)?.quote ?? null) : null;
  const fresh = Boolean(input && data) && !loading && signatureOf(input) === signatureOf(settled);
  const { byField } = userErrorsByField(quote && fresh ? quote.userErrors : [], fields);
  return {
    quote,
    fresh,
    error: input ? (error ?? null) : null,
    retry: () => void refetch(),
    fieldErrors: byField,
    ready: fresh && Boolean(quote?.total) && quote?.userErrors.length === 0,
    idle: !input,
  };
}

/** The live quote under a form: every line with its rules, the total and the explanation. */
export function QuotePreview({
  live,
  fields,
  emptyHint,
}: {
  live: LiveQuote;
  /** Inputs whose refusals the form shows beside the field (not repeated here). */
  fields: readonly string[];
  emptyHint: string;
}) {
  const { t } = useI18n();
  const { quote, fresh } = live;
  if (live.idle) return <p className="muted quote-hint">{emptyHint}</p>;
  // A refusal is usually the explanation itself: say it once.
  const refusals = quote
    ? userErrorsByField(quote.userErrors, fields).other.filter((m) => m !== quote.explanation)
    : [];
  return (
    <section
      className="quote"
      aria-label={t('quote.title')}
      aria-busy={!fresh || undefined}
      data-testid="quote"
      data-fresh={fresh ? 'true' : 'false'}
    >
      <p className="quote-status" role="status">
        {fresh ? t('quote.upToDate') : t('quote.updating')}
      </p>
      {live.error !== null && <ErrorBanner error={live.error} onRetry={live.retry} />}
      {quote && (
        <div className={fresh ? 'quote-body' : 'quote-body stale'}>
          {quote.lines.length > 0 && (
            <LineItemsTable lines={quote.lines} total={quote.total} caption={t('quote.title')} />
          )}
          <p className="explanation" data-testid="quote-explanation">
            {quote.explanation}
          </p>
          <div className="quote-facts">
            <RuleList rules={quote.rules} />
            {quote.periodStart && quote.openEnded && (
              <span className="muted" data-testid="quote-no-end">
                {t('quote.period')} <DateText date={quote.periodStart} /> –{' '}
                {t('subscription.noEndFreePlan')}
              </span>
            )}
            {quote.periodStart && quote.periodEnd && (
              <span className="muted">
                {t('quote.period')} <DateText date={quote.periodStart} /> –{' '}
                <DateText date={quote.periodEnd} /> {t('quote.periodEndExclusive')}
              </span>
            )}
            <span className="muted">
              {t('quote.asOf')} <DateText date={quote.asOf} />
            </span>
          </div>
          {quote.serviceEndsOn && quote.periodEnd && (
            <p className="warning-text" role="note" data-testid="quote-past-service-end">
              {t('quote.pastServiceEnd')} <DateText date={quote.serviceEndsOn} />
              {t('quote.pastServiceEndAfter')} <DateText date={quote.periodEnd} /> (R-CAT-4)
            </p>
          )}
          {refusals.length > 0 && (
            <p className="field-error" role="alert">
              {refusals.join('; ')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

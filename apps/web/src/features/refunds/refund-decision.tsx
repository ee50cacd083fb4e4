import { DateText } from '../../components/date-text.js';
import { LineItemsTable, type LineItem } from '../../components/line-items-table.js';
import { Money } from '../../components/money.js';
import { RuleList } from '../../components/rule-list.js';
import { graphql } from '../../gql/index.js';
import type { RefundDecisionViewFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { EligibilityBadge } from './refund-labels.js';

export const RefundDecisionViewFragmentDoc = graphql(`
  fragment RefundDecisionView on RefundDecision {
    eligible
    asOf
    explanation
    endsSubscription
    amount {
      amount
      currency
    }
    fee {
      amount
      currency
    }
    payout {
      amount
      currency
    }
    rules {
      id
      summary
    }
    considered {
      applied
      why
      rule {
        id
        summary
      }
    }
  }
`);

/**
 * The rules engine's refund decision as it came: eligible or not, the amounts, the explanation
 * and every rule considered with why it did or did not apply (R-REF-OTHERWISE).
 */
export function RefundDecisionView({
  decision,
  lines = [],
}: {
  decision: RefundDecisionViewFragment;
  /** The refunded parts and the fee, where the page asked for them. */
  lines?: readonly LineItem[];
}) {
  const { t } = useI18n();
  return (
    <div className="refund-decision" data-testid="refund-decision">
      <p className="decision-head">
        <EligibilityBadge eligible={decision.eligible} />
        {decision.asOf && (
          <span className="muted">
            {t('refund.decidedAsOf')} <DateText date={decision.asOf} />
          </span>
        )}
      </p>
      <dl className="summary-grid compact">
        <div>
          <dt>{t('refund.amount')}</dt>
          <dd className="figure" data-testid="refund-amount">
            <Money value={decision.amount} />
          </dd>
        </div>
        <div>
          <dt>{t('refund.fee')}</dt>
          <dd className="figure">
            <Money value={decision.fee} />
          </dd>
        </div>
        <div>
          <dt>{t('refund.payout')}</dt>
          <dd className="figure" data-testid="refund-payout">
            <Money value={decision.payout} />
          </dd>
        </div>
      </dl>
      <p className="explanation" data-testid="refund-explanation">
        {decision.explanation}
      </p>
      <RuleList rules={decision.rules} />
      {decision.endsSubscription && <p className="warning-text">{t('refund.endsSubscription')}</p>}
      {lines.length > 0 && <LineItemsTable lines={lines} caption={t('refund.lines')} />}
      {decision.considered.length > 0 && (
        <details className="considered" open>
          <summary>{t('refund.considered', { count: decision.considered.length })}</summary>
          <ul className="considered-list">
            {decision.considered.map((check) => (
              <li key={check.rule.id} className={check.applied ? 'applied' : 'not-applied'}>
                <span className="chip" title={check.rule.summary}>
                  {check.rule.id}
                </span>{' '}
                <strong>{check.applied ? t('refund.applied') : t('refund.notApplied')}</strong>
                {' — '}
                {check.why}
                <span className="subtle">{check.rule.summary}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

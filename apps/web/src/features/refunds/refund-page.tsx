import { useQuery } from '@apollo/client/react';
import { accountPath, auditPath, orderPath, paths, portalPath } from '../../app/paths.js';
import { can } from '../../app/permissions.js';
import { Link } from '../../app/router.js';
import { TestClockScope } from '../../components/clock.js';
import { useSession } from '../../app/session.js';
import { DateText, DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Loading } from '../../components/load-more.js';
import { Money } from '../../components/money.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { RefundDecisionView } from './refund-decision.js';
import { RefundStatusBadge } from './refund-labels.js';
import { RefundReviewForm } from './refund-review-form.js';
import { live } from '../../core/live.js';

export const RefundPageQuery = graphql(`
  query RefundPage($id: ID!) {
    refund(id: $id) {
      id
      status
      reason
      note
      evidence
      method
      requestedAt
      reviewDueOn
      reviewDueReason
      decidedAt
      decisionNote
      payoutDueOn
      payoutDueReason
      paidAt
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
      parts {
        method
        reference
        amount {
          amount
          currency
        }
        payout {
          amount
          currency
        }
      }
      decision {
        ...RefundDecisionView
        lines {
          ...LineItemRow
        }
      }
      order {
        id
        kind
      }
      account {
        id
        name
        testClock {
          id
          name
        }
      }
    }
  }
`);

/** One refund: where it stands, the engine's decision, the operator's answer, the payout. */
export function RefundPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { role } = useSession();
  const { data, loading, error, refetch } = useQuery(RefundPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const refund = data?.refund;
  const operator = can(role, 'refunds.review');
  return (
    // An account on a test clock: every date below says it is on that clock.
    <TestClockScope clock={refund?.account.testClock}>
      <section aria-labelledby="refund-heading" className="page">
        <p className="breadcrumb">
          {operator ? (
            <Link to={paths.refunds}>← {t('refunds.queueTitle')}</Link>
          ) : (
            <Link to={portalPath(paths.myAccount, 'refunds')}>← {t('portal.section.refunds')}</Link>
          )}
        </p>
        {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
        {loading && !data && <Loading />}
        {data && !refund && (
          <>
            <h1 id="refund-heading">{t('refund.notFound')}</h1>
            <EmptyState title={t('refund.notFoundBody')} />
          </>
        )}
        {refund && (
          <>
            <header className="page-header">
              <h1 id="refund-heading">
                {t('refund.title')} · {t(`refundReason.${refund.reason}`)}
              </h1>
              <span data-testid="refund-status">
                <RefundStatusBadge status={refund.status} />
              </span>
            </header>
            <dl className="summary-grid card" data-testid="refund-summary">
              {operator && (
                <div>
                  <dt>{t('account.name')}</dt>
                  <dd>
                    <Link to={accountPath(refund.account.id)}>{refund.account.name}</Link>
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('refund.order')}</dt>
                <dd>
                  <Link to={orderPath(refund.order.id)}>{t(`orderKind.${refund.order.kind}`)}</Link>
                </dd>
              </div>
              <div>
                <dt>{t('refund.amount')}</dt>
                <dd className="figure">
                  <Money value={refund.amount} />
                </dd>
              </div>
              <div>
                <dt>{t('refund.fee')}</dt>
                <dd className="figure">
                  <Money value={refund.fee} />
                </dd>
              </div>
              <div>
                <dt>{t('refund.payout')}</dt>
                <dd className="figure">
                  <Money value={refund.payout} />
                </dd>
              </div>
              <div>
                <dt>{t('refund.method')}</dt>
                <dd>{t(`paymentMethod.${refund.method}`)}</dd>
              </div>
              <div>
                <dt>{t('refund.requestedAt')}</dt>
                <dd>
                  <DateTimeText instant={refund.requestedAt} />
                </dd>
              </div>
              <div>
                <dt>{t('refund.reviewDueOn')}</dt>
                <dd>
                  {refund.reviewDueOn ? <DateText date={refund.reviewDueOn} /> : t('common.none')}
                  {refund.reviewDueReason && (
                    <span className="subtle">{refund.reviewDueReason}</span>
                  )}
                </dd>
              </div>
              {refund.decidedAt && (
                <div>
                  <dt>{t('refund.decidedAt')}</dt>
                  <dd>
                    <DateTimeText instant={refund.decidedAt} />
                  </dd>
                </div>
              )}
              <div data-testid="payout-due">
                <dt>{t('refund.payoutDueOn')}</dt>
                <dd>
                  {refund.payoutDueOn ? (
                    <DateText date={refund.payoutDueOn} />
                  ) : (
                    <span className="muted">{t('refund.payoutOnceApproved')}</span>
                  )}
                  {refund.payoutDueReason && (
                    <span className="subtle">{refund.payoutDueReason}</span>
                  )}
                </dd>
              </div>
              {refund.paidAt && (
                <div>
                  <dt>{t('refund.paidAt')}</dt>
                  <dd>
                    <DateTimeText instant={refund.paidAt} />
                  </dd>
                </div>
              )}
            </dl>
            {refund.decisionNote && (
              <p className="card decision-note" data-testid="decision-note">
                <strong>{t('refund.decisionNote')}:</strong> {refund.decisionNote}
              </p>
            )}
            <div className="card">
              <h2>{t('refund.decision')}</h2>
              <RefundDecisionView decision={refund.decision} lines={refund.decision.lines} />
            </div>
            <RefundClaim note={refund.note} evidence={refund.evidence} />
            {refund.parts.length > 0 && (
              <div className="card">
                <h2>{t('refund.parts')}</h2>
                <ul className="plain-list">
                  {refund.parts.map((part, index) => (
                    <li key={index}>
                      {t(`paymentMethod.${part.method}`)}: <Money value={part.payout} />{' '}
                      <span className="muted">
                        ({t('refund.gross')} <Money value={part.amount} />)
                      </span>
                      {part.reference && <span className="mono small"> {part.reference}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {operator && (
              <div className="card">
                <RefundReviewForm
                  refund={{
                    id: refund.id,
                    status: refund.status,
                    method: refund.method,
                    payout: refund.payout,
                    endsSubscription: refund.decision.endsSubscription,
                  }}
                />
              </div>
            )}
            {can(role, 'audit.read') && (
              <>
                <h2>{t('audit.title')}</h2>
                <p>
                  <Link to={auditPath({ objectId: refund.id })}>{t('audit.openFull')}</Link>
                </p>
                <AuditTrail objectId={refund.id} />
              </>
            )}
          </>
        )}
      </section>
    </TestClockScope>
  );
}

/** What the customer said and showed. */
export function RefundClaim({
  note,
  evidence,
}: {
  note: string | null | undefined;
  evidence: readonly string[];
}) {
  const { t } = useI18n();
  return (
    <div className="card refund-claim">
      <h3>{t('refund.claim')}</h3>
      <p>{note ?? <span className="muted">{t('refund.noNote')}</span>}</p>
      <h4>{t('refund.evidence')}</h4>
      {evidence.length === 0 ? (
        <p className="muted">{t('refund.noEvidence')}</p>
      ) : (
        <ul className="plain-list mono small" data-testid="evidence">
          {evidence.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

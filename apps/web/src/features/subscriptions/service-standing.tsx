import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { auditPath } from '../../app/paths.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { graphql } from '../../gql/index.js';
import type { ViolationLevel } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const RecordViolationMutation = graphql(`
  mutation RecordViolation($input: ViolationInput!) {
    recordViolation(input: $input) {
      subscription {
        id
        status
        violationLevel
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const UpholdAppealMutation = graphql(`
  mutation UpholdAppeal($input: ViolationInput!) {
    upholdAppeal(input: $input) {
      subscription {
        id
        status
        violationLevel
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const TerminateSubscriptionMutation = graphql(`
  mutation TerminateSubscription($input: TerminateSubscriptionInput!) {
    terminateSubscription(input: $input) {
      subscription {
        id
        status
      }
      terminationNotice {
        effectiveOn
        status
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** After a change every page on screen re-reads what it shows. */
const REFRESH = { refetchQueries: 'active', awaitRefetchQueries: true } as const;

type RaisedLevel = Exclude<ViolationLevel, 'NONE'>;

/** R-VIO-1: the level one more violation moves a subscription to. */
const NEXT_LEVEL: Partial<Record<ViolationLevel, RaisedLevel>> = {
  NONE: 'WARNING',
  WARNING: 'SUSPENDED',
  SUSPENDED: 'BANNED',
};

/** Statuses in which the service can still be warned, suspended or given notice. */
const IN_SERVICE = new Set(['ACTIVE', 'GRACE', 'SUSPENDED']);

export interface StandingTarget {
  readonly id: string;
  readonly status: string;
  readonly violationLevel: ViolationLevel;
  readonly product: { readonly name: string };
  readonly plan: { readonly name: string };
  readonly terminationNotice?: { readonly status: string; readonly effectiveOn: string } | null;
}

type Action = 'violation' | 'appeal' | 'terminate';

/**
 * The operator's actions on a subscription's standing, from the account page: record a
 * violation (warning → suspension → ban, R-VIO-1), uphold an appeal (one step back), and give
 * the provider's termination notice (at least 10 days ahead, R-TERM-1). Each asks for a reason,
 * then for confirmation stating the consequence, then says what happened with a link to the
 * subscription's audit trail.
 */
export function ServiceStandingActions({ subscription }: { subscription: StandingTarget }) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState<Action | null>(null);
  const panelId = useId();
  const level = subscription.violationLevel;
  const scheduled = subscription.terminationNotice?.status === 'SCHEDULED';
  const actions: Action[] = [
    ...(IN_SERVICE.has(subscription.status) && NEXT_LEVEL[level] ? ['violation' as const] : []),
    ...(level !== 'NONE' ? ['appeal' as const] : []),
    ...(IN_SERVICE.has(subscription.status) && !scheduled ? ['terminate' as const] : []),
  ];
  if (actions.length === 0 && !scheduled) return null;
  return (
    <div className="service-standing" data-testid="service-standing">
      <p className="muted">
        {t('standing.level', { level: t(`violationLevel.${level}`) })}
        {scheduled && subscription.terminationNotice && (
          <>
            {' · '}
            {t('standing.noticeScheduled', {
              date: date(subscription.terminationNotice.effectiveOn),
            })}
          </>
        )}
      </p>
      <div className="button-row" role="group" aria-label={t('standing.actions')}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={open === action ? 'button' : 'button secondary'}
            aria-expanded={open === action}
            aria-controls={open === action ? panelId : undefined}
            data-testid={`standing-${action}`}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {t(`standing.${action}`)}
          </button>
        ))}
      </div>
      {open && (
        <div id={panelId} className="action-panel">
          <StandingForm
            key={open}
            action={open}
            subscription={subscription}
            onDone={() => setOpen(null)}
          />
        </div>
      )}
    </div>
  );
}

/** The reason (and for a notice, its effective date), then the confirmation. */
function StandingForm({
  action,
  subscription,
  onDone,
}: {
  action: Action;
  subscription: StandingTarget;
  onDone: () => void;
}) {
  const { t, date } = useI18n();
  const showResult = useResultNotice();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const subscriptionId = subscription.id;
  const product = `${subscription.product.name} ${subscription.plan.name}`;
  const level = subscription.violationLevel;
  const next = NEXT_LEVEL[level] ?? 'BANNED';
  const attempt = useIdempotencyKey(`standing-${action}`, {
    subscriptionId,
    reason,
    effectiveOn,
  });
  const [recordViolation] = useMutation(RecordViolationMutation);
  const [upholdAppeal] = useMutation(UpholdAppealMutation);
  const [terminate] = useMutation(TerminateSubscriptionMutation);
  const link = { to: auditPath({ objectId: subscriptionId }), label: t('standing.openAudit') };
  const submission = useSubmission(
    ['reason', 'effectiveOn', 'subscriptionId'],
    async () => {
      const input = { subscriptionId, reason, idempotencyKey: attempt.key };
      if (action === 'terminate') {
        const result = await terminate({
          variables: { input: { ...input, effectiveOn } },
          ...REFRESH,
        });
        return result.data?.terminateSubscription;
      }
      const mutate = action === 'violation' ? recordViolation : upholdAppeal;
      const result = await mutate({ variables: { input }, ...REFRESH });
      const data = result.data;
      return data && ('recordViolation' in data ? data.recordViolation : data.upholdAppeal);
    },
    async (payload) => {
      attempt.succeeded();
      if ('terminationNotice' in payload) {
        const notice = payload.terminationNotice;
        showResult({
          message: t('standing.terminateResult', {
            product,
            date: notice ? date(notice.effectiveOn) : date(effectiveOn),
          }),
          link,
        });
      } else {
        const now = payload.subscription?.violationLevel ?? next;
        showResult({
          message: t(
            action === 'violation' ? 'standing.violationResult' : 'standing.appealResult',
            {
              product,
              level: t(`violationLevel.${now}`),
            },
          ),
          link,
        });
      }
      onDone();
    },
  );
  function ask(event: FormEvent) {
    event.preventDefault();
    setConfirming(true);
  }
  const consequence =
    action === 'violation'
      ? t(`standing.violationConsequence.${next}`, { product })
      : action === 'appeal'
        ? t('standing.appealConsequence', { product, level: t(`violationLevel.${level}`) })
        : t('standing.terminateConsequence', {
            product,
            date: effectiveOn ? date(effectiveOn) : t('common.none'),
          });
  // The reason's and the date's own errors show beside their fields; the rest once, below.
  const problem = submission.fieldErrors.subscriptionId ?? submission.formError;
  return (
    <form onSubmit={ask} aria-labelledby={headingId} className="action-form">
      <h4 id={headingId}>{t(`standing.${action}`)}</h4>
      <FormField label={t('standing.reason')} error={submission.fieldErrors.reason}>
        {(props) => (
          <input
            {...props}
            required
            value={reason}
            data-testid="standing-reason"
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      {action === 'terminate' && (
        <FormField
          label={t('standing.effectiveOn')}
          hint={t('standing.effectiveOnHint')}
          error={submission.fieldErrors.effectiveOn}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={effectiveOn}
              data-testid="standing-effective-on"
              onChange={(event) => setEffectiveOn(event.target.value)}
            />
          )}
        </FormField>
      )}
      <div className="button-row">
        <button type="submit" className="button danger" data-testid="standing-submit">
          {t(`standing.${action}`)}
        </button>
      </div>
      {problem !== null && problem !== undefined && <ErrorBanner error={problem} />}
      {confirming && (
        <ConfirmDialog
          title={t(`standing.${action}Title`, { product })}
          confirmLabel={t(`standing.${action}Confirm`)}
          danger={action !== 'appeal'}
          onConfirm={async () => {
            try {
              await submission.submit();
            } finally {
              setConfirming(false);
            }
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>{consequence}</p>
          <p className="muted">{t('standing.reasonShown', { reason })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { accountPath, orderPath } from '../../app/paths.js';
import { AsyncButton } from '../../components/async-button.js';
import { ConfirmButton, ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useResultNotice } from '../../components/result-notice.js';
import { useIdempotencyKey } from '../../components/use-idempotency-key.js';
import { useSubmission } from '../../components/use-submission.js';
import { parseWholeNumber } from '../../core/inputs.js';
import { graphql } from '../../gql/index.js';
import type { SubscriptionCardFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { QuotePreview, useLiveQuote } from './live-quote.js';
import { OrderPlacedNotice } from './order-placed-notice.js';
import { subscriptionAnchor } from './subscription-card.js';
import { YearsField } from './years-field.js';

export const AddSeatsMutation = graphql(`
  mutation AddSeats($input: AddSeatsInput!) {
    addSeats(input: $input) {
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

export const RemoveSeatsMutation = graphql(`
  mutation RemoveSeats($input: RemoveSeatsInput!) {
    removeSeats(input: $input) {
      subscription {
        ...SubscriptionCard
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RenewSubscriptionMutation = graphql(`
  mutation RenewSubscription($input: RenewSubscriptionInput!) {
    renewSubscription(input: $input) {
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

export const LeaveFreePlanMutation = graphql(`
  mutation LeaveFreePlan($input: LeaveFreePlanInput!) {
    leaveFreePlan(input: $input) {
      subscription {
        ...SubscriptionCard
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const UpgradeSubscriptionMutation = graphql(`
  mutation UpgradeSubscription($input: UpgradeSubscriptionInput!) {
    upgradeSubscription(input: $input) {
      subscription {
        ...SubscriptionCard
      }
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

export const ActivateSubscriptionMutation = graphql(`
  mutation ActivateSubscription($input: ActivateSubscriptionInput!) {
    activateSubscription(input: $input) {
      subscription {
        ...SubscriptionCard
        account {
          id
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

/** What activating starts: the paid opening order, read when the operator may activate. */
export const ActivationTermsQuery = graphql(`
  query ActivationTerms($id: ID!) {
    subscription(id: $id) {
      id
      seats
      account {
        id
      }
      ordersConnection(first: 1, orderBy: OLDEST_FIRST) {
        edges {
          node {
            id
            years
            paid {
              amount
              currency
            }
          }
        }
      }
    }
  }
`);

/** After a change every page on screen re-reads what it shows (orders, seats, history). */
const REFRESH = { refetchQueries: 'active', awaitRefetchQueries: true } as const;

/** Upgrade paths (R-MIG-1): the products a product may move to. */
type Panel = 'addSeats' | 'removeSeats' | 'renew' | 'upgrade' | 'leave';

/** A subscription still running (not recycled or terminated). */
const ENDED = new Set(['RECYCLED', 'TERMINATED']);

/** The changes an account administrator (or an operator) can make to a subscription. */
export function SubscriptionActions({
  subscription,
  canActivate,
}: {
  subscription: SubscriptionCardFragment;
  canActivate: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Panel | null>(null);
  const panelId = useId();
  // Offered only while the API says the upgrade is open today (R-MIG-1, R-CAT-4).
  const upgradeTo = subscription.upgradeOffer?.toProductCode;
  // R-CAT-2: a free plan has no period end: never renewed, but the customer may leave it.
  const free = subscription.openEnded;
  // Only what the API says is allowed today is offered (R-SEAT-1, R-RENEW-1): never a button the
  // card's own entitlements list as not allowed.
  const panels: Panel[] = [
    ...(subscription.entitlements.addSeats ? ['addSeats' as const] : []),
    ...(ENDED.has(subscription.status) ? [] : ['removeSeats' as const]),
    ...(free || !subscription.entitlements.renew ? [] : ['renew' as const]),
    ...(upgradeTo ? ['upgrade' as const] : []),
    ...(free && !ENDED.has(subscription.status) ? ['leave' as const] : []),
  ];
  return (
    <div className="subscription-actions">
      <div className="button-row" role="group" aria-label={t('subscription.actions')}>
        {canActivate && subscription.status === 'PENDING_ACTIVATION' && (
          <ActivateButton subscription={subscription} />
        )}
        {panels.map((panel) => (
          <button
            key={panel}
            type="button"
            className={open === panel ? 'button' : 'button secondary'}
            aria-expanded={open === panel}
            aria-controls={open === panel ? panelId : undefined}
            onClick={() => setOpen(open === panel ? null : panel)}
          >
            {t(`subscriptionAction.${panel}`)}
          </button>
        ))}
      </div>
      {open && (
        <div id={panelId} className="action-panel">
          {open === 'addSeats' && <AddSeatsForm subscriptionId={subscription.id} />}
          {open === 'removeSeats' && <RemoveSeatsForm subscription={subscription} />}
          {open === 'renew' && (
            <RenewForm
              subscriptionId={subscription.id}
              maxYears={subscription.product.maxRenewalYears}
            />
          )}
          {open === 'leave' && <LeaveFreePlanForm subscription={subscription} />}
          {open === 'upgrade' && upgradeTo && (
            <UpgradeForm subscriptionId={subscription.id} toProductCode={upgradeTo} />
          )}
        </div>
      )}
    </div>
  );
}

function ActionForm({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} aria-labelledby={headingId} className="action-form">
      <h4 id={headingId}>{title}</h4>
      {children}
    </form>
  );
}

const SEAT_FIELDS = ['seats', 'subscriptionId'] as const;

export function AddSeatsForm({ subscriptionId }: { subscriptionId: string }) {
  const { t } = useI18n();
  const [seatsText, setSeatsText] = useState('');
  const seats = parseWholeNumber(seatsText);
  const live = useLiveQuote(
    seats ? { action: 'ADD_SEATS', subscriptionId, seats } : null,
    SEAT_FIELDS,
  );
  const attempt = useIdempotencyKey('add-seats', { subscriptionId, seats });
  const [addSeats] = useMutation(AddSeatsMutation);
  const [placed, setPlaced] = useState<{ id: string; total: { amount: string } } | null>(null);
  const submission = useSubmission(
    SEAT_FIELDS,
    async () => {
      if (!seats) return null;
      setPlaced(null);
      const result = await addSeats({
        variables: { input: { subscriptionId, seats, idempotencyKey: attempt.key } },
        ...REFRESH,
      });
      return result.data?.addSeats;
    },
    (payload) => {
      attempt.succeeded();
      setPlaced(payload.order ?? null);
      setSeatsText('');
    },
  );
  const invalid = seatsText.trim() !== '' && seats === null;
  return (
    <ActionForm title={t('subscriptionAction.addSeats')} onSubmit={() => void submission.submit()}>
      <div className="form-row">
        <FormField
          label={t('subscription.seatsToAdd')}
          hint={t('subscription.seatsToAddHint')}
          error={
            submission.fieldErrors.seats ??
            live.fieldErrors.seats ??
            (invalid ? t('form.wholeNumber') : null)
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
      </div>
      <QuotePreview live={live} fields={SEAT_FIELDS} emptyHint={t('quote.enterSeats')} />
      <div className="button-row">
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
          disabled={!live.ready}
        >
          {t('subscription.orderSeats')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {placed && <OrderPlacedNotice order={placed} />}
    </ActionForm>
  );
}

/** What a subscription's confirmations name: its id, product, plan and seats. */
export interface SubscriptionTarget {
  readonly id: string;
  readonly seats: number;
  readonly product: { readonly name: string };
  readonly plan: { readonly name: string };
}

/** Where a subscription's result notice links: its card on the page the action ran on. */
function subscriptionLink(subscriptionId: string, label: string) {
  return { to: `${window.location.pathname}#${subscriptionAnchor(subscriptionId)}`, label };
}

/**
 * R-SEAT-5: removes seats at once, nothing refunded, after a confirmation stating how many of
 * how many stop and that nothing comes back.
 */
export function RemoveSeatsForm({ subscription }: { subscription: SubscriptionTarget }) {
  const { t } = useI18n();
  const showResult = useResultNotice();
  const subscriptionId = subscription.id;
  const [confirming, setConfirming] = useState(false);
  const [seatsText, setSeatsText] = useState('');
  const seats = parseWholeNumber(seatsText);
  const attempt = useIdempotencyKey('remove-seats', { subscriptionId, seats });
  const [removeSeats] = useMutation(RemoveSeatsMutation);
  const submission = useSubmission(
    SEAT_FIELDS,
    async () => {
      if (!seats) return null;
      const result = await removeSeats({
        variables: { input: { subscriptionId, seats, idempotencyKey: attempt.key } },
        ...REFRESH,
      });
      return result.data?.removeSeats;
    },
    (payload) => {
      attempt.succeeded();
      setSeatsText('');
      showResult({
        message: t('subscription.seatsRemovedResult', {
          count: payload.subscription?.seats ?? t('common.none'),
        }),
        link: subscriptionLink(subscriptionId, t('subscription.seeSubscription')),
      });
    },
  );
  const invalid = seatsText.trim() !== '' && seats === null;
  return (
    <ActionForm
      title={t('subscriptionAction.removeSeats')}
      onSubmit={() => {
        if (seats) setConfirming(true);
      }}
    >
      <p className="muted">{t('subscription.removeSeatsNote')}</p>
      <div className="form-row">
        <FormField
          label={t('subscription.seatsToRemove')}
          error={submission.fieldErrors.seats ?? (invalid ? t('form.wholeNumber') : null)}
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
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
          disabled={!seats}
        >
          {t('subscription.removeSeatsSubmit')}
        </AsyncButton>
      </div>
      {confirming && seats && (
        <ConfirmDialog
          title={t('subscription.removeSeatsConfirmTitle', { count: seats })}
          confirmLabel={t('subscription.removeSeatsConfirm', { count: seats })}
          danger
          onConfirm={async () => {
            await submission.submit();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('subscription.removeSeatsConfirmBody', {
              count: seats,
              current: subscription.seats,
            })}
          </p>
        </ConfirmDialog>
      )}
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </ActionForm>
  );
}

const RENEW_FIELDS = ['years', 'subscriptionId'] as const;

export function RenewForm({
  subscriptionId,
  maxYears,
}: {
  subscriptionId: string;
  /** R-RENEW-2, from the catalog through the API. */
  maxYears: number;
}) {
  const { t } = useI18n();
  const [years, setYears] = useState(1);
  const live = useLiveQuote({ action: 'RENEWAL', subscriptionId, years }, RENEW_FIELDS);
  const attempt = useIdempotencyKey('renew', { subscriptionId, years });
  const [renew] = useMutation(RenewSubscriptionMutation);
  const [placed, setPlaced] = useState<{ id: string; total: { amount: string } } | null>(null);
  const submission = useSubmission(
    RENEW_FIELDS,
    async () => {
      setPlaced(null);
      const result = await renew({
        variables: { input: { subscriptionId, years, idempotencyKey: attempt.key } },
        ...REFRESH,
      });
      return result.data?.renewSubscription;
    },
    (payload) => {
      attempt.succeeded();
      setPlaced(payload.order ?? null);
    },
  );
  return (
    <ActionForm title={t('subscriptionAction.renew')} onSubmit={() => void submission.submit()}>
      <div className="form-row">
        <YearsField
          years={years}
          max={maxYears}
          error={submission.fieldErrors.years ?? live.fieldErrors.years}
          onChange={setYears}
        />
      </div>
      <QuotePreview live={live} fields={RENEW_FIELDS} emptyHint="" />
      <div className="button-row">
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
          disabled={!live.ready}
        >
          {t('subscription.orderRenewal')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {placed && <OrderPlacedNotice order={placed} />}
    </ActionForm>
  );
}

export function UpgradeForm({
  subscriptionId,
  toProductCode,
}: {
  subscriptionId: string;
  toProductCode: string;
}) {
  const { t } = useI18n();
  const showResult = useResultNotice();
  const [confirming, setConfirming] = useState(false);
  const attempt = useIdempotencyKey('upgrade', { subscriptionId, toProductCode });
  const [upgrade] = useMutation(UpgradeSubscriptionMutation);
  const submission = useSubmission(
    ['toProductCode', 'subscriptionId'],
    async () => {
      const result = await upgrade({
        variables: { input: { subscriptionId, toProductCode, idempotencyKey: attempt.key } },
        ...REFRESH,
      });
      return result.data?.upgradeSubscription;
    },
    (payload) => {
      attempt.succeeded();
      showResult({
        message: t('subscription.upgraded', {
          product: payload.subscription?.product.name ?? toProductCode,
        }),
        // The upgrade is an order of its own (R-MIG-1): its lines say what was kept.
        link: payload.order
          ? { to: orderPath(payload.order.id), label: t('subscription.upgradeOrder') }
          : subscriptionLink(subscriptionId, t('subscription.seeSubscription')),
      });
    },
  );
  return (
    <ActionForm title={t('subscriptionAction.upgrade')} onSubmit={() => setConfirming(true)}>
      <p className="muted">{t('subscription.upgradeNote', { to: toProductCode })}</p>
      {submission.fieldErrors.toProductCode && (
        <p className="field-error" role="alert">
          {submission.fieldErrors.toProductCode}
        </p>
      )}
      <div className="button-row">
        <AsyncButton type="submit" pending={submission.pending} pendingLabel={t('form.submitting')}>
          {t('subscription.upgradeSubmit', { to: toProductCode })}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {confirming && (
        <ConfirmDialog
          title={t('subscription.upgradeConfirmTitle', { to: toProductCode })}
          confirmLabel={t('subscription.upgradeSubmit', { to: toProductCode })}
          onConfirm={async () => {
            await submission.submit();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('subscription.upgradeConfirmBody', { to: toProductCode })}</p>
        </ConfirmDialog>
      )}
    </ActionForm>
  );
}

/** What the activation's confirmation names: the subscription, its product and its seats. */
export interface ActivationTarget {
  readonly id: string;
  readonly seats: number;
  readonly product: { readonly name: string };
  readonly plan: { readonly name: string };
}

/** R-OPEN-3: activates a paid, verified subscription after a confirmation (operators). */
export function ActivateButton({ subscription }: { subscription: ActivationTarget }) {
  const { t, money, date } = useI18n();
  const showResult = useResultNotice();
  const subscriptionId = subscription.id;
  const { data } = useQuery(ActivationTermsQuery, { variables: { id: subscriptionId } });
  const opening = data?.subscription?.ordersConnection.edges[0]?.node;
  const [activate] = useMutation(ActivateSubscriptionMutation);
  const product = `${subscription.product.name} ${subscription.plan.name}`;
  const submission = useSubmission(
    ['subscriptionId'],
    async () => {
      const result = await activate({ variables: { input: { subscriptionId } }, ...REFRESH });
      return result.data?.activateSubscription;
    },
    ({ subscription: active }) => {
      if (!active) return;
      showResult({
        message: t('subscription.activatedResult', {
          product,
          seats: active.seats,
          start: active.currentPeriodStart ? date(active.currentPeriodStart) : t('common.none'),
          end: active.currentPeriodEnd ? date(active.currentPeriodEnd) : t('common.none'),
        }),
        link: { to: accountPath(active.account.id), label: t('subscription.openAccount') },
      });
    },
  );
  const problem = submission.fieldErrors.subscriptionId ?? submission.formError;
  const paid = opening ? money(opening.paid.amount, opening.paid.currency) : t('common.none');
  return (
    <>
      <ConfirmButton
        label={t('subscriptionAction.activate')}
        pending={submission.pending}
        title={t('subscription.confirmActivateTitle', { product })}
        body={
          <p>
            {t('subscription.confirmActivateBody', {
              product,
              seats: subscription.seats,
              amount: paid,
              years: opening?.years ?? 1,
            })}
          </p>
        }
        confirmLabel={t('subscription.confirmActivate', { product })}
        onConfirm={submission.submit}
      />
      {problem !== null && problem !== undefined && <ErrorBanner error={problem} />}
    </>
  );
}

/**
 * R-CAT-2: leaving a free plan ends it today; there is nothing to refund. It asks first (the
 * service stops, and leaving cannot be undone), then says what happened with a link.
 */
export function LeaveFreePlanForm({ subscription }: { subscription: SubscriptionTarget }) {
  const { t } = useI18n();
  const showResult = useResultNotice();
  const subscriptionId = subscription.id;
  const product = `${subscription.product.name} ${subscription.plan.name}`;
  const [confirming, setConfirming] = useState(false);
  const attempt = useIdempotencyKey('leave-free-plan', { subscriptionId });
  const [leave] = useMutation(LeaveFreePlanMutation);
  const submission = useSubmission(
    ['subscriptionId'],
    async () => {
      const result = await leave({
        variables: { input: { subscriptionId, idempotencyKey: attempt.key } },
        ...REFRESH,
      });
      return result.data?.leaveFreePlan;
    },
    () => {
      attempt.succeeded();
      showResult({
        message: t('subscription.leftResult', { product }),
        link: subscriptionLink(subscriptionId, t('subscription.seeSubscription')),
      });
    },
  );
  const problem = submission.fieldErrors.subscriptionId ?? submission.formError;
  return (
    <ActionForm title={t('subscriptionAction.leave')} onSubmit={() => setConfirming(true)}>
      <p className="muted">{t('subscription.leaveNote')}</p>
      <div className="button-row">
        <AsyncButton type="submit" pending={submission.pending} pendingLabel={t('form.submitting')}>
          {t('subscription.leaveConfirm')}
        </AsyncButton>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('subscription.leaveConfirmTitle', { product })}
          confirmLabel={t('subscription.leaveConfirmAction', { product })}
          danger
          onConfirm={async () => {
            await submission.submit();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('subscription.leaveConfirmBody', { product })}</p>
        </ConfirmDialog>
      )}
      {problem !== null && problem !== undefined && <ErrorBanner error={problem} />}
    </ActionForm>
  );
}

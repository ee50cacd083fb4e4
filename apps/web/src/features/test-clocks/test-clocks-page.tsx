import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { accountPath, paths } from '../../app/paths.js';
import { Link, navigate, useLocation } from '../../app/router.js';
import { AsyncButton } from '../../components/async-button.js';
import { DateText, DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FormField } from '../../components/form-field.js';
import { useResultNotice } from '../../components/result-notice.js';
import { GrowingLoadMore, useGrowingFirst } from '../../components/list-controls.js';
import { Loading } from '../../components/load-more.js';
import { useSubmission } from '../../components/use-submission.js';
import { businessInstant } from '../../core/inputs.js';
import { live } from '../../core/live.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { SubscriptionCard } from '../subscriptions/subscription-card.js';

export const TestClocksQuery = graphql(`
  query TestClocksPage {
    testClocks {
      id
      name
      frozenAt
      today
      createdAt
    }
  }
`);

/**
 * The accounts living at a test clock, each with its subscriptions, in one read: the page re-reads
 * it every 4 seconds (one request, however many accounts it shows), and "Load more" asks for a
 * longer first page.
 */
export const TestClockAccountsQuery = graphql(`
  query TestClockAccounts($clockId: ID!, $first: Int!) {
    accounts(first: $first, filter: { testClockId: $clockId }) {
      edges {
        node {
          id
          name
          testClock {
            id
          }
          subscriptions {
            ...SubscriptionCard
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The refund payouts an advance to `until` would pay (R-REF-PAYOUT): approved refunds of the
 * clock's accounts due by then, soonest first, the first 20 named and the rest counted.
 */
export const ClockPayoutsDueQuery = graphql(`
  query ClockPayoutsDue($clockId: ID!, $until: Date!) {
    node(id: $clockId) {
      id
      ... on TestClock {
        payoutsDue(until: $until, first: 20) {
          totalCount
          edges {
            node {
              id
              payoutDueOn
              payout {
                amount
                currency
              }
              account {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const CreateTestClockMutation = graphql(`
  mutation CreateTestClock($input: CreateTestClockInput!) {
    createTestClock(input: $input) {
      testClock {
        id
        name
        today
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const AdvanceTestClockMutation = graphql(`
  mutation AdvanceTestClock($input: AdvanceTestClockInput!) {
    advanceTestClock(input: $input) {
      testClock {
        id
        frozenAt
        today
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const CreateClockAccountMutation = graphql(`
  mutation CreateClockAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        id
        name
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

const REFRESH = { refetchQueries: 'active', awaitRefetchQueries: true } as const;

function selectClock(id: string) {
  navigate(`${paths.testClocks}?clock=${encodeURIComponent(id)}`, { replace: true });
}

/**
 * Test clocks (docs/api-contract.md, "Time"): create one, attach accounts to it, move it forward
 * and watch the transitions that fell due (expiry, grace, recycling, reminders, payouts) happen.
 */
export function TestClocksPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  // Live: a clock created or advanced elsewhere shows its date within seconds. What is typed
  // into the forms (a clock's name, the date to advance to) is the forms' own state and stays.
  const { data, loading, error, refetch } = useQuery(TestClocksQuery, {
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const clocks = [...(data?.testClocks ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const wanted = search.get('clock');
  const clock = clocks.find((c) => c.id === wanted) ?? clocks[0];
  return (
    <section aria-labelledby="clocks-heading" className="page">
      <header className="page-header">
        <h1 id="clocks-heading">{t('clocks.title')}</h1>
        <p className="muted">{t('clocks.intro')}</p>
      </header>
      <CreateClockForm />
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && clocks.length === 0 && <EmptyState title={t('clocks.empty')} />}
      {clock && (
        <>
          <div className="filters">
            <div className="form-field grow">
              <label htmlFor="clock-select">{t('clocks.clock')}</label>
              <select
                id="clock-select"
                value={clock.id}
                onChange={(event) => selectClock(event.target.value)}
              >
                {clocks.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name} — {option.today}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <article className="card" aria-labelledby="clock-heading" data-testid="clock">
            <header className="card-header">
              <h2 id="clock-heading">{clock.name}</h2>
              <span className="clock-today" data-testid="clock-today">
                {t('clocks.today')} <DateText date={clock.today} />
              </span>
            </header>
            <p className="muted">
              {t('clocks.frozenAt')} <DateTimeText instant={clock.frozenAt} />
            </p>
            <div className="two-columns">
              <AdvanceClockForm
                key={`${clock.id}-${clock.today}`}
                clockId={clock.id}
                clockName={clock.name}
                today={clock.today}
              />
              <CreateClockAccountForm clockId={clock.id} />
            </div>
          </article>
          <ClockAccounts clockId={clock.id} />
        </>
      )}
    </section>
  );
}

function CreateClockForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [create] = useMutation(CreateTestClockMutation);
  const frozenAt = businessInstant(date, time);
  const submission = useSubmission(
    ['name', 'frozenAt'],
    async () => {
      if (!frozenAt) return null;
      const result = await create({
        variables: { input: { name: name.trim(), frozenAt } },
        ...REFRESH,
      });
      return result.data?.createTestClock;
    },
    (payload) => {
      setName('');
      if (payload.testClock) selectClock(payload.testClock.id);
    },
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="new-clock-heading">
      <h2 id="new-clock-heading">{t('clocks.create')}</h2>
      <div className="form-row">
        <FormField label={t('clocks.name')} className="grow" error={submission.fieldErrors.name}>
          {(control) => (
            <input
              {...control}
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
            />
          )}
        </FormField>
        <InstantFields
          dateLabel={t('clocks.date')}
          dateHint={t('clocks.timeZoneHint')}
          error={submission.fieldErrors.frozenAt}
          date={date}
          time={time}
          onDate={setDate}
          onTime={setTime}
        />
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('form.submitting')}
          disabled={!frozenAt}
        >
          {t('clocks.createSubmit')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </form>
  );
}

/** A date and a time of day in Asia/Shanghai: the instant a clock is set to. */
function InstantFields(props: {
  dateLabel: string;
  dateHint?: string;
  error?: string | null;
  date: string;
  time: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <FormField
        label={props.dateLabel}
        {...(props.dateHint ? { hint: props.dateHint } : {})}
        error={props.error ?? null}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={props.date}
            onChange={(event) => props.onDate(event.target.value)}
            required
          />
        )}
      </FormField>
      <FormField label={t('clocks.time')}>
        {(control) => (
          <input
            {...control}
            type="time"
            value={props.time}
            onChange={(event) => props.onTime(event.target.value)}
            required
          />
        )}
      </FormField>
    </>
  );
}

/** Moving a clock runs what falls due and cannot be taken back: it asks first. */
function AdvanceClockForm({
  clockId,
  clockName,
  today,
}: {
  clockId: string;
  clockName: string;
  today: string;
}) {
  const { t, date: formatDate, dateTime } = useI18n();
  const showResult = useResultNotice();
  const [date, setDate] = useState(today);
  const [time, setTime] = useState('10:00');
  const [confirming, setConfirming] = useState(false);
  const [advance] = useMutation(AdvanceTestClockMutation);
  const to = businessInstant(date, time);
  const submission = useSubmission(
    ['to', 'id'],
    async () => {
      if (!to) return null;
      const result = await advance({ variables: { input: { id: clockId, to } }, ...REFRESH });
      return result.data?.advanceTestClock;
    },
    ({ testClock }) => {
      if (!testClock) return;
      showResult({
        message: t('clocks.advancedResult', {
          name: clockName,
          date: dateTime(testClock.frozenAt),
        }),
        link: {
          to: `${paths.testClocks}?clock=${encodeURIComponent(clockId)}`,
          label: t('clocks.openClock'),
        },
      });
    },
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (to) setConfirming(true);
  }
  return (
    <form onSubmit={onSubmit} aria-labelledby="advance-heading">
      <h3 id="advance-heading">{t('clocks.advance')}</h3>
      <p className="muted">{t('clocks.advanceHint')}</p>
      <div className="form-row">
        <InstantFields
          dateLabel={t('clocks.advanceTo')}
          error={submission.fieldErrors.to}
          date={date}
          time={time}
          onDate={setDate}
          onTime={setTime}
        />
        <AsyncButton
          type="submit"
          pending={submission.pending}
          pendingLabel={t('clocks.advancing')}
          disabled={!to}
        >
          {t('clocks.advanceSubmit')}
        </AsyncButton>
      </div>
      {confirming && to && (
        <ConfirmDialog
          title={t('clocks.confirmTitle', { name: clockName })}
          confirmLabel={t('clocks.confirm', { date: dateTime(to) })}
          onConfirm={async () => {
            await submission.submit();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('clocks.confirmBody', {
              name: clockName,
              from: formatDate(today),
              to: dateTime(to),
            })}
          </p>
          <DuePayouts clockId={clockId} until={date} />
        </ConfirmDialog>
      )}
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
    </form>
  );
}

/** In the advance's confirmation: each refund payout that falls due by the new date. */
function DuePayouts({ clockId, until }: { clockId: string; until: string }) {
  const { t, money, date } = useI18n();
  const { data, error } = useQuery(ClockPayoutsDueQuery, {
    variables: { clockId, until },
    fetchPolicy: 'network-only',
  });
  const node = data?.node;
  const due = node && 'payoutsDue' in node ? node.payoutsDue : null;
  if (error) return <ErrorBanner error={error} />;
  if (!due) return <p className="muted">{t('clocks.payoutsLoading')}</p>;
  if (due.totalCount === 0) return <p data-testid="due-payouts">{t('clocks.payoutsNone')}</p>;
  const more = due.totalCount - due.edges.length;
  return (
    <div data-testid="due-payouts">
      <p>
        <strong>{t('clocks.payoutsTitle', { count: due.totalCount })}</strong>
      </p>
      <ul className="plain-list">
        {due.edges.map(({ node: refund }) => (
          <li key={refund.id} data-testid="due-payout">
            {t('clocks.payoutLine', {
              amount: money(refund.payout.amount, refund.payout.currency),
              account: refund.account.name,
              date: refund.payoutDueOn ? date(refund.payoutDueOn) : t('common.none'),
            })}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{t('clocks.payoutsMore', { count: more })}</p>}
    </div>
  );
}

function CreateClockAccountForm({ clockId }: { clockId: string }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [create] = useMutation(CreateClockAccountMutation);
  const submission = useSubmission(
    ['name', 'testClockId'],
    async () => {
      setCreated(null);
      const result = await create({
        variables: { input: { name, testClockId: clockId } },
        ...REFRESH,
      });
      return result.data?.createAccount;
    },
    (payload) => {
      setCreated(payload.account ?? null);
      setName('');
    },
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submission.submit();
  }
  return (
    <form onSubmit={onSubmit} aria-labelledby="clock-account-heading">
      <h3 id="clock-account-heading">{t('clocks.newAccount')}</h3>
      <div className="form-row">
        <FormField
          label={t('clocks.accountName')}
          className="grow"
          error={submission.fieldErrors.name}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="organization"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
            />
          )}
        </FormField>
        <AsyncButton type="submit" pending={submission.pending} pendingLabel={t('form.submitting')}>
          {t('clocks.newAccountSubmit')}
        </AsyncButton>
      </div>
      {submission.formError !== null && <ErrorBanner error={submission.formError} />}
      {created && (
        <p role="status" className="notice">
          {t('accounts.create.done', { name: created.name })}{' '}
          <Link to={accountPath(created.id)}>{t('accounts.open')}</Link>
        </p>
      )}
    </form>
  );
}

/** The accounts living at the clock, with each subscription's state and history (live). */
function ClockAccounts({ clockId }: { clockId: string }) {
  const { t } = useI18n();
  const growing = useGrowingFirst(clockId);
  const { data, previousData, loading, error, refetch } = useQuery(TestClockAccountsQuery, {
    variables: { clockId, first: growing.first },
    fetchPolicy: 'cache-and-network',
    ...live,
  });
  const connection = (data ?? previousData)?.accounts;
  const accounts = connection?.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="clock-accounts-heading">
      <h2 id="clock-accounts-heading">{t('clocks.accounts')}</h2>
      {error && <ErrorBanner error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading />}
      {accounts && accounts.length === 0 && <EmptyState title={t('clocks.noAccounts')} />}
      {accounts?.map((account) => (
        <div key={account.id} className="clock-account" data-testid="clock-account">
          <h3>
            <Link to={accountPath(account.id)}>{account.name}</Link>
          </h3>
          {account.subscriptions.length === 0 && (
            <p className="muted">{t('portal.noSubscriptions')}</p>
          )}
          {account.subscriptions.map((subscription) => (
            <SubscriptionCard key={subscription.id} subscription={subscription} />
          ))}
        </div>
      ))}
      {connection && (
        <GrowingLoadMore hasNextPage={connection.pageInfo.hasNextPage} growing={growing} />
      )}
    </section>
  );
}

import { useI18n } from '../i18n/i18n.js';
import { useTestClock } from './clock.js';

/**
 * Which clock a date is on, said beside it on a test-clock account's page: the account's test
 * clock (business dates, and the times the rules recorded: payments, decisions, transitions),
 * or the real clock (when a record was stored: `createdAt`, journal postings).
 */
function ClockTag({ clock }: { clock: 'account' | 'real' }) {
  const { t } = useI18n();
  const testClock = useTestClock();
  if (!testClock) return null;
  return clock === 'real' ? (
    <span className="clock-tag" title={t('clock.realTitle')}>
      {' '}
      {t('clock.realTag')}
    </span>
  ) : (
    <span className="clock-tag" title={t('clock.testTitle', { name: testClock.name })}>
      {' '}
      {t('clock.testTag')}
    </span>
  );
}

/** A business date (`YYYY-MM-DD`) from the API in the chosen language, never shifted. */
export function DateText({ date }: { date: string }) {
  const i18n = useI18n();
  return (
    <>
      <time dateTime={date}>{i18n.date(date)}</time>
      <ClockTag clock="account" />
    </>
  );
}

/** An instant (`DateTime`) on the business time zone's wall clock, with its zone. */
export function DateTimeText({
  instant,
  dateOnly = false,
  clock = 'account',
}: {
  instant: string;
  dateOnly?: boolean;
  /** `real`: a time the database stored (not simulated on a test clock). */
  clock?: 'account' | 'real';
}) {
  const i18n = useI18n();
  return (
    <>
      <time dateTime={instant}>{i18n.dateTime(instant, !dateOnly)}</time>
      <ClockTag clock={clock} />
    </>
  );
}

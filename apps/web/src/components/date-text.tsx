import { useI18n } from '../i18n/i18n.js';

/** A business date (`YYYY-MM-DD`) from the API in the chosen language, never shifted. */
export function DateText({ date }: { date: string }) {
  const i18n = useI18n();
  return <time dateTime={date}>{i18n.date(date)}</time>;
}

/** An instant (`DateTime`) on the business time zone's wall clock. */
export function DateTimeText({
  instant,
  dateOnly = false,
}: {
  instant: string;
  dateOnly?: boolean;
}) {
  const i18n = useI18n();
  return <time dateTime={instant}>{i18n.dateTime(instant, !dateOnly)}</time>;
}

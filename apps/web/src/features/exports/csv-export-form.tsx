import { useId, useState, type FormEvent } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { FormField } from '../../components/form-field.js';
import { fetchWithToken, saveFile } from '../../core/download.js';
import { BUSINESS_TIME_ZONE } from '../../core/format.js';
import { useTestMode } from '../../core/test-mode.js';
import { useI18n, type PlainMessageKey as MessageKey } from '../../i18n/i18n.js';

/** What the API exports as CSV (`GET /exports/{kind}.csv`). */
export const EXPORT_KINDS = ['orders', 'payments', 'refunds', 'invoices', 'journal'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
/** What customers export of their own account (the journal is the operators'). */
export const CUSTOMER_EXPORT_KINDS = ['orders', 'payments', 'refunds', 'invoices'] as const;

const KIND_LABELS: Record<ExportKind, MessageKey> = {
  orders: 'export.kind.orders',
  payments: 'export.kind.payments',
  refunds: 'export.kind.refunds',
  invoices: 'export.kind.invoices',
  journal: 'export.kind.journal',
};

/** Today and the first day of its month, as business dates in Shanghai. */
export function currentMonthRange(now = new Date()): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE }).format(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** The export's address: the range, and one account or test-clock accounts when asked. */
export function exportPath(
  kind: ExportKind,
  range: { from: string; to: string },
  options: { accountId?: string; testMode?: boolean } = {},
): string {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  if (options.accountId) query.set('accountId', options.accountId);
  if (options.testMode) query.set('testMode', 'true');
  return `/exports/${kind}.csv?${query.toString()}`;
}

/** Why a download failed, in the reader's language. */
function failureKey(status: number): MessageKey {
  if (status === 401) return 'error.unauthenticated';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'export.notFound';
  if (status === 429) return 'export.tooMany';
  return 'error.unknown';
}

/** The name the API gives the file (`content-disposition`), or a plain one. */
function filenameOf(response: Response, kind: ExportKind): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? `${kind}.csv`;
}

/**
 * Downloads a CSV export of a date range with the signed-in token: one account's records, or (for
 * operators) every live account's, or every test-clock account's in test mode. The file is UTF-8
 * with a byte-order mark, money as exact amounts, so Excel opens it as it is.
 */
export function CsvExportForm({
  kinds,
  accountId,
  offerTestMode = false,
}: {
  kinds: readonly ExportKind[];
  accountId?: string;
  offerTestMode?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<ExportKind>(kinds[0] ?? 'orders');
  const [range, setRange] = useState(currentMonthRange);
  // The console's own test-mode switch: the export shows what the dashboard and lists show.
  const [testMode, setTestMode] = useTestMode();
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function download() {
    setProblem(null);
    setSaved(null);
    if (!range.from || !range.to) return setProblem('export.needRange');
    if (range.from > range.to) return setProblem('export.fromAfterTo');
    let response: Response;
    try {
      response = await fetchWithToken(exportPath(kind, range, { accountId, testMode }));
    } catch {
      return setProblem('error.network');
    }
    if (!response.ok) return setProblem(failureKey(response.status));
    const filename = filenameOf(response, kind);
    saveFile(await response.blob(), filename);
    setSaved(filename);
  }

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      data-testid="csv-export"
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <h2 id={`${id}-title`}>{t('export.title')}</h2>
      <p className="subtle">{t('export.hint')}</p>
      <div className="form-row">
        {kinds.length > 1 && (
          <FormField label={t('export.what')}>
            {(control) => (
              <select
                {...control}
                value={kind}
                onChange={(event) => setKind(event.target.value as ExportKind)}
                data-testid="csv-export-kind"
              >
                {kinds.map((option) => (
                  <option key={option} value={option}>
                    {t(KIND_LABELS[option])}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t('export.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={range.from}
              onChange={(event) => setRange({ ...range, from: event.target.value })}
              data-testid="csv-export-from"
            />
          )}
        </FormField>
        <FormField label={t('export.to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={range.to}
              onChange={(event) => setRange({ ...range, to: event.target.value })}
              data-testid="csv-export-to"
            />
          )}
        </FormField>
        {offerTestMode && !accountId && (
          <FormField label={t('export.testMode')} hint={t('export.testModeHint')}>
            {(control) => (
              <input
                {...control}
                type="checkbox"
                checked={testMode}
                onChange={(event) => setTestMode(event.target.checked)}
                data-testid="csv-export-test-mode"
              />
            )}
          </FormField>
        )}
        <AsyncButton
          className="secondary"
          pendingLabel={t('export.downloading')}
          onClick={download}
          data-testid="csv-export-download"
        >
          {t('export.download')}
        </AsyncButton>
      </div>
      <div aria-live="polite">
        {problem && (
          <p className="field-error" role="alert">
            {t(problem)}
          </p>
        )}
        {saved && (
          <p className="notice" data-testid="csv-export-saved">
            {t('export.saved', { file: saved })}
          </p>
        )}
      </div>
    </form>
  );
}

import { useState } from 'react';
import { AsyncButton } from '../../components/async-button.js';
import { fetchWithToken, saveFile } from '../../core/download.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * Fetches a document of the API with the signed-in token (a header, so a plain link cannot carry
 * it) and saves it under `filename`.
 */
export async function downloadDocument(path: string, filename: string): Promise<void> {
  const response = await fetchWithToken(path);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  saveFile(await response.blob(), filename);
}

/** A button that downloads one PDF of an invoice (the fapiao or its red-letter credit note). */
export function DocumentDownload({
  path,
  filename,
  label,
}: {
  path: string;
  filename: string;
  label: string;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <AsyncButton
        className="secondary"
        pendingLabel={t('invoice.downloading')}
        onClick={async () => {
          setError(null);
          try {
            await downloadDocument(path, filename);
          } catch (caught) {
            setError(caught);
          }
        }}
        data-testid="invoice-download"
      >
        {label}
      </AsyncButton>
      {error !== null && <ErrorBanner error={error} />}
    </>
  );
}
